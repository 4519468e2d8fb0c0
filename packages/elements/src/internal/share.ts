// Links to one programme or one offer on the page that shows it: `#programme-icdp`, `#offer-bodo-icdp`. Written in
// full, so that a `<base href>` on the page cannot send them elsewhere, and kept beside the finder's own parameters
// in the fragment (see url-sync.ts).

/** The address of this page with `anchor` as its fragment: the link to copy and send. */
export function shareHref(anchor: string): string {
  // One read of `location` (each crosses into the browser, and a result list asks once per item).
  const here = location.href;
  const hash = here.indexOf('#');
  return `${hash < 0 ? here : here.slice(0, hash)}#${anchor}`;
}

/** The programme or offer the address points to: `{ kind: 'offer', id: 'x' }` for `#offer-x`. */
export function sharedTarget(hash = location.hash): { kind: 'programme' | 'offer'; id: string } | undefined {
  for (const part of hash.replace(/^#/, '').split('&')) {
    const match = /^(programme|offer)-([a-z0-9][a-z0-9-]{0,79})$/.exec(decodeURIComponent(part));
    if (match) return { kind: match[1] as 'programme' | 'offer', id: match[2] as string };
  }
  return undefined;
}
