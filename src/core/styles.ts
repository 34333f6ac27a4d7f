/**
 * Shared styles. Every value is a `var(--hope-*, default)` so a widget looks right on a page
 * with no extra CSS; the defaults are defined once, as `--_*` properties on `:host` below; logical properties so right-to-left needs no second stylesheet; no inline
 * styles anywhere (a strict CSP blocks them). Patterns follow the GOV.UK Design System.
 */
import {css, unsafeCSS} from 'lit';
import {RESERVED_HEIGHT} from './reserve.js';

// Text sizes start from `medium` (the person's own default size), never from the page's root, so a
// theme's `html { font-size: 62.5% }` cannot shrink a help form to 10px; sizes are in em below, so
// the browser's text-size setting still enlarges everything, reserved heights included.

export const baseStyles = css`
  :host {
    /* The defaults, defined once: each --hope-* token falls back to one of these. */
    --_space: var(--hope-space, 1rem);
    --_red: #d4351c;
    --_blue: #1d70b8;
    --_yellow: #ffdd00;
    --_black: #0b0c0c;
    --_white: #ffffff;
    --_green: #00703c;
    --_grey: #b1b4b6;
    --_light-grey: #f3f2f1;
    --_dark-grey: #484949;
    display: block;
    box-sizing: border-box;
    max-inline-size: 100%;
    color: var(--hope-color-text, inherit);
    font-family: var(--hope-font-family, inherit);
    font-size: var(--hope-font-size, medium);
    -webkit-text-size-adjust: 100%;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  /* The host page's rules on our host element beat :host, and inherited properties cross the
     shadow boundary: reset the ones that could break layout here, inside. Colour and font family
     are inherited on purpose (the widget should look like the page). */
  .frame {
    box-sizing: border-box;
    min-inline-size: 0;
    font-size: var(--hope-font-size, medium);
    font-style: normal;
    font-weight: 400;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    overflow-wrap: anywhere;
    visibility: visible;
  }
  h2,
  h3,
  p,
  ul,
  ol,
  dl,
  fieldset {
    margin-block: 0 var(--_space);
  }
  h2 {
    font-size: var(--hope-heading-size, 1.5em);
    line-height: 1.25;
  }
  h3 {
    font-size: 1.2em;
    line-height: 1.3;
  }
  a {
    color: var(--hope-color-link, var(--_blue));
    text-decoration-thickness: max(1px, 0.0625rem);
    text-underline-offset: 0.15em;
  }
  a:visited {
    color: var(--hope-color-link-visited, var(--hope-color-link, #4c2c92));
  }
  :focus-visible,
  a:focus {
    outline: 3px solid transparent;
    color: var(--hope-color-focus-text, var(--_black));
    background-color: var(--hope-color-focus, var(--_yellow));
    box-shadow:
      0 -2px var(--hope-color-focus, var(--_yellow)),
      0 4px var(--hope-color-focus-text, var(--_black));
    text-decoration: none;
  }
  a:focus:not(:focus-visible) {
    background-color: transparent;
    box-shadow: none;
    color: inherit;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  bdi.ltr,
  .ltr {
    direction: ltr;
    unicode-bidi: isolate;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
`;

