// A consumer's use of the elements from npm: one element registered, typed events, localization.
import '@foreldrestotte/elements/fs-measure-card.js';
import { FsProgrammeFinder, type FsErrorEvent, type FsFilterChangeEvent } from '@foreldrestotte/elements';
import { setupLocalization } from '@foreldrestotte/elements/localization.js';

setupLocalization();
const card = document.createElement('fs-measure-card');
card.measure = 29;
card.year = 2021;
card.headingLevel = 3;
card.addEventListener('fs-error', (event: FsErrorEvent) => console.warn(event.detail.message));
const finder = new FsProgrammeFinder();
finder.levels = ['universal'];
// @ts-expect-error -- not a prevention level
finder.levels = ['sometimes'];
finder.addEventListener('fs-filter-change', (event: FsFilterChangeEvent) => console.info(event.detail.filters.query));
document.body.append(card, finder);

// On a server: the same element as HTML, and the policy's style hashes.
import { renderElement, RenderError, styleHashes } from '@foreldrestotte/elements/ssr';
export const served: Promise<string> = renderElement('fs-measure-card', { measure: '29' }, { lang: 'nn' })
  .then(async (html) => `${html} ${(await styleHashes(html)).join(' ')}`)
  .catch((error: unknown) => (error instanceof RenderError ? error.message : ''));
