// The embed builder: the code to paste (a script tag, or an iframe for pages that strip scripts) from the chosen
// options, and a live preview through the same embed page the iframe code uses.
const form = document.querySelector('#options');
const cdn = new URL('/cdn/', location.href).href;

/** The element's attributes, from the options that apply to it and are filled in. */
function attributes(values) {
  const element = values.get('element');
  const own =
    {
      'fs-measure-card': ['measure'],
      'fs-programme-finder': ['offers-src', 'municipality'],
    }[element] ?? [];
  return own.map((name) => [name, values.get(name)?.trim() ?? '']).filter(([, value]) => value !== '');
}

const escape = (text) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

function update() {
  const values = new FormData(form);
  const element = values.get('element');
  const attrs = attributes(values);
  const lang = values.get('lang');
  const query = new URLSearchParams([['element', element], ...attrs, ['lang', lang], ['color-scheme', values.get('color-scheme')]]);
  const embed = `${cdn}embed.html?${query}`;
  const attributeText = attrs.map(([name, value]) => ` ${name}="${escape(value)}"`).join('');
  document.querySelector('#script-code').textContent =
    `<script type="module" src="${cdn}foreldrestotte.js"></script>\n<${element}${attributeText}></${element}>` +
    (lang === 'nb' ? '' : `\n<!-- Språket følger <html lang="${lang}"> på siden. -->`);
  document.querySelector('#iframe-code').textContent =
    `<iframe src="${escape(embed)}" title="Trygge foreldre – trygge barn" width="100%" height="600" style="border:0" loading="lazy"></iframe>\n` +
    `<script src="${cdn}embed-host.js" defer></script>`;
  const preview = document.querySelector('#preview');
  if (preview.src !== embed) preview.src = embed;
}

form.addEventListener('input', update);
form.addEventListener('change', update);
update();
