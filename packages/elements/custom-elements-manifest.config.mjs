// custom-elements.json: read from the elements' JSDoc headers (@tagname, @fires, @csspart, @cssprop, @cssstate), with
// each tag's definition export, and from it the editors' data: vscode.html-custom-data.json and
// vscode.css-custom-data.json for VS Code, web-types.json for JetBrains IDEs.
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { readFileSync } from 'node:fs';
import { deliveryFormats, loadCatalogue, preventionLevelIds, programmeCategories, statuses } from '@foreldrestotte/sdk';

/** The words an attribute of each type (or of this name) takes (a list attribute takes several, space-separated), for editors to offer. */
const WORDS = {
  Status: statuses,
  PreventionLevelId: preventionLevelIds,
  'PreventionLevelId[]': preventionLevelIds,
  'DeliveryFormat[]': deliveryFormats,
  'ProgrammeCategory[]': programmeCategories,
  SyncUrl: ['all'],
  // The age bands the finder offers (any whole age or span works too).
  AgeSpan: ['0-2', '3-5', '6-12', '13-18'],
  // The finder's `arenas` (by name: its type is only string[]): the catalogue's arena ids.
  arenas: (await loadCatalogue()).arenas.map((arena) => arena.id),
};

export default {
  litelement: true,
  globs: ['src/components/**/*.ts', 'src/events/*.ts', 'src/internal/fs-element.ts'],
  exclude: ['src/**/*.test.ts'],
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
    {
      // An attribute's value is text: its type in the manifest lists the words it takes, so that editors offer them
      // (the property keeps its TypeScript type).
      name: 'attribute-words',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            for (const attribute of declaration.attributes ?? []) {
              const words = WORDS[attribute.name] ?? WORDS[attribute.type?.text?.replace(/ \| undefined$/, '')];
              if (words) attribute.type = { text: words.map((word) => `'${word}'`).join(' | ') };
            }
          }
        }
      },
    },
    {
      // Each fs-<noun>.ts registers its tag with `Class.define('fs-…')` (idempotent, so not customElements.define): the
      // manifest says so as the standard `custom-element-definition` export, which editors and tools look for.
      name: 'definition-exports',
      packageLinkPhase({ customElementsManifest }) {
        const classes = new Map();
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) if (declaration.customElement) classes.set(declaration.name, module.path);
        }
        for (const module of customElementsManifest.modules) {
          // The base class's own `customElements.define(tag, this)` is not a tag of its own.
          module.exports = module.exports?.filter((entry) => entry.kind !== 'custom-element-definition' || entry.name.startsWith('fs-'));
          if (!/\/fs-[a-z-]+\.ts$/.test(module.path)) continue;
          const source = readFileSync(module.path, 'utf8');
          for (const [, name, tag] of source.matchAll(/(\w+)\.define\('(fs-[a-z-]+)'\)/g)) {
            module.exports = [
              ...(module.exports ?? []).filter((entry) => entry.kind !== 'custom-element-definition'),
              { kind: 'custom-element-definition', name: tag, declaration: { name, module: classes.get(name) } },
            ];
          }
        }
      },
    },
    customElementVsCodePlugin({ outdir: '.', htmlFileName: 'vscode.html-custom-data.json', cssFileName: 'vscode.css-custom-data.json', hideLogs: true }),
    customElementJetBrainsPlugin({ outdir: '.', excludeCss: false, hideLogs: true, packageJson: false }),
  ],
};
