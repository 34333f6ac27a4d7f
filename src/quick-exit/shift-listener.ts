/**
 * Pressing Shift three times within 5 seconds leaves the page (GOV.UK "Exit this page").
 * One keydown listener per page, however many exit buttons and bundles there are: the state
 * lives on a `globalThis` symbol that every copy of the library shares.
 */

import {clock} from '../core/clock.js';

export interface ExitTarget {
  isConnected(): boolean;
  /** Presses still needed (2 or 1), or 0 when the count was reset or ran out. */
  progress(left: number): void;
  trigger(): void;
}

interface Registry {
  targets: ExitTarget[];
  presses: number;
  firstAt: number;
  timer?: unknown;
}

export const PRESSES = 3;
export const WINDOW_MS = 5_000;
const KEY = Symbol.for('hope-widgets.quick-exit');

function registry(): Registry {
  const g = globalThis as unknown as Record<symbol, Registry | undefined>;
  let r = g[KEY];
  if (!r) {
    r = g[KEY] = {targets: [], presses: 0, firstAt: 0};
    document.addEventListener('keydown', (e) => onKeyDown(r!, e), true);
  }
  return r;
}

function primary(r: Registry): ExitTarget | undefined {
  return r.targets.find((t) => t.isConnected());
}

function reset(r: Registry): void {
  const hadPresses = r.presses > 0;
  r.presses = 0;
  clock.clearTimeout(r.timer);
  if (hadPresses) primary(r)?.progress(0);
}

function onKeyDown(r: Registry, e: KeyboardEvent): void {
  const target = primary(r);
  if (!target) return;
  const plainShift = e.key === 'Shift' && !e.ctrlKey && !e.altKey && !e.metaKey;
  if (!plainShift) {
    reset(r);
    return;
  }
  if (e.repeat) return;
  const now = clock.now();
  if (r.presses > 0 && now - r.firstAt > WINDOW_MS) reset(r);
  if (r.presses === 0) r.firstAt = now;
  r.presses++;
  clock.clearTimeout(r.timer);
  if (r.presses >= PRESSES) {
    r.presses = 0;
    target.trigger();
    return;
  }
  target.progress(PRESSES - r.presses);
  r.timer = clock.setTimeout(() => reset(r), WINDOW_MS);
}

/** Adds an exit button to the page's listener; returns the function that removes it. */
export function registerExit(target: ExitTarget): () => void {
  const r = registry();
  r.targets.push(target);
  return () => {
    r.targets = r.targets.filter((t) => t !== target);
  };
}

/** How many keydown listeners this page has installed (always at most 1). For tests. */
export function listenerInstalled(): boolean {
  return Boolean((globalThis as unknown as Record<symbol, Registry | undefined>)[KEY]);
}
