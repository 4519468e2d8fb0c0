// Every wrapper at once; importing this registers every tag. For one element per page, import
// `@foreldrestotte/react/measure-card` (and so on): each registers only its own.
export { MeasureCard } from './measure-card.js';
export { MeasureBoard } from './measure-board.js';
export { ProgrammeFinder } from './programme-finder.js';
export { PreventionLevels } from './prevention-levels.js';
export { OfferCoverage } from './offer-coverage.js';
export { ProgrammeCompare } from './programme-compare.js';
export type { ElementProps, EventProps, WrapperProps } from './create-component.js';
export type { FsErrorEvent, FsFilterChangeEvent, FsMeasureToggleEvent, FsShowProgrammesEvent } from '@foreldrestotte/elements';
