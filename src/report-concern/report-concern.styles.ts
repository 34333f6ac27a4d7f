import {css} from 'lit';

export const reportConcernStyles = css`
  .caption {
    margin-block-end: 0.25em;
    color: var(--hope-color-secondary-text, var(--_dark-grey));
  }
  legend h2 {
    margin: 0;
  }
  h2[tabindex]:focus {
    outline: none;
    background: none;
    box-shadow: none;
    color: inherit;
  }
  .button[aria-disabled='true'] {
    opacity: 0.5;
    cursor: progress;
  }
  .back {
    margin-block-end: var(--_space);
  }
  .optional {
    font-weight: 400;
  }
  .choice .hint {
    margin: 0;
  }
  .count.over {
    color: var(--hope-color-error, var(--_red));
    font-weight: 700;
  }
  .postcode-check:empty {
    display: none;
  }
  .postcode-check {
    margin-block: 0.5em 0;
  }
  .emergency {
    margin-block: 0 calc(var(--_space) * 1.5);
    padding: 1em;
    border-inline-start: 10px solid var(--hope-color-error, var(--_red));
    background: var(--hope-color-emergency-background, #fef7f6);
    color: var(--hope-color-emergency-text, var(--_black));
  }
  .emergency .call {
    font-size: 1.25em;
    margin: 0;
  }
  .emergency p:last-child {
    margin-block-end: 0;
  }
  details.signs {
    margin-block-end: calc(var(--_space) * 1.5);
  }
  details.signs > summary {
    display: inline-block;
  }
  details.signs[open] > summary {
    margin-block-end: var(--_space);
  }
  details.signs fieldset {
    padding-inline-start: 1em;
    border-inline-start: 5px solid var(--hope-color-border, var(--_grey));
  }
  .summary {
    margin-block-end: calc(var(--_space) * 2);
  }
  .summary .row {
    padding-block: 0.75em;
    border-block-end: 1px solid var(--hope-color-border, var(--_grey));
  }
  .summary dt {
    font-weight: 700;
  }
  .summary dd {
    margin: 0;
  }
  .summary .value {
    white-space: pre-wrap;
  }
  .summary .action a {
    display: inline-block;
    padding-block: 0.6em;
  }
  .summary ul.plain {
    margin: 0;
    padding: 0;
    list-style: none;
    white-space: normal;
  }
  @media (min-width: 40em) {
    .summary .row {
      display: grid;
      grid-template-columns: 30% 1fr auto;
      gap: 0 1em;
    }
    .summary .action a {
      padding-block: 0;
    }
  }
`;
