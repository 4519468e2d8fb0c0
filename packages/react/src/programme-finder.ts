// `<ProgrammeFinder>`: registers `<fs-programme-finder>` and nothing else.
import { FsProgrammeFinder } from '@foreldrestotte/elements/fs-programme-finder.js';
import type { FsErrorEvent, FsFilterChangeEvent } from '@foreldrestotte/elements';
import { createComponent } from './create-component.js';

/** `<fs-programme-finder>`: parenting programmes and local offers. Events: `onFsFilterChange`, `onFsError`. */
export const ProgrammeFinder = createComponent<FsProgrammeFinder, { onFsError: FsErrorEvent; onFsFilterChange: FsFilterChangeEvent }>(
  'fs-programme-finder',
  FsProgrammeFinder,
  { onFsError: 'fs-error', onFsFilterChange: 'fs-filter-change' },
);
