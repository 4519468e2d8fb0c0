// Under React 18's types: the wrappers work, the native tags are refused with a note to use the wrappers.
import { MeasureCard } from '@foreldrestotte/react/measure-card';
import '@foreldrestotte/react/jsx';

export const wrapped = <MeasureCard measure={29} onFsError={(event) => event.detail.message} />;
export const native = <fs-measure-card measure={29} />;
