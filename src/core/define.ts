/**
 * Registers a custom element only if the tag is still free, so two copies of hope-widgets on
 * one page (a script-tag bundle and an npm build, say) never throw "already defined".
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry || registry.get(tag)) return;
  registry.define(tag, ctor);
}
