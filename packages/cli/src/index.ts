// The command's parts, for tests and for tools that want to read a provider's spreadsheet the same way.
export { run, template, type Io } from './cli.js';
export { readOffersCsv, readOffersJson, type Entry, type Located, type OffersRead } from './offers-file.js';
export { readAge, readDate, readPrice, readYesNo } from './values.js';
export { languageTag } from './languages.js';
