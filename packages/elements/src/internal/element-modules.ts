// Each element's module, loaded when it is needed: by the CDN loader when its tag appears, by the embed page.
export const elements: Record<string, () => Promise<unknown>> = {
  'fs-measure-card': () => import('../components/measure-card/fs-measure-card.js'),
  'fs-measure-board': () => import('../components/measure-board/fs-measure-board.js'),
  'fs-programme-finder': () => import('../components/programme-finder/fs-programme-finder.js'),
  'fs-prevention-levels': () => import('../components/prevention-levels/fs-prevention-levels.js'),
  'fs-offer-coverage': () => import('../components/offer-coverage/fs-offer-coverage.js'),
  'fs-programme-compare': () => import('../components/programme-compare/fs-programme-compare.js'),
};
