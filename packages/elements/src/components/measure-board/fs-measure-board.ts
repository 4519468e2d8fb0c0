import '../measure-card/fs-measure-card.js';
import { FsMeasureBoard } from './measure-board.js';

FsMeasureBoard.define('fs-measure-board');

declare global {
  interface HTMLElementTagNameMap {
    'fs-measure-board': FsMeasureBoard;
  }
}

export { FsMeasureBoard };
