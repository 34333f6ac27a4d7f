import {css} from 'lit';

export const locatorStyles = css`
  /* A page rule such as "* { box-sizing: content-box !important }" reaches the host and would be
     inherited by every control inside, widening full-width inputs past a 320 px screen. */
  .frame {
    box-sizing: border-box;
  }
  .title {
    margin-block-end: 0.5em;
  }
  .country {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    column-gap: 1em;
  }
  .country p {
    margin: 0;
  }
  .picker,
  .filters {
    margin-block: var(--_space);
    padding: var(--_space);
    background: var(--hope-color-badge, var(--_light-grey));
  }
  .filters .form-group {
    margin-block-end: var(--_space);
  }
  .filters .hint {
    margin-block: 0.5em 0;
  }
  .entries {
    margin: 0 0 var(--_space);
    padding: 0;
    list-style: none;
  }
  .entry {
    margin-block-end: var(--_space);
    padding: var(--_space);
    border: 1px solid var(--hope-color-border, var(--_grey));
    border-inline-start-width: 5px;
  }
  .entry.is-emergency {
    border-color: var(--hope-color-emergency, var(--_red));
  }
  .entry.is-pinned {
    border-inline-start-color: var(--hope-color-pinned, var(--_blue));
  }
  .entry h3 {
    margin-block-end: 0.5em;
  }
  /* Headings that take focus from a script keep their colours; the outline shows where focus is. */
  .entry h3:focus-visible,
  .callback h3:focus-visible {
    color: inherit;
    background: none;
    box-shadow: none;
    outline: 3px solid var(--hope-color-focus, var(--_yellow));
    outline-offset: 2px;
  }
  .entry p {
    margin-block-end: 0.5em;
  }
  .meta,
  .source,
  .hours.unknown {
    color: var(--hope-color-secondary-text, var(--_dark-grey));
  }
  .source {
    font-size: 0.875em;
  }
  .example {
    color: var(--hope-color-error, var(--_red));
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.5em;
    margin: 0 0 0.5em;
    padding: 0;
    list-style: none;
  }
  .badges li {
    padding: 0.1em 0.5em;
    background: var(--hope-color-badge, var(--_light-grey));
    font-weight: 700;
  }
  .hours {
    font-weight: 700;
  }
  .hours.open {
    color: var(--hope-color-open, var(--_green));
  }
  .channels {
    margin: 0.5em 0;
    padding: 0;
    list-style: none;
  }
  .channel {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    column-gap: 0.5em;
  }
  .channel .button {
    margin-block-end: 0.5em;
    max-inline-size: 100%;
  }
  .channel .hours {
    flex-basis: 100%;
  }
  .entry.is-emergency .channel:first-child a.button {
    font-size: 1.2em;
    background: var(--hope-color-emergency, var(--_red));
  }
  .copy {
    font-weight: 400;
  }
  .count {
    font-weight: 700;
  }
  .count:empty {
    display: none;
  }
  .callback {
    margin-block-start: calc(var(--_space) * 2);
  }
`;
