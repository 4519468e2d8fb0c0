export { FsErrorEvent } from './fs-error.js';
export type { FsErrorDetail } from './fs-error.js';
export { FsFilterChangeEvent } from './fs-filter-change.js';
export type { FsFilters } from './fs-filter-change.js';
export { FsShowProgrammesEvent } from './fs-show-programmes.js';
export { FsMeasureToggleEvent } from './fs-measure-toggle.js';
