// The one way the wrappers are made: a React component that renders the element's tag, sets the element's own
// properties as properties (arrays and numbers keep their types) only when a prop changes, and calls the `on…` props
// for the element's events. Not every render: `<ProgrammeFinder query="sinne">` starts the finder at "sinne" and leaves
// what the reader types alone at the next render (see README: controlled and initial values).
import * as React from 'react';
import type { FsElement } from '@foreldrestotte/elements';

/** The element's own properties, as optional props: `measure`, `year`, `levels`, … and the shared `src`, `headingLevel`. */
export type ElementProps<E extends FsElement> = Partial<Omit<E, keyof FsElement>> & Partial<Pick<FsElement, 'src' | 'headingLevel'>>;

/** Callback props for the element's events, by prop name: `{ onFsError: FsErrorEvent }`. */
export type EventProps<Events extends Record<string, Event>> = { [Name in keyof Events]?: (event: Events[Name]) => void };

/** The props of a wrapper: the element's properties, its events, React's HTML attributes and a ref to the element. */
export type WrapperProps<E extends FsElement, Events extends Record<string, Event>> = ElementProps<E> &
  EventProps<Events> &
  Omit<React.HTMLAttributes<E>, keyof ElementProps<E> | keyof Events> & { children?: React.ReactNode };

// Effects that touch the element run before the browser paints (and before Lit's first update), but never on a server.
const useClientLayoutEffect = typeof window === 'undefined' ? React.useEffect : React.useLayoutEffect;

/**
 * A React component for the element registered as `tagName`, whose class is `elementClass` (for the names of its
 * properties) and whose events are named in `events` (`{ onFsError: 'fs-error' }`).
 */
export function createComponent<E extends FsElement, Events extends Record<string, Event>>(
  tagName: string,
  elementClass: { elementProperties: ReadonlyMap<PropertyKey, unknown> },
  events: { [Name in keyof Events]: string },
) {
  const properties = new Set([...elementClass.elementProperties.keys()].filter((key): key is string => typeof key === 'string'));
  const eventNames = events as Record<string, string>;
  const Component = React.forwardRef<E, WrapperProps<E, Events>>(function Component(props, forwarded) {
    const element = React.useRef<E | null>(null);
    const applied = React.useRef(new Map<string, unknown>());
    const handlers = React.useRef<Record<string, ((event: Event) => void) | undefined>>({});
    const rest: Record<string, unknown> = {};
    const own: [string, unknown][] = [];
    for (const [name, value] of Object.entries(props)) {
      if (properties.has(name)) own.push([name, value]);
      else if (name in eventNames) handlers.current[name] = value as (event: Event) => void;
      else rest[name] = value;
    }
    for (const name of Object.keys(eventNames)) if (!(name in props)) handlers.current[name] = undefined;

    // A property is set when its prop is new or changed since it was last set; the element keeps what the reader did.
    useClientLayoutEffect(() => {
      const node = element.current as unknown as Record<string, unknown> | null;
      if (!node) return;
      for (const [name, value] of own) {
        if (applied.current.has(name) && Object.is(applied.current.get(name), value)) continue;
        applied.current.set(name, value);
        node[name] = value;
      }
    });

    // One listener per event for the element's life, calling whichever callback the latest render gave.
    useClientLayoutEffect(() => {
      const node = element.current;
      if (!node) return undefined;
      const listeners = Object.entries(eventNames).map(([prop, type]) => [type, (event: Event) => handlers.current[prop]?.(event)] as const);
      for (const [type, listener] of listeners) node.addEventListener(type, listener);
      return () => {
        for (const [type, listener] of listeners) node.removeEventListener(type, listener);
      };
    }, []);

    const ref = React.useCallback(
      (node: E | null) => {
        element.current = node;
        if (typeof forwarded === 'function') forwarded(node);
        else if (forwarded) forwarded.current = node;
      },
      [forwarded],
    );
    return React.createElement(tagName, { ...rest, ref, suppressHydrationWarning: true });
  });
  Component.displayName = tagName.replace(/^fs-/, '').replace(/(^|-)(\w)/g, (_, __, letter: string) => letter.toUpperCase());
  return Component;
}
