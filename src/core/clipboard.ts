/**
 * Copying a number for the person, and forgetting it on quick exit: a helpline number left on a
 * shared phone's clipboard tells whoever pastes next what the person was looking at. The flag
 * lives on a `globalThis` symbol so every copy of the library on the page sees it.
 */
const COPIED = Symbol.for('hope-widgets.copied');
type Flags = Record<symbol, boolean | undefined>;

/** Writes `text` to the clipboard; rejects where the browser refuses. */
export async function copyText(text: string): Promise<void> {
  await navigator.clipboard.writeText(text);
  (globalThis as unknown as Flags)[COPIED] = true;
}

/** Overwrites what a widget copied, if it copied anything (never touches the clipboard otherwise). */
export function forgetCopiedText(): void {
  const flags = globalThis as unknown as Flags;
  if (!flags[COPIED]) return;
  flags[COPIED] = false;
  try {
    void navigator.clipboard.writeText('').catch(() => {});
  } catch {
    /* leaving matters more */
  }
}
