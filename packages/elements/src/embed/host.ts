// embed-host.js: an optional script for the page that holds embed iframes. It sets each iframe's height to what its
// embed page reports, so the element is never cut off and never leaves a gap, and takes away the iframe's border. It
// changes nothing else, and only for an iframe whose own window sent the message.
const MAX_HEIGHT = 50_000;

interface Resize {
  source: 'foreldrestotte';
  type: 'resize';
  height: number;
}

const isResize = (data: unknown): data is Resize =>
  typeof data === 'object' &&
  data !== null &&
  (data as Resize).source === 'foreldrestotte' &&
  (data as Resize).type === 'resize' &&
  typeof (data as Resize).height === 'number' &&
  Number.isFinite((data as Resize).height);

window.addEventListener('message', (event) => {
  if (!isResize(event.data)) return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow !== event.source) continue;
    frame.style.height = `${Math.min(Math.max(0, Math.ceil(event.data.height)), MAX_HEIGHT)}px`;
    // The pasted code's style="border:0" is ignored where the page's CSP refuses inline styles; set from script, it
    // is allowed, so the element sits in the page without a frame around it.
    frame.style.border = '0';
  }
});
