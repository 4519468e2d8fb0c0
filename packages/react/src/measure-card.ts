// `<MeasureCard>`: registers `<fs-measure-card>` and nothing else.
import { FsMeasureCard } from '@foreldrestotte/elements/fs-measure-card.js';
import type { FsErrorEvent } from '@foreldrestotte/elements';
import { createComponent } from './create-component.js';

/** `<fs-measure-card>`: one measure's status. Props: `measure`, `year`, `src`, `headingLevel`; `onFsError`. */
export const MeasureCard = createComponent<FsMeasureCard, { onFsError: FsErrorEvent }>('fs-measure-card', FsMeasureCard, { onFsError: 'fs-error' });
