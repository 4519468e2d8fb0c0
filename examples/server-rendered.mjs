// A page rendered on the server with the Node API, as a site's own server or a static-site generator would make it:
// the elements' content is in the HTML (declarative shadow DOM), so it reads with scripts off, and the CDN script,
// when it runs, takes it over. Served by serve.mjs at /uten-skript.html (?lang=nn or en), with a strict policy that
// allows exactly the elements' styles by their hashes.
import { renderElement, styleHashes } from '@foreldrestotte/elements/ssr';

const words = {
  nb: {
    title: 'Foreldrestøtte – også uten skript',
    intro: 'Innholdet under er laget på serveren. Det vises før skriptet er lastet, og når skript er slått av.',
  },
  nn: {
    title: 'Foreldrestøtte – også utan skript',
    intro: 'Innhaldet under er laga på serveren. Det blir vist før skriptet er lasta, og når skript er slått av.',
  },
  en: {
    title: 'Parent support – also without script',
    intro: 'The content below is made on the server. It shows before the script has loaded, and with scripts off.',
  },
};

/** The page in `lang`, and the policy it is sent with. */
export async function serverRenderedPage(lang = 'nb') {
  const language = Object.hasOwn(words, lang) ? lang : 'nb';
  const parts = [
    await renderElement('fs-measure-card', { measure: '29' }, { lang: language }),
    await renderElement('fs-prevention-levels', {}, { lang: language }),
    await renderElement('fs-programme-compare', { programmes: 'icdp cos-p tik' }, { lang: language }),
  ];
  const { title, intro } = words[language];
  const html = `<!doctype html>
<html lang="${language}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${title}</title>
  <link rel="icon" href="favicon.svg" type="image/svg+xml">
  <link rel="stylesheet" href="site.css">
</head>
<body>
  <header class="site"><strong>Eksempelvik kommune</strong> · <a href="index.html">eksempler</a></header>
  <main>
    <section><h1>${title}</h1><p>${intro}</p></section>
    ${parts.map((part) => `<section>${part}</section>`).join('\n    ')}
  </main>
  <script type="module" src="/cdn/foreldrestotte.js"></script>
</body>
</html>
`;
  const policy = `default-src 'self'; style-src 'self' ${(await styleHashes(html)).join(' ')}`;
  return { html, policy };
}
