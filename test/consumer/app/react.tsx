// A consumer's React app: a wrapper per element, and React 19's native tags with the typed JSX.
import { MeasureCard } from '@foreldrestotte/react/measure-card';
import { ProgrammeFinder } from '@foreldrestotte/react/programme-finder';
import type { FsFilterChangeEvent } from '@foreldrestotte/react';
import '@foreldrestotte/react/jsx';

export const wrapped = (
  <>
    <MeasureCard measure={29} year={2021} onFsError={(event) => event.detail.message} />
    <ProgrammeFinder query="sinne" levels={['universal']} onFsFilterChange={(event: FsFilterChangeEvent) => event.detail.filters} />
  </>
);

export const native = <fs-measure-card measure={29} onfs-error={(event) => event.detail.fallback} />;
