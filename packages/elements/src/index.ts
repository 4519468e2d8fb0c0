// Element classes and event types. Importing this registers nothing: import the fs-*.js files, or all.js.
export { FsElement } from './internal/fs-element.js';
export { FsMeasureCard } from './components/measure-card/measure-card.js';
export { FsMeasureBoard } from './components/measure-board/measure-board.js';
export { FsProgrammeFinder } from './components/programme-finder/programme-finder.js';
export { FsPreventionLevels } from './components/prevention-levels/prevention-levels.js';
export { FsOfferCoverage } from './components/offer-coverage/offer-coverage.js';
export { FsProgrammeCompare } from './components/programme-compare/programme-compare.js';
export { coverageViews, type CoverageView } from './components/offer-coverage/offer-coverage.js';
export { FsErrorEvent, FsFilterChangeEvent, FsShowProgrammesEvent, FsMeasureToggleEvent } from './events/events.js';
export type { FsErrorDetail, FsFilters } from './events/events.js';
export type { AgeSpan } from './components/programme-finder/programme-finder.js';
export type { SyncUrl } from './internal/url-sync.js';
export type { OfferProblem } from './internal/offers.js';
