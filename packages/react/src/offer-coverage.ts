// `<OfferCoverage>`: registers `<fs-offer-coverage>` and nothing else.
import { FsOfferCoverage } from '@foreldrestotte/elements/fs-offer-coverage.js';
import type { FsErrorEvent } from '@foreldrestotte/elements';
import { createComponent } from './create-component.js';

/** `<fs-offer-coverage>`: a municipality's tiltaksvifte. Props: `municipality`, `offersSrc`, `date`, `view`; `onFsError`. */
export const OfferCoverage = createComponent<FsOfferCoverage, { onFsError: FsErrorEvent }>('fs-offer-coverage', FsOfferCoverage, { onFsError: 'fs-error' });
