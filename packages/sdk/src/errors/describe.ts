// A validation problem in words for the people who fix the data (an NGO's editor, a course provider), in bokmål,
// nynorsk or English: from the issue's code and parameters, never from the schema library's English.
import type { Locale } from '../schemas/common.js';
import type { IssueParams, ValidationIssue } from './errors.js';

type Words = Record<Locale, string>;

const TYPES: Record<string, Words> = {
  string: { nb: 'tekst', nn: 'tekst', en: 'text' },
  number: { nb: 'et tall', nn: 'eit tal', en: 'a number' },
  int: { nb: 'et heltall', nn: 'eit heiltal', en: 'a whole number' },
  boolean: { nb: 'true eller false', nn: 'true eller false', en: 'true or false' },
  object: { nb: 'et objekt ({ … })', nn: 'eit objekt ({ … })', en: 'an object ({ … })' },
  array: { nb: 'en liste ([ … ])', nn: 'ei liste ([ … ])', en: 'a list ([ … ])' },
};

const FORMATS: Record<string, Words> = {
  id: {
    nb: 'en id av små bokstaver, sifre og bindestrek (for eksempel icdp-bodo-2027)',
    nn: 'ein id av små bokstavar, siffer og bindestrek (til dømes icdp-bodo-2027)',
    en: 'an id of lower-case letters, digits and hyphens (e.g. icdp-bodo-2027)',
  },
  four_digits: { nb: 'fire sifre', nn: 'fire siffer', en: 'four digits' },
  two_digits: { nb: 'to sifre', nn: 'to siffer', en: 'two digits' },
  phone: {
    nb: 'et telefonnummer (sifre og mellomrom, + foran)',
    nn: 'eit telefonnummer (siffer og mellomrom, + framfor)',
    en: 'a phone number (digits and spaces, + in front)',
  },
  language_tag: { nb: 'en språkkode (for eksempel nb, ar, so)', nn: 'ein språkkode (til dømes nb, ar, so)', en: 'a language code (e.g. nb, ar, so)' },
  seed_file: { nb: 'et kildefilnavn', nn: 'eit kjeldefilnamn', en: 'a source file name' },
  email: { nb: 'en e-postadresse', nn: 'ei e-postadresse', en: 'an e-mail address' },
  date: {
    nb: 'en dato skrevet ÅÅÅÅ-MM-DD (for eksempel 2027-01-12)',
    nn: 'ein dato skriven ÅÅÅÅ-MM-DD (til dømes 2027-01-12)',
    en: 'a date written YYYY-MM-DD (e.g. 2027-01-12)',
  },
  pattern: { nb: 'i riktig form', nn: 'i rett form', en: 'in the right form' },
};

const RULES: Record<string, Words> = {
  visible_text: { nb: 'er tom eller bare mellomrom', nn: 'er tom eller berre mellomrom', en: 'is blank' },
  some_language: {
    nb: 'mangler tekst på bokmål, nynorsk eller engelsk',
    nn: 'manglar tekst på bokmål, nynorsk eller engelsk',
    en: 'has no text in bokmål, nynorsk or English',
  },
  web_url: {
    nb: 'skal være en nettadresse som begynner med https://',
    nn: 'skal vere ei nettadresse som byrjar med https://',
    en: 'should be a web address starting with https://',
  },
  sign_up_link: {
    nb: 'skal være en https-adresse, en e-postadresse (mailto: uten emne eller kopi) eller et telefonnummer (tel: med bare sifre)',
    nn: 'skal vere ei https-adresse, ei e-postadresse (mailto: utan emne eller kopi) eller eit telefonnummer (tel: med berre siffer)',
    en: 'should be an https address, an e-mail address (mailto: without subject or copies) or a phone number (tel: with digits only)',
  },
  year_range: { nb: 'skal ha et årstall fra 1900 til 2100', nn: 'skal ha eit årstal frå 1900 til 2100', en: 'should have a year from 1900 to 2100' },
  seed_or_url: {
    nb: 'mangler kilde: en kildefil eller en nettadresse',
    nn: 'manglar kjelde: ei kjeldefil eller ei nettadresse',
    en: 'has no source: a source file or a web address',
  },
  min_max: {
    nb: 'den laveste alderen er høyere enn den høyeste',
    nn: 'den lågaste alderen er høgare enn den høgaste',
    en: 'the lowest age is above the highest',
  },
  start_before_end: { nb: 'sluttdatoen er før startdatoen', nn: 'sluttdatoen er før startdatoen', en: 'the end date is before the start date' },
  deadline_before_end: {
    nb: 'påmeldingsfristen er etter sluttdatoen',
    nn: 'påmeldingsfristen er etter sluttdatoen',
    en: 'the sign-up deadline is after the end date',
  },
  municipality: {
    nb: 'skal være et kommunenummer med fire sifre eller «online»',
    nn: 'skal vere eit kommunenummer med fire siffer eller «online»',
    en: 'should be a four-digit municipality number or “online”',
  },
};

