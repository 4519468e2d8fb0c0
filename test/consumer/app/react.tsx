// A consumer's React app: a wrapper per element, and React 19's native tags with the typed JSX.
import { MeasureCard } from '@foreldrestotte/react/measure-card';
import { ProgrammeFinder } from '@foreldrestotte/react/programme-finder';
import { OfferCoverage } from '@foreldrestotte/react/offer-coverage';
import type { FsFilterChangeEvent } from '@foreldrestotte/react';
import '@foreldrestotte/react/jsx';

export const wrapped = (
  <>
    <MeasureCard measure={29} year={2021} onFsError={(event) => event.detail.message} />
    <ProgrammeFinder query="sinne" levels={['universal']} onFsFilterChange={(event: FsFilterChangeEvent) => event.detail.filters} />
    <OfferCoverage municipality="1804" offersSrc="/tilbud.json" view="services" onFsError={(event) => event.detail.problems} />
  </>
);

export const native = <fs-measure-card measure={29} onfs-error={(event) => event.detail.fallback} />;
