// The embed page (cdn/embed.html) for sites whose editors cannot add scripts: one element, made from the page's query
// (`?element=fs-measure-card&measure=29&lang=nn`; every attribute of the element by its own name), on a transparent
// page that tells its parent how tall it is, so a host can size the iframe (embed-host.js).
import { elements } from '../internal/element-modules.js';
import { blockedByTrustedTypes } from '../internal/trusted-types.js';
import { setupLocalization } from '../localization/localization.js';

/** Query names the page reads itself; they are not element attributes. */
const PAGE = new Set(['element', 'lang', 'color-scheme', 'link-target']);

/** The page's title, which a screen reader may read for the frame: what the element is, in the page's language. */
const TITLES: Record<string, Record<string, string>> = {
  'fs-measure-card': { nb: 'Status for et tiltak', nn: 'Status for eit tiltak', en: 'Status of a measure' },
  'fs-measure-board': { nb: 'Status for tiltakene i strategien', nn: 'Status for tiltaka i strategien', en: 'Status of the strategy’s measures' },
  'fs-programme-finder': { nb: 'Finn foreldreprogram', nn: 'Finn foreldreprogram', en: 'Find a parenting programme' },
  'fs-prevention-levels': { nb: 'Foreldrestøtte på tre nivåer', nn: 'Foreldrestøtte på tre nivå', en: 'Parenting support at three levels' },
  'fs-offer-coverage': { nb: 'Tiltaksvifte', nn: 'Tiltaksvifte', en: 'Parent support offers by level and age' },
  'fs-programme-compare': { nb: 'Sammenlign programmer', nn: 'Samanlikn program', en: 'Compare programmes' },
};

/** Tells the parent page the height of the content, on every change of size. */
function reportHeight(): void {
  if (window.parent === window) return;
  const send = () =>
    window.parent.postMessage({ source: 'foreldrestotte', type: 'resize', height: Math.ceil(document.documentElement.getBoundingClientRect().height) }, '*');
  new ResizeObserver(send).observe(document.documentElement);
}

/** A plain line in place of the element, for a link that names no element the kit has. */
function explain(text: string): void {
  const line = document.createElement('p');
  line.className = 'embed-message';
  line.textContent = text;
  document.body.append(line);
}

async function main(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const lang = params.get('lang');
  if (lang && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang)) document.documentElement.lang = lang;
  // Links out of the frame open outside it, in the whole window (or a new one, when the host asks): a link to Bufdir or
  // a sign-up page never replaces the finder inside the frame. The kit's own in-page links say `_self`.
  const base = document.createElement('base');
  base.target = params.get('link-target') === '_blank' ? '_blank' : '_top';
  document.head.append(base);
  const scheme = params.get('color-scheme');
  if (scheme === 'light' || scheme === 'dark') document.documentElement.style.colorScheme = scheme;
  reportHeight();
  if (blockedByTrustedTypes()) return;
  // The language first, so that the element's first render is already in it: no flash of bokmål on a nynorsk page.
  await setupLocalization()
    .setLocale(document.documentElement.lang)
    .catch(() => undefined);
  const tag = params.get('element') ?? '';
  const title = TITLES[tag];
  if (title) document.title = `${title[document.documentElement.lang.slice(0, 2)] ?? title['nb']} – Trygge foreldre – trygge barn`;
  const load = elements[tag];
  if (!load) {
    explain(`foreldrestotte embed: element=${JSON.stringify(tag)} is none of ${Object.keys(elements).join(', ')}.`);
    return;
  }
  await load();
  // Only the attributes the element reads are set: nothing else in an address reaches the page.
  const observed = (customElements.get(tag) as { observedAttributes?: string[] } | undefined)?.observedAttributes ?? [];
  const element = document.createElement(tag);
  for (const [name, value] of params) if (!PAGE.has(name) && observed.includes(name)) element.setAttribute(name, value);
  document.body.append(element);
}

main().catch((error: unknown) => {
  console.error('foreldrestotte embed: the element could not be loaded.', error);
  explain('Innholdet kunne ikke lastes. / The content could not be loaded.');
});
