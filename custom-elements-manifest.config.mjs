// `npm run analyze` writes custom-elements.json (generated: never edit it by hand).

/**
 * The analyzer reads `new CustomEvent(name, …)` in HopeElement.emit as an event literally called
 * "name", and every element inherits it. The real events are the `@fires` tags: drop the phantom.
 */
const noPhantomEvents = () => ({
  name: 'hope-no-phantom-events',
  packageLinkPhase({customElementsManifest}) {
    for (const mod of customElementsManifest.modules) {
      for (const decl of mod.declarations ?? []) {
        if (decl.events) decl.events = decl.events.filter((e) => e.name !== 'name');
        if (decl.events?.length === 0) delete decl.events;
      }
    }
  },
});

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**', 'src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  plugins: [noPhantomEvents()],
};
