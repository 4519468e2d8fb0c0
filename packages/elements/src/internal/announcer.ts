// One polite live region in the page's own DOM, shared by every element. Screen readers announce live
// regions inside shadow roots unreliably (research/reliability.md §1.5), so status messages go here.
// It is hidden with CSSOM properties, which a strict Content-Security-Policy allows (style attributes it does not).
let region: HTMLElement | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;

function liveRegion(): HTMLElement {
  if (region?.isConnected) return region;
  region = document.createElement('div');
  region.setAttribute('aria-live', 'polite');
  region.setAttribute('aria-atomic', 'true');
  region.dataset.fsAnnouncer = '';
  Object.assign(region.style, {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: '0',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
    border: '0',
  });
  document.body.append(region);
  return region;
}

/** Announces `text` politely. Quick successive calls (a fast typist) announce only the last. */
export function announce(text: string): void {
  const target = liveRegion();
  clearTimeout(timer);
  timer = setTimeout(() => {
    target.textContent = text;
  }, 400);
}

/** The text last announced; for tests. */
export function lastAnnouncement(): string {
  return region?.textContent ?? '';
}
