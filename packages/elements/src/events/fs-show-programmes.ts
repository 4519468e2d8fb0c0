import type { PreventionLevelId } from '@foreldrestotte/sdk';

/**
 * The reader asked to see the programmes at a prevention level. It bubbles to the document, where an
 * `<fs-programme-finder>` on the same page listens and filters itself (unless the event is cancelled).
 */
export class FsShowProgrammesEvent extends Event {
  readonly detail: { readonly level: PreventionLevelId };

  constructor(level: PreventionLevelId) {
    super('fs-show-programmes', { bubbles: true, composed: true, cancelable: true });
    this.detail = { level };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'fs-show-programmes': FsShowProgrammesEvent;
  }
}
