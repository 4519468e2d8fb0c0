// Which links may be rendered and followed: the one rule for the schemas (what a file may hold) and the elements (what
// they put in an `href`). Free of zod, so that a page that only renders pays nothing for the validator.
import { Memo } from '../internal/memo.js';

/** The longest link, in characters. */
export const MAX_URL = 2000;

const WEB_SCHEMES = new Set(['http:', 'https:']);

function parsedUrl(value: string): URL | undefined {
  if (value.length > MAX_URL || !URL.canParse(value)) return undefined;
  const url = new URL(value);
  // A user name or password in a link would be shown to every reader, and is a phishing trick.
  return url.username === '' && url.password === '' ? url : undefined;
}

/** Whether `value` is an absolute http(s) URL without user name or password. */
export function isWebUrl(value: string): boolean {
  return WEB_SCHEMES.has(parsedUrl(value)?.protocol ?? '');
}

/**
 * Whether `value` is a link a reader may be sent to sign up: `https:`, `mailto:` with one address and no headers
 * (`?subject=`, `?bcc=`, `?body=` could put words in the reader's mouth or copy their message elsewhere), or `tel:`
 * with digits only. Anything else (`javascript:`, `data:`, `http:`) is refused.
 */
export function isSignUpLink(value: string): boolean {
  const url = parsedUrl(value);
  if (!url) return false;
  if (url.protocol === 'https:') return true;
  if (url.protocol === 'mailto:') return url.search === '' && url.hash === '' && /^[^\s,;@]+@[^\s,;@]+\.[^\s,;@]+$/.test(safeDecode(url.pathname));
  if (url.protocol === 'tel:') return /^tel:\+?[0-9]{3,20}$/.test(value);
  return false;
}

const safeDecode = (text: string) => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

// Lists show the same links render after render: each address is judged once.
const judged = new Memo<string, string | undefined>(5_000);

/**
 * `url` when it is a link that may be rendered: an http(s) page, or a sign-up link as {@link isSignUpLink} allows;
 * otherwise undefined. What elements put in an `href`.
 */
export function safeLink(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  return judged.get(url, () => (isWebUrl(url) || isSignUpLink(url) ? url : undefined));
}
