// `<PreventionLevels>`: registers `<fs-prevention-levels>` and nothing else.
import { FsPreventionLevels } from '@foreldrestotte/elements/fs-prevention-levels.js';
import type { FsErrorEvent, FsShowProgrammesEvent } from '@foreldrestotte/elements';
import { createComponent } from './create-component.js';

/** `<fs-prevention-levels>`: the three prevention levels. Events: `onFsShowProgrammes`, `onFsError`. */
export const PreventionLevels = createComponent<FsPreventionLevels, { onFsError: FsErrorEvent; onFsShowProgrammes: FsShowProgrammesEvent }>(
  'fs-prevention-levels',
  FsPreventionLevels,
  { onFsError: 'fs-error', onFsShowProgrammes: 'fs-show-programmes' },
);
