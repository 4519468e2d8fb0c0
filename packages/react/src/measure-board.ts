// `<MeasureBoard>`: registers `<fs-measure-board>` (and the card it opens) and nothing else.
import { FsMeasureBoard } from '@foreldrestotte/elements/fs-measure-board.js';
import '@foreldrestotte/elements/fs-measure-card.js';
import type { FsErrorEvent, FsFilterChangeEvent, FsMeasureToggleEvent } from '@foreldrestotte/elements';
import { createComponent } from './create-component.js';

/** `<fs-measure-board>`: all 34 measures by status. Events: `onFsFilterChange`, `onFsMeasureToggle`, `onFsError`. */
export const MeasureBoard = createComponent<
  FsMeasureBoard,
  { onFsError: FsErrorEvent; onFsFilterChange: FsFilterChangeEvent; onFsMeasureToggle: FsMeasureToggleEvent }
>('fs-measure-board', FsMeasureBoard, { onFsError: 'fs-error', onFsFilterChange: 'fs-filter-change', onFsMeasureToggle: 'fs-measure-toggle' });
