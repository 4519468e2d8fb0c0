// The spreadsheet's columns: their names in bokmål, nynorsk and English, and how each value is read as people type
// it ("12.01.2027", "Bodø", "norsk, arabisk", "3–12", "250 kr", "ja").
import { findMunicipality, foldText, type MunicipalityRegister, type Offer, type Programme } from '@foreldrestotte/sdk';
import { type Language, type MessageId } from './messages.js';
import { languageTag } from './languages.js';

/** What a value could not be read as: a message id and the values for it. */
export interface Problem {
  id: MessageId;
  values?: Record<string, string | number>;
}

/** What reading a row needs: the catalogue's programmes and the municipality register. */
export interface Context {
  programmes: readonly Programme[];
  municipalities: MunicipalityRegister;
}

/** An offer being built from a row, field by field. */
export type Draft = Record<string, unknown> & { provider?: Record<string, unknown>; address?: Record<string, unknown>; contact?: Record<string, unknown> };

export interface Column {
  /** The column's name in each language, as the template writes it. */
  names: Record<Language, string>;
  /** Other names accepted in a header. */
  aliases?: readonly string[];
  required?: boolean;
  /** The template's example value, in each language. */
  example: Record<Language, string>;
  /** Puts the value into the offer, or says why it cannot. Called only for a value that is not blank. */
  read: (value: string, draft: Draft, context: Context) => Problem | void;
  /** The offer's field this column fills, for telling which column a schema problem is in. */
  field: string;
}

const problem = (id: MessageId, value: string, more: Record<string, string | number> = {}): Problem => ({ id, values: { value, ...more } });

/** A header or a typed word, compared without case, accents, spaces, hyphens or underscores. */
export const key = (text: string) => foldText(text).replace(/[\s_\-–.()/]+/g, '');

const words = (value: string) => value.split(/\s*[,;/]\s*|\s+og\s+|\s+and\s+/i).map((part) => part.trim()).filter(Boolean);

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
  if (/^(gratis|free|kostnadsfritt|kostnadsfritt|0|0 kr|kr 0)$/i.test(value.trim())) return { free: true };
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

const providerKind = choice({
  municipality: ['kommune', 'kommunal', 'kommunen'],
  ngo: ['frivillig', 'frivillig organisasjon', 'organisasjon', 'lag', 'forening', 'ideell', 'ideell organisasjon', 'voluntary', 'organisation', 'organization'],
  state: ['stat', 'statlig', 'staten', 'government'],
  private: ['privat', 'private'],
});

const status = choice({
  open: ['åpen', 'open', 'ledig', 'ledige plasser', 'åpen for påmelding', 'open for sign-up'],
  full: ['fullt', 'full', 'fulltegnet', 'ingen ledige plasser'],
  'waiting-list': ['venteliste', 'waiting list', 'waitlist'],
  cancelled: ['avlyst', 'avlyse', 'cancelled', 'canceled'],
});

const attendance = choice({
  'in-person': ['fysisk', 'oppmøte', 'fysisk oppmøte', 'in person', 'on site', 'onsite', 'møte'],
  online: ['nett', 'på nett', 'digitalt', 'digital', 'online', 'video'],
  both: ['begge', 'både og', 'fysisk og nett', 'hybrid', 'blended'],
});

const ONLINE = ['nett', 'på nett', 'online', 'digitalt', 'digital', 'internett'];

function municipalityNumber(value: string, context: Context): string | undefined {
  return findMunicipality(context.municipalities, value)?.number ?? (/^\d{4}$/.test(value.trim()) ? value.trim() : undefined);
}

function programmeId(value: string, context: Context): string | undefined {
  const wanted = key(value);
  const found = context.programmes.find((programme) =>
    [programme.id, programme.abbreviation, ...Object.values(programme.name), ...programme.alternativeNames]
      .filter((name): name is string => Boolean(name))
      .some((name) => key(name) === wanted),
  );
  return found?.id;
}

const EMAIL = /^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+$/;
const PHONE = /^\+?[0-9 ]{5,20}$/;

