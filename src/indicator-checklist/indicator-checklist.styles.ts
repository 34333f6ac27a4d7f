import {css} from 'lit';

export const checklistStyles = css`
  .lede {
    font-size: var(--hope-lede-size, 1.125em);
  }
  .danger-line {
    padding-inline-start: 0.75em;
    border-inline-start: 5px solid var(--hope-color-error, var(--_red));
    font-weight: 700;
  }
  .tel {
    font-weight: 700;
    white-space: nowrap;
  }
  .start {
    margin-block-end: var(--_space);
  }
  .start .form-group {
    margin-block-end: var(--_space);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0 1em;
  }
  .toolbar p {
    margin: 0;
  }
  .groups {
    margin-block-end: calc(var(--_space) * 1.5);
    border-block-end: 1px solid var(--hope-color-border, var(--_grey));
  }
  .group {
    border-block-start: 1px solid var(--hope-color-border, var(--_grey));
  }
  .group-heading {
    margin: 0;
    font-size: var(--hope-group-heading-size, 1.1875em);
  }
  .group-toggle {
    display: flex;
    align-items: center;
    gap: 0.75em;
    inline-size: 100%;
    min-block-size: 44px;
    margin: 0;
    padding-block: 0.6em;
    padding-inline: 0;
    border: 0;
    color: var(--hope-color-link, var(--_blue));
    background: none;
    font: inherit;
    font-weight: 700;
    text-align: start;
    cursor: pointer;
  }
  .group-title {
    flex: 1 1 auto;
  }
  .group-count {
    flex: none;
    color: var(--hope-color-secondary-text, var(--_dark-grey));
    font-weight: 400;
    font-size: 0.875em;
  }
  .chevron {
    flex: none;
    inline-size: 0.55em;
    block-size: 0.55em;
    margin-inline-end: 0.3em;
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: translateY(-20%) rotate(45deg);
  }
  [aria-expanded='true'] > .chevron {
    transform: translateY(20%) rotate(225deg);
  }
  /* Logical borders flip in right-to-left: turn the other way so it still points down (closed) or up (open). */
  [dir='rtl'] .chevron {
    transform: translateY(-20%) rotate(-45deg);
  }
  [dir='rtl'] [aria-expanded='true'] > .chevron {
    transform: translateY(20%) rotate(-225deg);
  }
  .group-body {
    padding-block-end: var(--_space);
  }
  .sign {
    display: flex;
    flex-direction: column;
  }
  .sign .hint {
    margin: 0;
  }
  .source {
    margin-block: var(--_space) 0;
    color: var(--hope-color-secondary-text, var(--_dark-grey));
    font-size: 0.875em;
  }
  .source a {
    margin-inline-end: 0.5em;
  }
  .results {
    margin-block-end: var(--_space);
    padding: 1em;
    border: 3px solid var(--hope-color-results-border, var(--_blue));
  }
  .results.several {
    border-width: 6px;
  }
  .results.danger {
    border-color: var(--hope-color-error, var(--_red));
  }
  .results .notice {
    overflow-wrap: anywhere;
  }
  .contacts {
    padding-inline-start: 0;
    list-style: none;
  }
  .contacts li {
    margin-block-end: 0.25em;
  }
  .send {
    margin-block-start: calc(var(--_space) * 1.5);
    padding-block-start: var(--_space);
    border-block-start: 1px solid var(--hope-color-border, var(--_grey));
  }
  /* The shared honeypot sits at inset-inline-start: -10000px, which in right-to-left is 10000px
     to the right: a sideways scrollbar on the page. Clip it in place instead. */
  .honeypot {
    inset-inline-start: auto;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .print-only {
    display: none;
  }
  @media print {
    .start,
    .toolbar,
    .groups,
    .send,
    .actions,
    .report,
    button {
      display: none !important;
    }
    .print-only {
      display: block;
    }
    .results {
      padding: 0;
      border: 0;
    }
    a {
      color: inherit;
    }
  }
`;
