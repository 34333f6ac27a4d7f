// `npm run analyze` writes custom-elements.json (generated: never edit it by hand).
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**', 'src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
};
