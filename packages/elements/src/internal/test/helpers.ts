// Test helpers for the elements: fixtures, waiting for what a user would see, and axe-core.
import type * as Axe from 'axe-core';
import { expect } from 'chai';
import { render, type TemplateResult } from 'lit';
import { setupLocalization, type Localization } from '../../localization/localization.js';

const mounted: HTMLElement[] = [];

/** Renders `template` in a fresh container and returns its first element. Removed after each test. */
export function fixture<T extends HTMLElement>(template: TemplateResult): T {
  const container = document.createElement('div');
  document.body.append(container);
  render(template, container);
  mounted.push(container);
  return container.firstElementChild as T;
}

afterEach(() => {
  for (const container of mounted.splice(0)) container.remove();
});

/**
 * Configures the language as the CDN bundle does (from `<html lang>`, following changes), and puts the page back in
 * bokmål after each test of the calling file.
 */
export function useLocalization(): Localization {
  const localization = setupLocalization({ observe: true });
  afterEach(async () => {
    document.documentElement.lang = 'nb';
    await localization.setLocale('nb');
  });
  return localization;
}

/** Waits until `check` returns something truthy, and returns it. */
export async function until<T>(check: () => T | undefined | null | false, what = 'condition', timeout = 5000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The element's rendered text, whitespace collapsed. */
export function text(root: Element | ShadowRoot | null | undefined): string {
  return (root?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function shadow(element: Element): ShadowRoot {
  if (!element.shadowRoot) throw new Error(`<${element.localName}> has no open shadow root`);
  return element.shadowRoot;
}

/** Runs axe-core's WCAG 2.0/2.1 A and AA rules on the element, its shadow DOM included. */
export async function expectAccessible(element: Element): Promise<void> {
  await import('axe-core');
  const axe = (window as unknown as { axe: typeof Axe }).axe;
  const result = await axe.run(element, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
  const violations = result.violations.map((v) => `${v.id}: ${v.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`);
  expect(violations, `axe on <${element.localName}>`).to.deep.equal([]);
}

/** The next event of `type` on `target`. */
export function nextEvent<E extends Event>(target: EventTarget, type: string): Promise<E> {
  return new Promise((resolve) => target.addEventListener(type, (event) => resolve(event as E), { once: true }));
}

/** Records every event of `type` that reaches `target`. */
export function recordEvents<E extends Event>(target: EventTarget, type: string): E[] {
  const events: E[] = [];
  target.addEventListener(type, (event) => events.push(event as E));
  return events;
}

/** The element that has focus, looking through shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** A description list as pairs: `{ 'Nivå': 'Universelt, Selektivt', … }`. */
export function facts(root: Element | null | undefined): Record<string, string> {
  const pairs: Record<string, string> = {};
  for (const term of root?.querySelectorAll('dt') ?? []) {
    const definition = term.nextElementSibling;
    if (definition?.localName === 'dd') pairs[text(term)] = text(definition);
  }
  return pairs;
}
