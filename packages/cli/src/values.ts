// Values as people type them in a spreadsheet: dates, ages, prices, yes/no, links and a few fixed choices, each
// read into what the offers file holds, or undefined when it cannot be.
import { foldText, type Offer } from '@foreldrestotte/sdk';

/** A header or a typed word, compared without case, accents, spaces, hyphens or underscores. */
export const key = (text: string) => foldText(text).replace(/[\s_\-–.()/]+/g, '');

export const words = (value: string) =>
  value
    .split(/\s*[,;/]\s*|\s+og\s+|\s+and\s+/i)
    .map((part) => part.trim())
    .filter(Boolean);

/** `12.01.2027`, `12.1.27`, `12/01/2027` or `2027-01-12`, as an ISO date; undefined when it is none of these. */
export function readDate(value: string): string | undefined {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const nordic = /^(\d{1,2})[./](\d{1,2})[./](\d{2}|\d{4})$/.exec(value);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : nordic ? [nordic[3], nordic[2], nordic[1]] : [];
  if (!year || !month || !day) return undefined;
  const fullYear = year.length === 2 ? `20${year}` : year;
  const date = `${fullYear}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date) ? date : undefined;
}

/** "3–12", "3-12", "0 til 5", "0 to 5", "3 år", "fra 0 til 5 år": an age range. */
export function readAge(value: string): { min: number; max: number } | undefined {
  const match = /^(?:fra\s+|from\s+)?(\d{1,2})\s*(?:år|years?)?\s*(?:(?:[-–—]|til|to)\s*(\d{1,2}))?\s*(?:år|years?)?$/i.exec(value.trim());
  if (!match) return undefined;
  const min = Number(match[1]);
  const max = match[2] === undefined ? min : Number(match[2]);
  return min <= max && max <= 30 ? { min, max } : undefined;
}

/** "gratis", "free", "0", "250", "250 kr", "kr 250,-", "1 200": free, or an amount in kroner. */
export function readPrice(value: string): Offer['price'] | undefined {
  if (/^(gratis|free|kostnadsfritt|0|0 kr|kr 0)$/i.test(value.trim())) return { free: true };
  const match = /^(?:kr\.?|nok)?\s*(\d{1,3}(?:[  .]\d{3})*|\d+)(?:[,.]-|,00|\.00)?\s*(?:kr\.?|kroner|nok|,-)?$/i.exec(value.trim());
  if (!match?.[1]) return undefined;
  const amount = Number(match[1].replace(/[  .]/g, ''));
  return amount === 0 ? { free: true } : { free: false, amountNok: amount };
}

/** ja/nei, yes/no, true/false, x, 1/0. */
export function readYesNo(value: string): boolean | undefined {
  const word = key(value);
  if (['ja', 'j', 'yes', 'y', 'true', 'x', '1', 'sant'].includes(word)) return true;
  if (['nei', 'n', 'no', 'false', '0', 'usant'].includes(word)) return false;
  return undefined;
}

/** A choice among a few values, each typed in any of several words. */
function choice<T extends string>(options: Record<T, readonly string[]>) {
  return (value: string): T | undefined => {
    const wanted = key(value);
    for (const [option, names] of Object.entries(options) as [T, readonly string[]][]) {
      if (key(option) === wanted || names.some((name) => key(name) === wanted)) return option;
    }
    return undefined;
  };
}

export const providerKind = choice({
  municipality: ['kommune', 'kommunal', 'kommunen'],
  ngo: ['frivillig', 'frivillig organisasjon', 'organisasjon', 'lag', 'forening', 'ideell', 'ideell organisasjon', 'voluntary', 'organisation', 'organization'],
  state: ['stat', 'statlig', 'staten', 'government'],
  private: ['privat', 'private'],
});

export const status = choice({
  open: ['åpen', 'open', 'ledig', 'ledige plasser', 'åpen for påmelding', 'open for sign-up'],
  full: ['fullt', 'full', 'fulltegnet', 'ingen ledige plasser'],
  'waiting-list': ['venteliste', 'waiting list', 'waitlist'],
  cancelled: ['avlyst', 'avlyse', 'cancelled', 'canceled'],
});

export const attendance = choice({
  'in-person': ['fysisk', 'oppmøte', 'fysisk oppmøte', 'in person', 'on site', 'onsite', 'møte'],
  online: ['nett', 'på nett', 'digitalt', 'digital', 'online', 'video'],
  both: ['begge', 'både og', 'fysisk og nett', 'hybrid', 'blended'],
});

export const preventionLevel = choice({
  universal: ['universell', 'universelt', 'universelt nivå', 'for alle', 'alle'],
  selective: ['selektiv', 'selektivt', 'selektivt nivå', 'risiko', 'for familier med risiko'],
  indicated: ['indikativ', 'indikativt', 'indikativt nivå', 'indisert', 'for familier med vansker', 'behandling'],
});

/** Prevention levels as people list them: "universell, selektiv", "for alle og risiko", "indikativt nivå". */
export function readLevels(value: string): ('universal' | 'selective' | 'indicated')[] | undefined {
  const parts = value.split(/\s*(?:[,;/+]|\bog\b|\band\b)\s*/i).filter(Boolean);
  const levels = parts.map(preventionLevel);
  return levels.length > 0 && levels.every((level) => level !== undefined) ? [...new Set(levels as ('universal' | 'selective' | 'indicated')[])] : undefined;
}

export const service = choice({
  helsestasjon: ['helsestasjonen', 'skolehelsetjenesten', 'helsestasjon og skolehelsetjeneste', 'health clinic', 'child health centre'],
  barnehage: ['barnehagen', 'kindergarten'],
  skole: ['skolen', 'school'],
  ppt: ['pp-tjenesten', 'pedagogisk-psykologisk tjeneste', 'pedagogisk psykologisk tjeneste'],
  familievern: ['familievernet', 'familievernkontor', 'familievernkontoret', 'family counselling'],
  barnevern: ['barnevernet', 'barnevernstjenesten', 'barnevernstenesta', 'child welfare'],
  nav: ['nav-kontoret'],
  'psykisk-helse': ['psykisk helse', 'psykisk helsetjeneste', 'psykisk helseteneste', 'kommunepsykolog', 'mental health'],
  bup: ['barne- og ungdomspsykiatrien', 'child and adolescent psychiatry'],
  frivillig: ['frivillig organisasjon', 'frivilligheten', 'voluntary', 'ngo'],
  annen: ['annet', 'anna', 'other'],
});

export const ONLINE = ['nett', 'på nett', 'online', 'digitalt', 'digital', 'internett'];

export const EMAIL = /^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+$/;
export const PHONE = /^\+?[0-9 ]{5,20}$/;

/** A web address, an e-mail address (as `mailto:`) or a phone number (as `tel:`). */
export function readLink(value: string): string | undefined {
  if (/^https?:\/\//i.test(value) || /^mailto:|^tel:/i.test(value)) return value;
  if (/^www\./i.test(value)) return `https://${value}`;
  if (EMAIL.test(value)) return `mailto:${value}`;
  if (PHONE.test(value)) return `tel:${value.replace(/\s+/g, '')}`;
  return undefined;
}

export function readWeb(value: string): string | undefined {
  if (/^https?:\/\//i.test(value)) return value;
  if (/^www\./i.test(value)) return `https://${value}`;
  return undefined;
}