const WHAT: Record<string, Words> = {
  programme: { nb: 'program', nn: 'program', en: 'programme' },
  arena: { nb: 'arena', nn: 'arena', en: 'arena' },
  topic: { nb: 'tema', nn: 'tema', en: 'topic' },
  measure: { nb: 'tiltak', nn: 'tiltak', en: 'measure' },
  organisation: { nb: 'organisasjon', nn: 'organisasjon', en: 'organisation' },
  'focus area': { nb: 'innsatsområde', nn: 'innsatsområde', en: 'focus area' },
};

const TEXTS = {
  missing: { nb: 'mangler, men må fylles ut', nn: 'manglar, men må fyllast ut', en: 'is missing but required' },
  type: { nb: 'skal være {type}', nn: 'skal vere {type}', en: 'should be {type}' },
  value: { nb: 'skal være {values}', nn: 'skal vere {values}', en: 'should be {values}' },
  values: { nb: 'skal være ett av disse: {values}', nn: 'skal vere eitt av desse: {values}', en: 'should be one of: {values}' },
  empty: { nb: 'er tom', nn: 'er tom', en: 'is empty' },
  shortString: { nb: 'skal ha minst {bound} tegn', nn: 'skal ha minst {bound} teikn', en: 'should have at least {bound} characters' },
  longString: { nb: 'er for lang: høyst {bound} tegn', nn: 'er for lang: høgst {bound} teikn', en: 'is too long: at most {bound} characters' },
  fewItems: { nb: 'skal ha minst {bound} verdier', nn: 'skal ha minst {bound} verdiar', en: 'should have at least {bound} values' },
  oneItem: { nb: 'skal ha minst én verdi', nn: 'skal ha minst éin verdi', en: 'should have at least one value' },
  manyItems: { nb: 'har for mange verdier: høyst {bound}', nn: 'har for mange verdiar: høgst {bound}', en: 'has too many values: at most {bound}' },
  small: { nb: 'skal være minst {bound}', nn: 'skal vere minst {bound}', en: 'should be at least {bound}' },
  big: { nb: 'skal være høyst {bound}', nn: 'skal vere høgst {bound}', en: 'should be at most {bound}' },
  format: { nb: 'skal være {format}', nn: 'skal vere {format}', en: 'should be {format}' },
  union: {
    nb: 'passer ikke med noen av formene som er lov',
    nn: 'passar ikkje med nokon av formene som er lov',
    en: 'does not match any of the allowed shapes',
  },
  keys: { nb: 'har ukjente felt: {keys}', nn: 'har ukjende felt: {keys}', en: 'has unknown fields: {keys}' },
  invalid: { nb: 'er ikke gyldig', nn: 'er ikkje gyldig', en: 'is not valid' },
  duplicate: { nb: '«{value}» er brukt før', nn: '«{value}» er brukt før', en: '“{value}” is used before' },
  unknownReference: { nb: 'viser til ukjent {what} «{value}»', nn: 'viser til ukjend {what} «{value}»', en: 'refers to an unknown {what} “{value}”' },
  unknownMunicipality: {
    nb: 'kommunenummeret {value} finnes ikke i kommuneregisteret',
    nn: 'kommunenummeret {value} finst ikkje i kommuneregisteret',
    en: 'no municipality has the number {value} in the register',
  },
  json: { nb: 'er ikke gyldig JSON', nn: 'er ikkje gyldig JSON', en: 'is not valid JSON' },
  large: { nb: 'er større enn {limit} byte', nn: 'er større enn {limit} byte', en: 'is larger than {limit} bytes' },
  encoding: { nb: 'er ikke gyldig UTF-8', nn: 'er ikkje gyldig UTF-8', en: 'is not valid UTF-8' },
  notJson: { nb: 'ble sendt som {type}, ikke som JSON', nn: 'vart send som {type}, ikkje som JSON', en: 'was served as {type}, not as JSON' },
  deep: {
    nb: 'er lagt i hverandre i for mange nivåer: høyst {limit}',
    nn: 'er lagd i kvarandre i for mange nivå: høgst {limit}',
    en: 'is nested too deep: at most {limit} levels',
  },
  http: {
    nb: 'kunne ikke hentes: serveren svarte {status}',
    nn: 'kunne ikkje hentast: tenaren svara {status}',
    en: 'could not be fetched: the server answered {status}',
  },
  timeout: { nb: 'kom ikke innen {seconds} sekunder', nn: 'kom ikkje innan {seconds} sekund', en: 'did not arrive within {seconds} seconds' },
  network: { nb: 'kunne ikke nås (nettverksfeil)', nn: 'kunne ikkje nåast (nettverksfeil)', en: 'could not be reached (network error)' },
  unreadable: { nb: 'kunne ikke leses', nn: 'kunne ikkje lesast', en: 'could not be read' },
  tooMany: {
    nb: 'har flere feil enn det går an å liste: er det riktig fil?',
    nn: 'har fleire feil enn det går an å liste: er det rett fil?',
    en: 'has more problems than can be listed: is it the right file?',
  },
} satisfies Record<string, Words>;

