// `@foreldrestotte/cli` as a library: the command itself (`run`), and its parts for tools that read a provider's
// spreadsheet or offers file the same way the command does.
export { run, template, DOCS_URL, type Io } from './cli.js';
export { readOffersCsv, readOffersJson, type Entry, type Located, type OffersRead } from './offers-file.js';
export type { Context } from './columns.js';
export type { Language } from './messages.js';
export { readAge, readDate, readPrice, readYesNo } from './values.js';
export { languageTag } from './languages.js';
