// `sync-url`: an element's filters kept in the page address, so that a link shares them and back and forward work.
// Each element owns its own parameters (`fs-q`, `fs-status`, …) and leaves every other one where it is.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How one element's filters live in an address. */
export interface UrlState<F> {
  /** The element's filters now. */
  current(): F;
  apply(filters: F): void;
  /** The filters an address holds, or undefined when it has none of the element's parameters. */
  fromUrl(params: URLSearchParams): F | undefined;
  /** `href` with the filters as the element's parameters. */
  toUrl(href: string, filters: F): URL;
}

export class UrlSyncController<F> implements ReactiveController {
  /** The filters set by attributes, restored when the reader goes back to an address without the parameters. */
  private presets: F | undefined;
  private readonly onPopState = () => this.read(true);

  constructor(
    private readonly host: ReactiveControllerHost & { syncUrl: boolean },
    private readonly state: UrlState<F>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.host.syncUrl) return;
    this.presets = this.state.current();
    this.read(false);
    window.addEventListener('popstate', this.onPopState);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onPopState);
  }

  private read(navigated: boolean): void {
    const filters = this.state.fromUrl(new URLSearchParams(location.search));
    // An address without the parameters keeps the attributes' filters on load, and brings them back on "back".
    if (filters) this.state.apply(filters);
    else if (navigated && this.presets !== undefined) this.state.apply(this.presets);
  }

  /** After the reader changed a filter: the address follows, as a new history entry with `push`. */
  write(push: boolean): void {
    if (!this.host.syncUrl) return;
    const url = this.state.toUrl(location.href, this.state.current());
    if (url.href === location.href) return;
    if (push) history.pushState(history.state, '', url);
    else history.replaceState(history.state, '', url);
  }
}
