// Builds @foreldrestotte/data: validates the catalogue with the SDK's schemas (a broken record fails the build
// with its path), then writes the open-data file, ES modules, per-locale chunks and JSON Schemas to dist/.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isCatalogueValidationError, locales, validateCatalogue, type Catalogue } from '@foreldrestotte/sdk';
import { catalogueSchema, municipalityRegisterSchema, offersFileSchema, toJsonSchema } from '@foreldrestotte/sdk/schemas';
import { assembleCatalogue } from '../src/index.js';
import { missingTranslations, projectLocale } from './localized.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { version: string };

let catalogue: Catalogue;
try {
  catalogue = validateCatalogue(assembleCatalogue(version), 'packages/data/src');
} catch (error) {
  if (!isCatalogueValidationError(error)) throw error;
  console.error(`The catalogue does not validate (${error.issues.length} problems):`);
  for (const issue of error.issues) console.error(`  ${issue.path}: ${issue.message}`);
  process.exit(1);
}

const missing = missingTranslations(catalogue);
if (missing.length > 0) {
  console.error(`Texts missing a translation (${missing.length}):`);
  for (const path of missing) console.error(`  ${path}`);
  process.exit(1);
}

// JSON.parse of a string literal is valid JavaScript that engines parse faster than an object literal,
// and needs no eval: it works under a strict Content-Security-Policy.
const asModule = (data: unknown) => `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});\n`;

async function write(path: string, text: string): Promise<void> {
  await mkdir(dirname(join(dist, path)), { recursive: true });
  await writeFile(join(dist, path), text);
}

await rm(dist, { recursive: true, force: true });
await write('catalogue.json', `${JSON.stringify(catalogue, null, 2)}\n`);
await write('catalogue.js', asModule(catalogue));
await write('catalogue.schema.json', `${JSON.stringify(toJsonSchema(catalogueSchema), null, 2)}\n`);
await write('offers.schema.json', `${JSON.stringify(toJsonSchema(offersFileSchema), null, 2)}\n`);

// The municipality register (Kartverket data, CC BY 4.0), checked like the catalogue and published beside it.
const register = municipalityRegisterSchema.safeParse(JSON.parse(await readFile(join(root, 'src/municipalities.json'), 'utf8')));
if (!register.success) {
  console.error('The municipality register does not validate:');
  for (const issue of register.error.issues) console.error(`  municipalities.${issue.path.join('.')}: ${issue.message}`);
  process.exit(1);
}
await write('municipalities.json', `${JSON.stringify(register.data, null, 1)}\n`);
// Widgets need numbers and names, not coordinates: the module leaves the centres to the open-data file.
const withoutCentres = register.data.municipalities.map(({ centre: _centre, ...rest }) => rest);
await write('municipalities.js', asModule({ ...register.data, municipalities: withoutCentres }));

const { focusAreas, organisations, measures, preventionLevels, arenas, routesOfHelp, programmes, topics } = catalogue;
const domains = {
  strategy: { focusAreas, organisations, measures },
  levels: { preventionLevels, arenas, routesOfHelp },
  programmes: { programmes, arenas, topics },
};
for (const locale of locales) {
  const header = { version, updated: catalogue.updated, locale };
  for (const [domain, content] of Object.entries(domains)) {
    const chunk = { ...header, ...projectLocale(content, locale) };
    await write(`chunks/${locale}/${domain}.json`, JSON.stringify(chunk));
    await write(`chunks/${locale}/${domain}.js`, asModule(chunk));
  }
  // One measure with its focus area and responsible organisations, for a page that shows a single card:
  // a strategy chunk cut down to one measure, loaded through an index of lazy imports that bundlers can split.
  for (const measure of measures) {
    const chunk = {
      ...header,
      ...projectLocale(
        {
          focusAreas: focusAreas.filter((area) => area.id === measure.focusArea),
          organisations: organisations.filter((org) => measure.responsible.includes(org.id)),
          measures: [measure],
        },
        locale,
      ),
    };
    await write(`chunks/${locale}/measures/measure-${measure.number}.json`, JSON.stringify(chunk));
    await write(`chunks/${locale}/measures/measure-${measure.number}.js`, asModule(chunk));
  }
  const loaders = measures.map((measure) => `    ${measure.number}: () => import('./measure-${measure.number}.js'),`);
  await write(
    `chunks/${locale}/measures/measure-index.js`,
    `export default {\n  header: ${JSON.stringify(header)},\n  measures: {\n${loaders.join('\n')}\n  },\n};\n`,
  );
}

console.log(
  `@foreldrestotte/data ${version}: ${measures.length} measures, ${programmes.length} programmes, ` +
    `${locales.length * (Object.keys(domains).length + measures.length)} chunks → ${dist}`,
);
