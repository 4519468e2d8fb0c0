// The catalogue's types live in @foreldrestotte/sdk (`StrategyChunk`, `LevelsChunk`, `ProgrammesChunk`); this package only ships the data.
declare const chunk: unknown;
export default chunk;
