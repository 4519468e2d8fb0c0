// Links from data are rendered only for http(s), mailto and tel; anything else is shown as plain text.
const allowed = new Set(['http:', 'https:', 'mailto:', 'tel:']);

// Lists show the same links render after render: each address is parsed once.
const checked = new Map<string, string | undefined>();

export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  if (!checked.has(url)) {
    if (checked.size > 5_000) checked.clear();
    checked.set(url, URL.canParse(url) && allowed.has(new URL(url).protocol) ? url : undefined);
  }
  return checked.get(url);
}
