/** The reader opened or closed a measure on the board. */
export class FsMeasureToggleEvent extends Event {
  readonly detail: { readonly measure: number; readonly open: boolean };

  constructor(measure: number, open: boolean) {
    super('fs-measure-toggle', { bubbles: true, composed: true });
    this.detail = { measure, open };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'fs-measure-toggle': FsMeasureToggleEvent;
  }
}
