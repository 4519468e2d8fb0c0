import { FsOfferCoverage } from './offer-coverage.js';

FsOfferCoverage.define('fs-offer-coverage');

declare global {
  interface HTMLElementTagNameMap {
    'fs-offer-coverage': FsOfferCoverage;
  }
}

export { FsOfferCoverage };
