import {css} from 'lit';

export const trainingSignupStyles = css`
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space);
    margin-block-end: var(--_space);
  }
  .filters .form-group {
    flex: 1 1 12em;
    min-inline-size: 0;
    margin-block-end: 0.5em;
  }
  .count {
    font-weight: 700;
  }
  .month {
    margin-block: calc(var(--_space) * 1.5) var(--_space);
    padding-block-end: 0.25em;
    border-block-end: 1px solid var(--hope-color-border, var(--_grey));
  }
  .sessions {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .session {
    margin-block-end: var(--_space);
    padding: var(--hope-session-padding, 1em);
    border: 1px solid var(--hope-color-border, var(--_grey));
    border-inline-start: 5px solid var(--hope-color-session-accent, var(--_blue));
    background: var(--hope-color-session-background, transparent);
    /* Off-screen sessions skip layout and paint (a long list stays fast on a cheap phone). */
    content-visibility: auto;
    contain-intrinsic-size: auto 24em;
  }
  .session.full {
    border-inline-start-color: var(--hope-color-full, #505a5f);
  }
  .session-title,
  .summary-title {
    margin-block: 0 0.5em;
    font-size: 1.15em;
  }
  .facts {
    display: grid;
    grid-template-columns: minmax(5em, max-content) minmax(0, 1fr);
    gap: 0.25em 1em;
    margin-block: 0 var(--_space);
  }
  .facts dt {
    font-weight: 700;
  }
  .facts dd {
    margin: 0;
  }
  .address {
    white-space: pre-line;
  }
  .tag {
    display: inline-block;
    padding: 0.1em 0.4em;
    font-weight: 700;
    color: var(--hope-color-tag-text, #0c2d4a);
    background: var(--hope-color-tag, #bbd4ea);
  }
  .full .tag {
    color: var(--hope-color-full-tag-text, var(--_black));
    background: var(--hope-color-full-tag, var(--_light-grey));
  }
  details {
    margin-block-end: var(--_space);
  }
  summary {
    display: list-item;
  }
  summary:focus-visible {
    outline: 3px solid transparent;
    color: var(--hope-color-focus-text, var(--_black));
    background: var(--hope-color-focus, var(--_yellow));
    text-decoration: none;
  }
  .description p {
    white-space: pre-line;
  }
  .session .button {
    margin-block-end: 0;
  }
  .back::before {
    content: '‹ ';
  }
  [dir='rtl'] .back::before {
    content: '› ';
  }
  .summary {
    margin-block-end: calc(var(--_space) * 1.5);
    padding: var(--hope-session-padding, 1em);
    border-inline-start: 5px solid var(--hope-color-border, var(--_grey));
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  .notice[tabindex='-1']:focus {
    outline: 3px solid var(--hope-color-focus, var(--_yellow));
  }
  @media (max-width: 30em) {
    .facts {
      grid-template-columns: minmax(0, 1fr);
    }
    .facts dd {
      margin-block-end: 0.25em;
    }
  }
`;
