// Registers every element.
import './components/measure-card/fs-measure-card.js';
import './components/measure-board/fs-measure-board.js';
import './components/programme-finder/fs-programme-finder.js';
import './components/prevention-levels/fs-prevention-levels.js';
import './components/offer-coverage/fs-offer-coverage.js';
import './components/programme-compare/fs-programme-compare.js';
