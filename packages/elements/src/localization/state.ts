// Holds the page's @lit/localize configuration, once it is made (see localization.ts).
let getter: (() => string) | undefined;

export function setLocaleGetter(get: () => string): void {
  getter = get;
}

export function getLocale(): string {
  return getter?.() ?? 'nb';
}
