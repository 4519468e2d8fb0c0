// Links from data are rendered only for http(s), mailto and tel; anything else is shown as plain text.
const allowed = new Set(['http:', 'https:', 'mailto:', 'tel:']);

export function safeHref(url: string | undefined): string | undefined {
  if (!url || !URL.canParse(url)) return undefined;
  return allowed.has(new URL(url).protocol) ? url : undefined;
}