/** Buttons: native <button> or <a class="button">, 44 px minimum target. */
export const buttonStyles = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-block-size: 44px;
    min-inline-size: 44px;
    margin: 0 0 var(--_space);
    padding: 0.5em 1em;
    border: 2px solid transparent;
    border-radius: var(--hope-radius, 0);
    box-shadow: 0 2px 0 var(--hope-color-button-shadow, #002d18);
    color: var(--hope-color-button-text, var(--_white));
    background: var(--hope-color-button, var(--_green));
    font: inherit;
    font-weight: 700;
    line-height: 1.2;
    text-align: center;
    text-decoration: none;
    cursor: pointer;
    -webkit-appearance: none;
    appearance: none;
  }
  .button:visited {
    color: var(--hope-color-button-text, var(--_white));
  }
  .button:hover {
    background: var(--hope-color-button-hover, #005a30);
  }
  .button:focus-visible {
    outline: 3px solid transparent;
    border-color: var(--hope-color-focus, var(--_yellow));
    color: var(--hope-color-focus-text, var(--_black));
    background: var(--hope-color-focus, var(--_yellow));
    box-shadow: 0 2px 0 var(--hope-color-focus-text, var(--_black));
  }
  .button[disabled] {
    opacity: 0.5;
    cursor: not-allowed;
  }
  .button.secondary {
    color: var(--hope-color-text, var(--_black));
    background: var(--hope-color-secondary-button, var(--_light-grey));
    box-shadow: 0 2px 0 var(--hope-color-secondary-button-shadow, #929191);
  }
  .button.warning {
    background: var(--hope-color-warning, var(--_red));
    box-shadow: 0 2px 0 var(--hope-color-warning-shadow, #55150b);
  }
  .button-group {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    column-gap: 1em;
  }
  .link-button {
    padding: 0;
    border: 0;
    background: none;
    color: var(--hope-color-link, var(--_blue));
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
    min-block-size: 44px;
  }
`;

/** GOV.UK-spirited questions: label, hint, error message and control in one root. */
export const formStyles = css`
  /* A disclosure ("More about this session", "Signs people notice"): a link-like 44 px target. */
  details > summary {
    min-block-size: 44px;
    padding-block: 0.5em;
    color: var(--hope-color-link, var(--_blue));
    text-decoration: underline;
    cursor: pointer;
  }
  .form-group {
    margin-block-end: calc(var(--_space) * 1.5);
  }
  .form-group.has-error {
    padding-inline-start: 0.75em;
    border-inline-start: 5px solid var(--hope-color-error, var(--_red));
  }
  fieldset {
    min-inline-size: 0;
    margin-inline: 0;
    padding: 0;
    border: 0;
  }
  legend,
  label.label {
    display: block;
    margin-block-end: 0.3em;
    font-weight: 700;
  }
  legend {
    max-inline-size: 100%;
    padding: 0;
    white-space: normal;
  }
  .hint {
    display: block;
    margin-block-end: 0.5em;
    color: var(--hope-color-secondary-text, var(--_dark-grey));
  }
  .error-message {
    display: block;
    margin-block-end: 0.5em;
    color: var(--hope-color-error, var(--_red));
    font-weight: 700;
  }
  input:not([type='checkbox'], [type='radio']),
  select,
  textarea {
    display: block;
    inline-size: 100%;
    min-block-size: 44px;
    padding: 0.3em 0.4em;
    border: 2px solid var(--hope-color-input-border, var(--_black));
    border-radius: 0;
    color: inherit;
    background: var(--hope-color-input, var(--_white));
    font: inherit;
  }
  input.width-10 {
    max-inline-size: 11.5em;
  }
  input.width-20 {
    max-inline-size: 21em;
  }
  textarea {
    min-block-size: 6em;
    resize: vertical;
  }
  .has-error input:not([type='checkbox'], [type='radio']),
  .has-error select,
  .has-error textarea {
    border-color: var(--hope-color-error, var(--_red));
  }
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible {
    outline: 3px solid var(--hope-color-focus, var(--_yellow));
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px;
    background: var(--hope-color-input, var(--_white));
    color: inherit;
  }
  .choices {
    display: grid;
    gap: 0.5em;
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.6em;
    min-block-size: 44px;
  }
  .choice input {
    flex: none;
    inline-size: 1.5em;
    block-size: 1.5em;
    margin: 0.35em 0 0;
    accent-color: var(--hope-color-text, var(--_black));
  }
  .choice input:focus-visible {
    outline: 3px solid var(--hope-color-focus, var(--_yellow));
    outline-offset: 2px;
  }
  .choice label {
    padding-block: 0.25em;
    cursor: pointer;
  }
  .error-summary {
    margin-block-end: calc(var(--_space) * 1.5);
    padding: 1em;
    border: 5px solid var(--hope-color-error, var(--_red));
  }
  /* GOV.UK: a focused error summary gets an outline only, not the yellow fill of focused links. */
  .error-summary:focus,
  .error-summary:focus-visible {
    outline: 3px solid var(--hope-color-focus, var(--_yellow));
    color: inherit;
    background: none;
    box-shadow: none;
  }
  .error-summary ul {
    padding-inline-start: 0;
    list-style: none;
  }
  .error-summary a {
    color: var(--hope-color-error, var(--_red));
    font-weight: 700;
  }
  .panel {
    margin-block-end: var(--_space);
    padding: 1.25em;
    border: 5px solid transparent;
    color: var(--hope-color-panel-text, var(--_white));
    background: var(--hope-color-panel, var(--_green));
    text-align: center;
  }
  .panel a {
    color: inherit;
  }
  .panel .reference {
    display: block;
    font-size: 1.5em;
    font-weight: 700;
    letter-spacing: 0.05em;
  }
  .notice {
    margin-block-end: var(--_space);
    padding: 0.75em 1em;
    border-inline-start: 10px solid var(--hope-color-notice, var(--_blue));
    background: var(--hope-color-notice-background, var(--_light-grey));
    color: var(--hope-color-notice-text, var(--_black));
  }
  .notice.warning {
    border-inline-start-color: var(--hope-color-error, var(--_red));
  }
  /* Clipped in place, not pushed off-screen: an offset becomes a 10,000 px scroll in right-to-left. */
  .honeypot {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

/** The `:host` rule that keeps an element's reserved space (reserve.ts). */
export const reserveSpace = (element: keyof typeof RESERVED_HEIGHT) => css`
  :host {
    min-height: ${unsafeCSS(RESERVED_HEIGHT[element])};
  }
`;
