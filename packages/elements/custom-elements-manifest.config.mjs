// custom-elements.json: read from the elements' JSDoc headers (@tagname, @fires, @csspart, @cssprop, @cssstate).
export default {
  litelement: true,
  globs: ['src/components/**/*.ts', 'src/events/*.ts', 'src/internal/fs-element.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/fs-*.ts'],
  plugins: [
    {
      // The analyzer also lists every `dispatchEvent(new SomeEvent(…))` it sees, without a usable name. The documented
      // `@fires` entries are the public contract, so only those are kept.
      name: 'documented-events-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name?.startsWith('fs-') && event.description);
          }
        }
      },
    },
  ],
};
