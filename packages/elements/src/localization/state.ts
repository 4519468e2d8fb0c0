// Holds the page's @lit/localize configuration, once it is made (see localization.ts).
let getter: (() => string) | undefined;

export function setLocaleGetter(get: () => string): void {
  getter = get;
}

/** The configured locale, or bokmål when nothing is configured. */
export function getLocale(): string {
  return getter?.() ?? 'nb';
}

/** Whether `setupLocalization()` (or the CDN bundle) configured the page's language. */
export function isLocalized(): boolean {
  return getter !== undefined;
}
