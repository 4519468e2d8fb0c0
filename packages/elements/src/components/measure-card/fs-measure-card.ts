import { FsMeasureCard } from './measure-card.js';

FsMeasureCard.define('fs-measure-card');

declare global {
  interface HTMLElementTagNameMap {
    'fs-measure-card': FsMeasureCard;
  }
}

export { FsMeasureCard };
