/** "Focus the next thing after the update": one small controller every widget uses. */
import type {ReactiveController, ReactiveControllerHost} from 'lit';

type Host = ReactiveControllerHost & {renderRoot: ParentNode};

export class FocusAfterUpdate implements ReactiveController {
  private wanted?: readonly string[];

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /**
   * After the next render, focus the first element found for these selectors. A heading or a
   * panel is made focusable by script only (tabindex -1); a control keeps its tab order.
   * Only after a person's action: never call this on load.
   */
  request(...selectors: string[]): void {
    this.wanted = selectors;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    const wanted = this.wanted;
    this.wanted = undefined;
    for (const selector of wanted ?? []) {
      const el = this.host.renderRoot.querySelector<HTMLElement>(selector);
      if (!el) continue;
      if (el.tabIndex < 0 && !el.hasAttribute('tabindex')) el.tabIndex = -1;
      el.focus();
      return;
    }
  }
}
