// The embed builder: the code to paste (a script tag, or an iframe for pages that strip scripts) from the chosen
// options, with a copy button each, and a live preview through the same embed page the iframe code uses. The code
// points at the public CDN with the exact version by default; this server's address only when chosen, for testing.
const form = document.querySelector('#options');
const local = new URL('/cdn/', location.href).href;
let version;

/** What each element is called in a frame's title, by language (the embed page itself says the same). */
const titles = {
  'fs-measure-card': { nb: 'Status for et tiltak', nn: 'Status for eit tiltak', en: 'Status of a measure' },
  'fs-measure-board': { nb: 'Status for tiltakene i strategien', nn: 'Status for tiltaka i strategien', en: 'Status of the strategy’s measures' },
  'fs-programme-finder': { nb: 'Finn foreldreprogram', nn: 'Finn foreldreprogram', en: 'Find a parenting programme' },
  'fs-prevention-levels': { nb: 'Foreldrestøtte på tre nivåer', nn: 'Foreldrestøtte på tre nivå', en: 'Parenting support at three levels' },
  'fs-offer-coverage': { nb: 'Tiltaksvifte', nn: 'Tiltaksvifte', en: 'Parent support offers by level and age' },
  'fs-programme-compare': { nb: 'Sammenlign programmer', nn: 'Samanlikn program', en: 'Compare programmes' },
};

/** The element's attributes, from the options that apply to it and are filled in. */
function attributes(values) {
  const element = values.get('element');
  const own =
    {
      'fs-measure-card': ['measure'],
      'fs-programme-finder': ['offers-src', 'municipality', 'contact-href', 'contact-label'],
      'fs-offer-coverage': ['municipality', 'offers-src'],
      'fs-programme-compare': ['programmes', 'offers-src'],
    }[element] ?? [];
  return own.map((name) => [name, values.get(name)?.trim() ?? '']).filter(([, value]) => value !== '');
}

const escape = (text) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/** The folder the code loads from: the public CDN at this version, or this server. */
function base(values) {
  if (values.get('address') === 'local' || !version) return local;
  return `https://cdn.jsdelivr.net/npm/${version.name}@${version.version}/cdn/`;
}

function update() {
  const values = new FormData(form);
  const element = values.get('element');
  const attrs = attributes(values);
  const lang = values.get('lang');
  const cdn = base(values);
  const target = values.get('link-target');
  // Only the options the chosen element has are shown.
  for (const field of form.querySelectorAll('[data-for]')) field.hidden = !field.dataset.for.split(' ').includes(element);
  const query = new URLSearchParams([
    ['element', element],
    ...attrs,
    ['lang', lang],
    ['color-scheme', values.get('color-scheme')],
    ...(target === '_blank' ? [['link-target', '_blank']] : []),
  ]);
  const embed = `${cdn}embed.html?${query}`;
  const attributeText = attrs.map(([name, value]) => ` ${name}="${escape(value)}"`).join('');
  document.querySelector('#script-code').textContent =
    `<script type="module" src="${cdn}foreldrestotte.js"></script>\n<${element}${attributeText}></${element}>` +
    (lang === 'nb' ? '' : `\n<!-- Språket følger <html lang="${lang}"> på siden. -->`);
  const title = titles[element]?.[lang] ?? 'Trygge foreldre – trygge barn';
  document.querySelector('#iframe-code').textContent =
    `<iframe src="${escape(embed)}" title="${escape(title)}" width="100%" height="700" style="border:0" loading="lazy"></iframe>\n` +
    `<script src="${cdn}embed-host.js" defer></script>`;
  const quoteShell = (text) => (/^[\w./:@=,-]+$/.test(text) ? text : `'${text.replaceAll("'", "'\\''")}'`);
  document.querySelector('#server-code').textContent =
    `npx @foreldrestotte/cli render ${element}${attrs.map(([name, value]) => ` ${quoteShell(`${name}=${value}`)}`).join('')} --lang ${lang} -o ${element.replace('fs-', '')}.html\n` +
    `# Lim inn HTML-en der elementet skal stå, og behold skriptet: <script type="module" src="${cdn}foreldrestotte.js"></script>`;
  const origin = new URL(cdn).origin;
  document.querySelector('#csp-script').textContent =
    `script-src ${origin}; connect-src ${origin}; trusted-types foreldrestotte (med require-trusted-types-for)`;
  document.querySelector('#csp-iframe').textContent = `frame-src ${origin}; script-src ${origin}`;
  const preview = document.querySelector('#preview');
  // The preview always runs from this server, so that it works before the version is published.
  const shown = `${local}embed.html?${query}`;
  if (preview.src !== shown) preview.src = shown;
  preview.title = `Forhåndsvisning: ${title}`;
}

/** Copies the code beside the button, and says so where a screen reader hears it. */
async function copy(button) {
  const code = document.getElementById(button.dataset.copy).textContent;
  const status = document.getElementById(`${button.dataset.copy}-status`);
  try {
    await navigator.clipboard.writeText(code);
    status.textContent = 'Koden er kopiert.';
  } catch {
    status.textContent = 'Kunne ikke kopiere. Merk koden og kopier den selv.';
  }
}

for (const button of document.querySelectorAll('[data-copy]')) button.addEventListener('click', () => copy(button));
form.addEventListener('input', update);
form.addEventListener('change', update);
update();
fetch(`${local}version.json`)
  .then((response) => (response.ok ? response.json() : undefined))
  .then((found) => {
    version = found;
    update();
  })
  .catch(() => undefined);
