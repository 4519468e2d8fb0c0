// Typed JSX for React 19, which renders custom elements natively: `<fs-measure-card measure={29} onfs-error={…} />`.
// React 19 sets a prop the element has as a property, and attaches `on<event-name>` props as event listeners.
// `import '@foreldrestotte/react/jsx'` once: it registers the four tags and declares them to TypeScript.
import type React from 'react';
import type {
  FsErrorEvent,
  FsFilterChangeEvent,
  FsMeasureBoard,
  FsMeasureCard,
  FsMeasureToggleEvent,
  FsPreventionLevels,
  FsProgrammeFinder,
  FsShowProgrammesEvent,
} from '@foreldrestotte/elements';
import '@foreldrestotte/elements/all.js';

/** The element's own properties (not HTMLElement's), all optional, plus React's attributes and `ref`. */
type ElementProps<E extends HTMLElement, Events> = Partial<Omit<E, keyof HTMLElement>> &
  React.HTMLAttributes<E> & { ref?: React.Ref<E>; children?: React.ReactNode } & Events;

type ErrorEvents = { 'onfs-error'?: (event: FsErrorEvent) => void };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'fs-measure-card': ElementProps<FsMeasureCard, ErrorEvents>;
      'fs-measure-board': ElementProps<
        FsMeasureBoard,
        ErrorEvents & {
          'onfs-filter-change'?: (event: FsFilterChangeEvent) => void;
          'onfs-measure-toggle'?: (event: FsMeasureToggleEvent) => void;
        }
      >;
      'fs-programme-finder': ElementProps<FsProgrammeFinder, ErrorEvents & { 'onfs-filter-change'?: (event: FsFilterChangeEvent) => void }>;
      'fs-prevention-levels': ElementProps<FsPreventionLevels, ErrorEvents & { 'onfs-show-programmes'?: (event: FsShowProgrammesEvent) => void }>;
    }
  }
}
