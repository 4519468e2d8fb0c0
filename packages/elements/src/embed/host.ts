// embed-host.js: an optional script for the page that holds embed iframes. It sets each iframe's height to what its
// embed page reports, so the element is never cut off and never leaves a gap, and takes away the iframe's border. It
// trusts only the kit's own frames: the message must come from the window of an iframe whose address is the
// embed.html beside this script, from that page's origin; any other frame (an ad, a video) is left as it is.
// Heights are kept within 0–40 000 px (docs/security.md).
// A classic script shares the page's global scope: everything here stays inside this function.
(() => {
  const MAX_HEIGHT = 40_000;

  /**
   * The kit's embed page: beside this script, wherever the site serves the kit from. The pasted code loads this file as
   * a classic script (`<script src=… defer>`), so its own address comes from `document.currentScript`.
   */
  const EMBED = new URL('embed.html', (document.currentScript as HTMLScriptElement | null)?.src ?? location.href);

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

  /** Whether `frame` shows the kit's embed page (any query: the element and its attributes). */
  function isEmbed(frame: HTMLIFrameElement): boolean {
    if (!URL.canParse(frame.src)) return false;
    const url = new URL(frame.src);
    return url.origin === EMBED.origin && url.pathname === EMBED.pathname;
  }

  window.addEventListener('message', (event) => {
    if (event.origin !== EMBED.origin || !isResize(event.data)) return;
    for (const frame of document.querySelectorAll('iframe')) {
      if (frame.contentWindow !== event.source || !isEmbed(frame)) continue;
      frame.style.height = `${Math.min(Math.max(0, Math.ceil(event.data.height)), MAX_HEIGHT)}px`;
      // The pasted code's style="border:0" is ignored where the page's CSP refuses inline styles; set from script, it
      // is allowed, so the element sits in the page without a frame around it.
      frame.style.border = '0';
    }
  });
})();
