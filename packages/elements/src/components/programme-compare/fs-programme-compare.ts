import { FsProgrammeCompare } from './programme-compare.js';

FsProgrammeCompare.define('fs-programme-compare');

declare global {
  interface HTMLElementTagNameMap {
    'fs-programme-compare': FsProgrammeCompare;
  }
}

export { FsProgrammeCompare };
