import { FsProgrammeFinder } from './programme-finder.js';

FsProgrammeFinder.define('fs-programme-finder');

declare global {
  interface HTMLElementTagNameMap {
    'fs-programme-finder': FsProgrammeFinder;
  }
}

export { FsProgrammeFinder };
