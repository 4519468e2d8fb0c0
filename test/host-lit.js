// The host page's own Lit, as on a site built with Lit: it takes the `lit-html` Trusted Types policy for itself.
import { html, render } from 'lit-html';

const mount = document.createElement('div');
document.body.prepend(mount);
render(html`<p id="host-lit">The page's own Lit</p>`, mount);
