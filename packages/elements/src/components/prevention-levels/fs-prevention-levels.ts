import { FsPreventionLevels } from './prevention-levels.js';

FsPreventionLevels.define('fs-prevention-levels');

declare global {
  interface HTMLElementTagNameMap {
    'fs-prevention-levels': FsPreventionLevels;
  }
}

export { FsPreventionLevels };
