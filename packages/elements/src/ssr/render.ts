// Server rendering: an element as HTML, its shadow DOM declared in the page (declarative shadow DOM), its data and
// language rendered in, for a CMS, a static site or a server. Search engines, reader modes and pages whose script
// fails or is off show the content; the CDN bundle, when it comes, takes over without a flash (fs-element.ts). Node
// only: `@foreldrestotte/elements/ssr`, never part of the browser bundle.
import '@lit-labs/ssr/lib/install-global-dom-shim.js';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { configureLocalization } from '@lit/localize';
import { html, unsafeStatic } from 'lit/static-html.js';
import type { Locale } from '@foreldrestotte/sdk';
import { loadData, loadRegister } from '../internal/data.js';
import { loadMeasure } from '../internal/measure-data.js';
import { elements } from '../internal/element-modules.js';
import { sourceLocale, targetLocales } from '../localization/generated/locale-codes.js';
import { resolveLocale } from '../localization/locale.js';
import { setLocaleGetter } from '../localization/state.js';

/** What {@link renderElement} takes beside the element and its attributes. */
export interface RenderOptions {
  /** The language: `nb`, `nn` or `en` (any BCP 47 tag, resolved as the elements resolve `<html lang>`). Default `nb`. */
  lang?: string;
}

/** A problem with what was asked to render: an unknown element, an attribute that is not one, or `src`. */
export class RenderError extends Error {
  override readonly name = 'RenderError';
}

/** The elements that render on the server: every element of the kit. */
export const renderableElements: readonly string[] = Object.keys(elements);

let localization: ReturnType<typeof configureLocalization> | undefined;

/** The elements' languages, configured once per process, as `setupLocalization()` does in a page. */
function locales() {
  if (!localization) {
    // @lit/localize tells `window` when the language changes; on the server an event target stands in for it.
    (globalThis as { window?: unknown }).window ??= new EventTarget();
    const modules = { nn: () => import('../localization/generated/locales/nn.js'), en: () => import('../localization/generated/locales/en.js') };
    localization = configureLocalization({ sourceLocale, targetLocales, loadLocale: (locale) => modules[locale as keyof typeof modules]() });
    setLocaleGetter(localization.getLocale);
  }
  return localization;
}

/** Loads the data `tag` shows, so that the render has it at once instead of a loading message. */
async function preload(tag: string, attributes: Record<string, string>, locale: Locale): Promise<void> {
  const { signal } = new AbortController();
  const programmes = () => loadData('programmes', locale, undefined, signal);
  const loads: Record<string, () => Promise<unknown>> = {
    'fs-measure-card': () => loadMeasure(Number(attributes['measure']), locale, undefined, signal),
    'fs-measure-board': () => loadData('strategy', locale, undefined, signal),
    'fs-programme-finder': programmes,
    'fs-programme-compare': programmes,
    'fs-prevention-levels': () => Promise.all([loadData('levels', locale, undefined, signal), programmes()]),
    'fs-offer-coverage': () => Promise.all([programmes(), loadRegister()]),
  };
  await loads[tag]?.();
}

const escapeAttribute = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/**
 * `<tag attributes…>` rendered to HTML with its declarative shadow DOM, in `options.lang`, with the embedded
 * catalogue's data in it. Attributes are the element's own (`measure`, `year`, `levels`, …), by the names the HTML
 * uses. Local offers (`offers-src`, inline JSON) and a remote catalogue (`src`) are read in the browser: an element
 * with `offers-src` renders its programmes here and its offers when its script runs; `src` is refused, as the server
 * would render other data than the page then shows.
 *
 * ```js
 * import { renderElement } from '@foreldrestotte/elements/ssr';
 * const html = await renderElement('fs-measure-card', { measure: '29' }, { lang: 'nn' });
 * ```
 */
export function renderElement(tag: string, attributes: Record<string, string> = {}, options: RenderOptions = {}): Promise<string> {
  // One render at a time: the language is set for the whole process, so two renders in different languages must not
  // interleave between setting it and writing.
  const job = queue.then(() => renderNow(tag, attributes, options));
  queue = job.catch(() => undefined);
  return job;
}

let queue: Promise<unknown> = Promise.resolve();

async function renderNow(tag: string, attributes: Record<string, string>, options: RenderOptions): Promise<string> {
  const load = elements[tag];
  if (!load) throw new RenderError(`No element ${JSON.stringify(tag)}: the kit's elements are ${renderableElements.join(', ')}.`);
  for (const name of Object.keys(attributes)) {
    if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new RenderError(`${JSON.stringify(name)} is not an attribute name.`);
  }
  if ('src' in attributes) throw new RenderError('`src` (a remote catalogue) is read in the browser; render without it, or leave the element to its script.');
  await load();
  const locale = resolveLocale(options.lang);
  await preload(tag, attributes, locale);
  const { setLocale } = locales();
  await setLocale(locale);
  // Nothing is awaited from here on, and renders wait for each other: the language stays until this one is written.
  const open = `<${tag}${Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('')}>`;
  const result = collectResultSync(render(html`${unsafeStatic(open)}${unsafeStatic(`</${tag}>`)}`));
  // Lit's part markers belong to its own hydration, which the elements do not use: the HTML a CMS stores is the content.
  return result.replace(/<!--\/?lit-(?:part|node)[^>]*-->/g, '').replace(/<\?(?:lit\$[^>]*)?>/g, '');
}

/**
 * The `style-src` sources a strict Content-Security-Policy needs for `html` from {@link renderElement}: the hash of each
 * `<style>` in its declarative shadow roots (`'sha256-…'`). The same for every page with the same kit version, so a
 * site can put them in its policy once.
 *
 * ```js
 * response.setHeader('content-security-policy', `default-src 'self'; style-src 'self' ${(await styleHashes(html)).join(' ')}`);
 * ```
 */
export async function styleHashes(html: string): Promise<string[]> {
  const styles = [...new Set([...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(([, css]) => css ?? ''))];
  return Promise.all(
    styles.map(async (css) => {
      const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(css)));
      return `'sha256-${btoa(String.fromCharCode(...digest))}'`;
    }),
  );
}
