// Typed JSX for React 19, which renders custom elements natively: `<fs-measure-card measure={29} onfs-error={…} />`.
// React 19 sets a prop the element has as a property, and attaches `on<event-name>` props as event listeners. React 18
// does neither (objects become "[object Object]" attributes and events never fire), so under React 18's types every tag
// here is refused, with a note to use the wrappers: `import { MeasureCard } from '@foreldrestotte/react/measure-card'`.
// Types only: register the tags you use, `import '@foreldrestotte/elements/fs-measure-card.js'`.
import type * as React from 'react';
import type {
  FsErrorEvent,
  FsFilterChangeEvent,
  FsMeasureBoard,
  FsMeasureCard,
  FsMeasureToggleEvent,
  FsOfferCoverage,
  FsPreventionLevels,
  FsProgrammeCompare,
  FsProgrammeFinder,
  FsShowProgrammesEvent,
} from '@foreldrestotte/elements';
import type { ElementProps } from './create-component.js';

/** True under React 19's types, which have `useActionState`; React 18's do not. */
type IsReact19 = typeof React extends { useActionState: unknown } ? true : false;

/** What React 18 gets instead of a tag's props: nothing fits, and the type's name says why. */
interface UseTheWrappersUnderReact18 {
  'React 18 does not pass properties or events to custom elements: use the wrappers from @foreldrestotte/react': never;
}

/** The element's own properties, all optional, plus React's attributes and `ref`, and its events as `onfs-…` props. */
type Tag<
  E extends FsMeasureCard | FsMeasureBoard | FsProgrammeFinder | FsPreventionLevels | FsOfferCoverage | FsProgrammeCompare,
  Events,
> = IsReact19 extends true
  ? ElementProps<E> & Omit<React.HTMLAttributes<E>, keyof ElementProps<E>> & { ref?: React.Ref<E>; children?: React.ReactNode } & Events
  : UseTheWrappersUnderReact18;

type ErrorEvents = { 'onfs-error'?: (event: FsErrorEvent) => void };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'fs-measure-card': Tag<FsMeasureCard, ErrorEvents>;
      'fs-measure-board': Tag<
        FsMeasureBoard,
        ErrorEvents & { 'onfs-filter-change'?: (event: FsFilterChangeEvent) => void; 'onfs-measure-toggle'?: (event: FsMeasureToggleEvent) => void }
      >;
      'fs-programme-finder': Tag<FsProgrammeFinder, ErrorEvents & { 'onfs-filter-change'?: (event: FsFilterChangeEvent) => void }>;
      'fs-prevention-levels': Tag<FsPreventionLevels, ErrorEvents & { 'onfs-show-programmes'?: (event: FsShowProgrammesEvent) => void }>;
      'fs-offer-coverage': Tag<FsOfferCoverage, ErrorEvents>;
      'fs-programme-compare': Tag<FsProgrammeCompare, ErrorEvents>;
    }
  }
}

export {};
