// The catalogue's types live in @foreldrestotte/sdk (`StrategyChunk`, `LevelsChunk`, `ProgrammesChunk`); this package only ships the data.
/**
 * One domain of the catalogue in one language (`chunks/nb/programmes.js`, …), or one measure (`chunks/nb/measures/measure-29.js`). Typed `unknown` here: validate it, or read it through `@foreldrestotte/sdk`, whose `StrategyChunk`, `LevelsChunk` or `ProgrammesChunk` types it.
 */
declare const chunk: unknown;
export default chunk;
