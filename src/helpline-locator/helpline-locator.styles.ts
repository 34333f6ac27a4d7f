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
    margin-block: var(--hope-space, 1rem);
    padding: var(--hope-space, 1rem);
    background: var(--hope-color-badge, #f3f2f1);
  }
  .filters .form-group {
    margin-block-end: var(--hope-space, 1rem);
  }
  .filters .hint {
    margin-block: 0.5em 0;
  }
  .entries {
    margin: 0 0 var(--hope-space, 1rem);
    padding: 0;
    list-style: none;
  }
  .entry {
    margin-block-end: var(--hope-space, 1rem);
    padding: var(--hope-space, 1rem);
    border: 1px solid var(--hope-color-border, #b1b4b6);
    border-inline-start-width: 5px;
  }
  .entry.is-emergency {
    border-color: var(--hope-color-emergency, #d4351c);
  }
  .entry.is-pinned {
    border-inline-start-color: var(--hope-color-pinned, #1d70b8);
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
    outline: 3px solid var(--hope-color-focus, #ffdd00);
    outline-offset: 2px;
  }
  .entry p {
    margin-block-end: 0.5em;
  }
  .meta,
  .source,
  .hours.unknown {
    color: var(--hope-color-secondary-text, #484949);
  }
  .source {
    font-size: 0.875em;
  }
  .example {
    color: var(--hope-color-error, #d4351c);
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
    background: var(--hope-color-badge, #f3f2f1);
    font-weight: 700;
  }
  .hours {
    font-weight: 700;
  }
  .hours.open {
    color: var(--hope-color-open, #00703c);
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
    background: var(--hope-color-emergency, #d4351c);
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
    margin-block-start: calc(var(--hope-space, 1rem) * 2);
  }
`;
