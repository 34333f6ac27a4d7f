import {css} from 'lit';

export const quickExitStyles = css`
  :host {
    position: sticky;
    inset-block-start: 0;
    z-index: var(--hope-exit-z-index, 1000);
    display: block;
  }
  .exit {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 1em;
    padding-block: 0.5em;
    background: var(--hope-exit-background, #ffffff);
  }
  .exit .button {
    margin: 0;
    color: var(--hope-exit-text, #ffffff);
    background: var(--hope-exit-color, #d4351c);
    box-shadow: 0 2px 0 var(--hope-exit-shadow, #55150b);
  }
  .exit .button:hover {
    background: var(--hope-exit-hover, #aa2a16);
  }
  .exit .button:focus-visible {
    color: var(--hope-color-focus-text, #0b0c0c);
    background: var(--hope-color-focus, #ffdd00);
  }
  .hint {
    margin: 0;
    font-size: 0.9em;
  }
  .overlay {
    position: fixed;
    inset: 0;
    z-index: 2147483647;
    display: flex;
    align-items: center;
    justify-content: center;
    color: var(--hope-exit-overlay-text, #0b0c0c);
    background: var(--hope-exit-overlay, #ffffff);
  }
`;