const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));

const text = (id: keyof typeof TEXTS, locale: Locale, values: Record<string, string | number> = {}) => fill(TEXTS[id][locale], values);

function list(values: IssueParams[string] | undefined, locale: Locale): string {
  const [open, close] = locale === 'en' ? ['“', '”'] : ['«', '»'];
  return (Array.isArray(values) ? values : [String(values ?? '')]).map((value) => `${open}${String(value)}${close}`).join(', ');
}

/**
 * What is wrong, in the reader's language: "skal være en dato skrevet ÅÅÅÅ-MM-DD (for eksempel 2027-01-12)". Without
 * the path, which the caller places (a file's line and column, a field's name). Codes it does not know get the
 * issue's English message.
 */
export function describeIssue(issue: Pick<ValidationIssue, 'code' | 'message' | 'params'>, locale: Locale): string {
  const params = issue.params ?? {};
  const bound = Number(params.bound);
  switch (issue.code) {
    case 'missing':
      return text('missing', locale);
    case 'invalid_type':
      return text('type', locale, { type: TYPES[String(params.expected)]?.[locale] ?? String(params.expected) });
    case 'invalid_value': {
      const values = Array.isArray(params.values) ? params.values : [];
      return text(values.length === 1 ? 'value' : 'values', locale, { values: list(values, locale) });
    }
    case 'too_small':
      if (params.origin === 'string') return bound <= 1 ? text('empty', locale) : text('shortString', locale, { bound });
      if (params.origin === 'array') return bound <= 1 ? text('oneItem', locale) : text('fewItems', locale, { bound });
      return text('small', locale, { bound });
    case 'too_big':
      if (params.origin === 'string') return text('longString', locale, { bound });
      if (params.origin === 'array') return text('manyItems', locale, { bound });
      return text('big', locale, { bound });
    case 'invalid_format':
      return text('format', locale, { format: (FORMATS[String(params.format)] ?? FORMATS.pattern)?.[locale] ?? '' });
    case 'invalid_union':
      return text('union', locale);
    case 'unrecognized_keys':
      return text('keys', locale, { keys: list(params.keys, locale) });
    case 'custom':
      return RULES[String(params.rule)]?.[locale] ?? text('invalid', locale);
    case 'duplicate':
      return text('duplicate', locale, { value: String(params.value ?? '') });
    case 'unknown_reference':
      return text('unknownReference', locale, { what: WHAT[String(params.what)]?.[locale] ?? String(params.what ?? ''), value: String(params.value ?? '') });
    case 'unknown_municipality':
      return text('unknownMunicipality', locale, { value: String(params.value ?? '') });
    case 'invalid_json':
      return text('json', locale);
    case 'too_large':
      return text('large', locale, { limit: Number(params.limit).toLocaleString(locale === 'en' ? 'en-GB' : 'nb-NO') });
    case 'invalid_encoding':
      return text('encoding', locale);
    case 'not_json':
      return text('notJson', locale, { type: String(params.type ?? '') });
    case 'too_deep':
      return text('deep', locale, { limit: Number(params.limit) });
    case 'too_many_problems':
      return text('tooMany', locale);
    case 'http_error':
      return text('http', locale, { status: Number(params.status) });
    case 'timeout':
      return text('timeout', locale, { seconds: Math.round(Number(params.limit) / 1000) });
    case 'network':
      return text('network', locale);
    case 'unreadable':
      return text('unreadable', locale);
    default:
      return issue.message;
  }
}
