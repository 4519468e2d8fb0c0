// `sync-url`: an element's filters kept in the page address, so that a link shares them and back and forward work.
// Each element owns its own parameters (`fs-q`, `fs-status`, …) and leaves every other one where it is. What a reader
// types goes in the fragment, which browsers never send to a server (no Referer, no server log), unless the page asks
// for all of it in the query string (`sync-url="all"`): docs/security.md.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Off, on (filters in the query string, typed text in the fragment), or everything in the query string. */
export type SyncUrl = boolean | 'all';

export const syncUrlConverter = {
  fromAttribute: (value: string | null): SyncUrl => (value === null ? false : value.trim().toLowerCase() === 'all' ? 'all' : true),
  toAttribute: (value: SyncUrl) => (value === false ? null : value === 'all' ? 'all' : ''),
};

/** How one element's filters live in an address. */
export interface UrlState<F> {
  /** The element's filters now. */
  current(): F;
  apply(filters: F): void;
  /** The filters an address holds (its query string and fragment together), or undefined when it has none of the element's parameters. */
  fromUrl(params: URLSearchParams): F | undefined;
  /** The element's parameters for `filters`, each with where it goes: the fragment for what was typed, else the query. */
  toParams(filters: F): Record<string, { value: string; typed?: boolean }>;
}

/** The fragment's parameters (`#fs-q=sinne`), and the anchor-like parts of it (`#offer-x`) that are not parameters. */
function fragmentParts(hash: string): { params: URLSearchParams; anchors: string[] } {
  const parts = hash.replace(/^#/, '').split('&').filter(Boolean);
  return { params: new URLSearchParams(parts.filter((part) => part.includes('=')).join('&')), anchors: parts.filter((part) => !part.includes('=')) };
}

/** The parameters of an address, its query string's and its fragment's together. */
export function addressParams(href: string): URLSearchParams {
  const url = new URL(href);
  const params = new URLSearchParams(url.search);
  for (const [key, value] of fragmentParts(url.hash).params) params.set(key, value);
  return params;
}

/** `href` with `params` set (empty values removed), typed ones in the fragment unless `all`. */
export function withParams(href: string, params: Record<string, { value: string; typed?: boolean }>, all: boolean): URL {
  const url = new URL(href);
  const { params: fragment, anchors } = fragmentParts(url.hash);
  for (const [key, { value, typed }] of Object.entries(params)) {
    const inFragment = typed && !all;
    url.searchParams.delete(key);
    fragment.delete(key);
    if (value) (inFragment ? fragment : url.searchParams).set(key, value);
  }
  const hash = [...anchors, fragment.toString()].filter(Boolean).join('&');
  url.hash = hash ? `#${hash}` : '';
  return url;
}

export class UrlSyncController<F> implements ReactiveController {
  /** The filters set by attributes, restored when the reader goes back to an address without the parameters. */
  private presets: F | undefined;
  private readonly onPopState = () => this.read(true);

  constructor(
    private readonly host: ReactiveControllerHost & { syncUrl: SyncUrl },
    private readonly state: UrlState<F>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.host.syncUrl) return;
    this.presets = this.state.current();
    this.read(false);
    window.addEventListener('popstate', this.onPopState);
    window.addEventListener('hashchange', this.onPopState);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onPopState);
    window.removeEventListener('hashchange', this.onPopState);
  }

  private read(navigated: boolean): void {
    const filters = this.state.fromUrl(addressParams(location.href));
    // An address without the parameters keeps the attributes' filters on load, and brings them back on "back".
    if (filters) this.state.apply(filters);
    else if (navigated && this.presets !== undefined) this.state.apply(this.presets);
  }

  /** After the reader changed a filter: the address follows, as a new history entry with `push`. */
  write(push: boolean): void {
    if (!this.host.syncUrl) return;
    const url = withParams(location.href, this.state.toParams(this.state.current()), this.host.syncUrl === 'all');
    if (url.href === location.href) return;
    if (push) history.pushState(history.state, '', url);
    else history.replaceState(history.state, '', url);
  }
}
