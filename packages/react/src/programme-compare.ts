// `<ProgrammeCompare>`: registers `<fs-programme-compare>` and nothing else.
import { FsProgrammeCompare } from '@foreldrestotte/elements/fs-programme-compare.js';
import type { FsErrorEvent } from '@foreldrestotte/elements';
import { createComponent } from './create-component.js';

/** `<fs-programme-compare>`: programmes side by side. Props: `programmes`, `offersSrc`; `onFsError`. */
export const ProgrammeCompare = createComponent<FsProgrammeCompare, { onFsError: FsErrorEvent }>('fs-programme-compare', FsProgrammeCompare, {
  onFsError: 'fs-error',
});