/** A web address, an e-mail address (as `mailto:`) or a phone number (as `tel:`). */
function readLink(value: string): string | undefined {
  if (/^https?:\/\//i.test(value) || /^mailto:|^tel:/i.test(value)) return value;
  if (/^www\./i.test(value)) return `https://${value}`;
  if (EMAIL.test(value)) return `mailto:${value}`;
  if (PHONE.test(value)) return `tel:${value.replace(/\s+/g, '')}`;
  return undefined;
}

function readWeb(value: string): string | undefined {
  if (/^https?:\/\//i.test(value)) return value;
  if (/^www\./i.test(value)) return `https://${value}`;
  return undefined;
}

const text = (field: string) => (value: string, draft: Draft, locale: Language) => {
  draft[field] = { ...((draft[field] as object | undefined) ?? {}), [locale]: value };
};

/** Localized text columns: one per language ("tittel", "tittel nn", "tittel en"); the plain one is bokmål. */
function localized(field: string, names: Record<Language, string>, example: Record<Language, string>, required = false): Column[] {
  return (['nb', 'nn', 'en'] as const).map((locale) => ({
    names: locale === 'nb' ? names : { nb: `${names.nb} (${locale})`, nn: `${names.nn} (${locale})`, en: `${names.en} (${locale})` },
    aliases: locale === 'nb' ? [`${names.nb} (nb)`, `${names.en} (nb)`, `${names.nn} (nb)`] : [],
    required: required && locale === 'nb',
    example: locale === 'nb' ? example : { nb: '', nn: '', en: '' },
    field: `${field}.${locale}`,
    read: (value: string, draft: Draft) => text(field)(value, draft, locale),
  }));
}

const nested = (draft: Draft, part: 'provider' | 'address' | 'contact') => (draft[part] ??= {});

export const COLUMNS: readonly Column[] = [
  {
    names: { nb: 'id', nn: 'id', en: 'id' },
    example: { nb: 'icdp-bodo-var-2027', nn: 'icdp-bodo-var-2027', en: 'icdp-bodo-spring-2027' },
    field: 'id',
    read: (value, draft) => void (draft.id = value),
  },
  ...localized('title', { nb: 'tittel', nn: 'tittel', en: 'title' }, {
    nb: 'ICDP-foreldregruppe for foreldre med barn 0–5 år',
    nn: 'ICDP-foreldregruppe for foreldre med born 0–5 år',
    en: 'ICDP parent group, children aged 0–5',
  }, true).slice(0, 1),
  {
    names: { nb: 'program', nn: 'program', en: 'programme' },
    aliases: ['program', 'programme', 'foreldreprogram'],
    example: { nb: 'ICDP', nn: 'ICDP', en: 'ICDP' },
    field: 'programme',
    read: (value, draft, context) => {
      const id = programmeId(value, context);
      if (!id) return problem('programme', value);
      draft.programme = id;
    },
  },
  {
    names: { nb: 'arrangør', nn: 'arrangør', en: 'provider' },
    aliases: ['tilbyder', 'organizer', 'organiser'],
    required: true,
    example: { nb: 'Bodø kommune', nn: 'Bodø kommune', en: 'Bodø kommune' },
    field: 'provider.name',
    read: (value, draft) => void (nested(draft, 'provider').name = value),
  },
  {
    names: { nb: 'arrangørtype', nn: 'arrangørtype', en: 'provider type' },
    aliases: ['provider kind', 'type arrangør'],
    required: true,
    example: { nb: 'kommune', nn: 'kommune', en: 'municipality' },
    field: 'provider.kind',
    read: (value, draft) => {
      const kind = providerKind(value);
      if (!kind) return problem('choice', value, { choices: 'kommune, frivillig, stat, privat' });
      nested(draft, 'provider').kind = kind;
    },
  },
  {
    names: { nb: 'arrangørens nettside', nn: 'arrangøren si nettside', en: 'provider website' },
    aliases: ['nettside', 'website', 'arrangør nettside', 'arrangørnettside'],
    example: { nb: 'https://bodo.kommune.no', nn: 'https://bodo.kommune.no', en: 'https://bodo.kommune.no' },
    field: 'provider.url',
    read: (value, draft) => {
      const url = readWeb(value);
      if (!url) return problem('web', value);
      nested(draft, 'provider').url = url;
    },
  },
  {
    names: { nb: 'kommune', nn: 'kommune', en: 'municipality' },
    aliases: ['kommunenummer', 'kommunenr', 'municipality number'],
    required: true,
    example: { nb: 'Bodø', nn: 'Bodø', en: 'Bodø' },
    field: 'municipality',
    read: (value, draft, context) => {
      if (ONLINE.some((word) => key(word) === key(value))) {
        draft.municipality = 'online';
        return;
      }
      const number = municipalityNumber(value, context);
      if (!number) return problem('municipality', value);
      draft.municipality = number;
    },
  },
  {
    names: { nb: 'også for kommuner', nn: 'også for kommunar', en: 'area served' },
    aliases: ['område', 'andre kommuner', 'other municipalities', 'areaserved'],
    example: { nb: 'Fauske, Saltdal', nn: 'Fauske, Saltdal', en: 'Fauske, Saltdal' },
    field: 'areaServed',
    read: (value, draft, context) => {
      const numbers: string[] = [];
      for (const part of words(value)) {
        const number = municipalityNumber(part, context);
        if (!number) return problem('municipality', part);
        numbers.push(number);
      }
      draft.areaServed = numbers;
    },
  },
  {
    names: { nb: 'adresse', nn: 'adresse', en: 'address' },
    aliases: ['gateadresse', 'street', 'street address'],
    example: { nb: 'Storgata 1', nn: 'Storgata 1', en: 'Storgata 1' },
    field: 'address.street',
    read: (value, draft) => void (nested(draft, 'address').street = value),
  },
  {
    names: { nb: 'postnummer', nn: 'postnummer', en: 'postal code' },
    aliases: ['postnr', 'postcode', 'zip'],
    example: { nb: '8006', nn: '8006', en: '8006' },
    field: 'address.postalCode',
    read: (value, draft) => {
      const code = /^\d{3,4}$/.test(value) ? value.padStart(4, '0') : undefined;
      if (!code) return problem('postalCode', value);
      nested(draft, 'address').postalCode = code;
    },
  },
  {
    names: { nb: 'sted', nn: 'stad', en: 'place' },
    aliases: ['poststed', 'city', 'town', 'sted'],
    example: { nb: 'Bodø', nn: 'Bodø', en: 'Bodø' },
    field: 'address.place',
    read: (value, draft) => void (nested(draft, 'address').place = value),
  },
  {
    names: { nb: 'oppmøte', nn: 'oppmøte', en: 'attendance' },
    aliases: ['form', 'mode', 'fysisk eller nett'],
    example: { nb: 'fysisk', nn: 'fysisk', en: 'in person' },
    field: 'attendance',
    read: (value, draft) => {
      const mode = attendance(value);
      if (!mode) return problem('choice', value, { choices: 'fysisk, nett, begge' });
      draft.attendance = mode;
    },
  },
  {
    names: { nb: 'tilgjengelighet', nn: 'tilgjenge', en: 'accessibility' },
    aliases: ['universell utforming', 'tilgjengelig'],
    example: { nb: 'Trinnfri inngang og teleslynge', nn: 'Trinnfri inngang og teleslynge', en: 'Step-free entrance and hearing loop' },
    field: 'accessibility.nb',
    read: (value, draft) => text('accessibility')(value, draft, 'nb'),
  },
  ...dateColumn('startDate', { nb: 'startdato', nn: 'startdato', en: 'start date' }, ['start', 'fra dato', 'oppstart'], '02.02.2027'),
  ...dateColumn('endDate', { nb: 'sluttdato', nn: 'sluttdato', en: 'end date' }, ['slutt', 'til dato'], '23.03.2027'),
  ...dateColumn('registrationDeadline', { nb: 'påmeldingsfrist', nn: 'påmeldingsfrist', en: 'registration deadline' }, ['frist', 'sign-up deadline', 'deadline'], '26.01.2027'),
  {
    names: { nb: 'tidspunkt', nn: 'tidspunkt', en: 'schedule' },
    aliases: ['når', 'tid', 'time', 'when'],
    example: { nb: 'Tirsdager kl. 18–20, 8 ganger', nn: 'Tysdagar kl. 18–20, 8 gonger', en: 'Tuesdays 18:00–20:00, 8 sessions' },
    field: 'schedule.nb',
    read: (value, draft) => text('schedule')(value, draft, 'nb'),
  },
  {
    names: { nb: 'språk', nn: 'språk', en: 'languages' },
    aliases: ['language', 'sprak'],
    required: true,
    example: { nb: 'norsk, arabisk', nn: 'norsk, arabisk', en: 'Norwegian, Arabic' },
    field: 'languages',
    read: (value, draft) => {
      const tags: string[] = [];
      for (const part of words(value)) {
        const tag = languageTag(part);
        if (!tag) return problem('language', part);
        if (!tags.includes(tag)) tags.push(tag);
      }
      draft.languages = tags;
    },
  },
  {
    names: { nb: 'alder', nn: 'alder', en: 'age' },
    aliases: ['barnets alder', 'alder barn', 'ages', 'child age'],
    example: { nb: '0–5', nn: '0–5', en: '0–5' },
    field: 'ageRange',
    read: (value, draft) => {
      const range = readAge(value);
      if (!range) return problem('age', value);
      draft.ageRange = range;
    },
  },
  {
    names: { nb: 'pris', nn: 'pris', en: 'price' },
    aliases: ['kostnad', 'egenandel', 'cost'],
    required: true,
    example: { nb: 'gratis', nn: 'gratis', en: 'free' },
    field: 'price',
    read: (value, draft) => {
      const price = readPrice(value);
      if (!price) return problem('price', value);
      draft.price = price;
    },
  },
  {
    names: { nb: 'status', nn: 'status', en: 'status' },
    aliases: ['plasser', 'availability'],
    example: { nb: 'åpen', nn: 'open', en: 'open' },
    field: 'status',
    read: (value, draft) => {
      const found = status(value) ?? (key(value) === 'open' ? 'open' : undefined);
      if (!found) return problem('choice', value, { choices: 'åpen, fullt, venteliste, avlyst' });
      draft.status = found;
    },
  },
  {
    names: { nb: 'påmelding', nn: 'påmelding', en: 'sign-up' },
    aliases: ['påmeldingslenke', 'signup', 'sign up', 'registration', 'meld på'],
    example: { nb: 'https://bodo.kommune.no/icdp', nn: 'https://bodo.kommune.no/icdp', en: 'https://bodo.kommune.no/icdp' },
    field: 'signUpUrl',
    read: (value, draft) => {
      const link = readLink(value);
      if (!link) return problem('link', value);
      draft.signUpUrl = link;
    },
  },
  yesNoColumn('referralRequired', { nb: 'krever henvisning', nn: 'krev tilvising', en: 'referral required' }, ['henvisning', 'tilvising', 'referral'], { nb: 'nei', nn: 'nei', en: 'no' }),
  yesNoColumn('interpreter', { nb: 'tolk', nn: 'tolk', en: 'interpreter' }, ['tolk tilgjengelig', 'interpreter available'], { nb: 'ja', nn: 'ja', en: 'yes' }),
  {
    names: { nb: 'kontaktperson', nn: 'kontaktperson', en: 'contact person' },
    aliases: ['kontakt', 'contact', 'contact name'],
    example: { nb: 'Kari Nordmann', nn: 'Kari Nordmann', en: 'Kari Nordmann' },
    field: 'contact.name',
    read: (value, draft) => void (nested(draft, 'contact').name = value),
  },
  {
    names: { nb: 'telefon', nn: 'telefon', en: 'phone' },
    aliases: ['tlf', 'telefonnummer', 'mobil', 'telephone'],
    example: { nb: '+47 75 55 50 00', nn: '+47 75 55 50 00', en: '+47 75 55 50 00' },
    field: 'contact.phone',
    read: (value, draft) => {
      const phone = value.replace(/[-().]/g, ' ').replace(/\s+/g, ' ').trim();
      if (!PHONE.test(phone)) return problem('phone', value);
      nested(draft, 'contact').phone = phone;
    },
  },
  {
    names: { nb: 'e-post', nn: 'e-post', en: 'email' },
    aliases: ['epost', 'e-mail', 'mail', 'e-postadresse'],
    example: { nb: 'foreldrekurs@bodo.kommune.no', nn: 'foreldrekurs@bodo.kommune.no', en: 'foreldrekurs@bodo.kommune.no' },
    field: 'contact.email',
    read: (value, draft) => {
      if (!EMAIL.test(value)) return problem('email', value);
      nested(draft, 'contact').email = value;
    },
  },
  {
    names: { nb: 'beskrivelse', nn: 'skildring', en: 'description' },
    aliases: ['om kurset', 'omtale', 'beskriving'],
    example: {
      nb: 'Åtte samlinger om samspill mellom foreldre og barn.',
      nn: 'Åtte samlingar om samspel mellom foreldre og born.',
      en: 'Eight sessions on how parents and children get on together.',
    },
    field: 'description.nb',
    read: (value, draft) => text('description')(value, draft, 'nb'),
  },
  ...dateColumn('lastChecked', { nb: 'sist kontrollert', nn: 'sist kontrollert', en: 'last checked' }, ['kontrollert', 'oppdatert', 'sist oppdatert', 'updated'], '20.11.2026'),
  ...localized('title', { nb: 'tittel', nn: 'tittel', en: 'title' }, { nb: '', nn: '', en: '' }).slice(1),
];

function dateColumn(field: string, names: Record<Language, string>, aliases: string[], example: string): Column[] {
  return [
    {
      names,
      aliases,
      example: { nb: example, nn: example, en: example.split('.').reverse().join('-') },
      field,
      read: (value, draft) => {
        const date = readDate(value);
        if (!date) return problem('date', value);
        draft[field] = date;
      },
    },
  ];
}

function yesNoColumn(field: string, names: Record<Language, string>, aliases: string[], example: Record<Language, string>): Column {
  return {
    names,
    aliases,
    example,
    field,
    read: (value, draft) => {
      const answer = readYesNo(value);
      if (answer === undefined) return problem('yesNo', value);
      draft[field] = answer;
    },
  };
}

/** The column a header names, in any language or alias; undefined for a column the command does not know. */
export function columnOf(header: string): Column | undefined {
  const wanted = key(header);
  if (!wanted) return undefined;
  return COLUMNS.find((column) => [...Object.values(column.names), ...(column.aliases ?? [])].some((name) => key(name) === wanted));
}
