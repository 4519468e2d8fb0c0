// Type checks only (tsc, never run): the typed JSX of @foreldrestotte/react/jsx and the wrappers accept what the
// elements take and refuse what they do not.
import '@foreldrestotte/react/jsx';
import { MeasureCard, ProgrammeFinder, type FsErrorEvent, type FsFilterChangeEvent } from '@foreldrestotte/react';

export const native = (
  <>
    <fs-measure-card measure={29} onfs-error={(event: FsErrorEvent) => event.detail.message} />
    <fs-programme-finder levels={['indicated']} municipality="1804" onfs-filter-change={(event) => event.detail.filters.query} />
    {/* @ts-expect-error measure is a number */}
    <fs-measure-card measure="29" />
    {/* @ts-expect-error no such level */}
    <fs-programme-finder levels={['sometimes']} />
  </>
);

export const wrapped = (
  <>
    <MeasureCard measure={29} onFsError={(event) => event.detail.fallback} />
    <ProgrammeFinder query="sinne" onFsFilterChange={(event: FsFilterChangeEvent) => event.detail.filters} />
    {/* @ts-expect-error onFsError takes an FsErrorEvent */}
    <MeasureCard onFsError={(event: KeyboardEvent) => event.key} />
  </>
);
