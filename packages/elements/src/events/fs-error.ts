import type { OfferProblem } from '../internal/offers.js';

/** What `fs-error` says: the developer's error, the reader's message, and for offers every problem. */
export interface FsErrorDetail {
  /** What went wrong, for the developer: an SDK error (`CatalogueHttpError`, `CatalogueValidationError`, …) or a message. */
  readonly error: unknown;
  /** What the element shows the reader. */
  readonly message: string;
  /** True when the element fell back to its embedded catalogue. */
  readonly fallback: boolean;
  /** For local offers: every problem found, by file, offer and field. The offers without problems are shown. */
  readonly problems?: readonly OfferProblem[];
}

/** Data could not be shown as asked: an unknown measure, a failed remote catalogue, invalid local offers. */
export class FsErrorEvent extends Event {
  readonly detail: FsErrorDetail;

  constructor(detail: FsErrorDetail) {
    super('fs-error', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'fs-error': FsErrorEvent;
  }
}
