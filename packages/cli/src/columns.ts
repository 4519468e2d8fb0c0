// The spreadsheet's columns: their names in bokmål, nynorsk and English, and how each one puts its value (read as
// people type it, values.ts) into an offer.
import { getMunicipality, type MunicipalityRegister, type Programme } from '@foreldrestotte/sdk';
import { languageTag } from './languages.js';
import { type Language, type MessageId } from './messages.js';
import {
  attendance,
  EMAIL,
  key,
  ONLINE,
  PHONE,
  providerKind,
  readAge,
  readDate,
  readLevels,
  readLink,
  readPrice,
  readWeb,
  readYesNo,
  service,
  status,
  words,
} from './values.js';

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

function municipalityNumber(value: string, context: Context): string | undefined {
  return getMunicipality(context.municipalities, value)?.number ?? (/^\d{4}$/.test(value.trim()) ? value.trim() : undefined);
}

// Every name of every programme, compared as `key` compares, made once per catalogue (a file may have 10 000 rows).
const programmeIds = new WeakMap<readonly Programme[], Map<string, string>>();

function programmeId(value: string, context: Context): string | undefined {
  let ids = programmeIds.get(context.programmes);
  if (!ids) {
    ids = new Map();
    for (const programme of context.programmes) {
      for (const name of [programme.id, programme.abbreviation, ...Object.values(programme.name), ...programme.alternativeNames]) {
        if (name) ids.set(key(name), programme.id);
      }
    }
    programmeIds.set(context.programmes, ids);
  }
  return ids.get(key(value));
}

const text = (field: string) => (value: string, draft: Draft, locale: Language) => {
  draft[field] = { ...((draft[field] as object | undefined) ?? {}), [locale]: value };
};

/** A text column in bokmål, the offer's main language ("tittel"). */
function textColumn(field: string, names: Record<Language, string>, example: Record<Language, string>, required = false): Column {
  return {
    names,
    aliases: [`${names.nb} (nb)`, `${names.en} (nb)`],
    required,
    example,
    field: `${field}.nb`,
    read: (value, draft) => text(field)(value, draft, 'nb'),
  };
}

/** The same text in nynorsk and English, "tittel (nn)" and "tittel (en)"; not in the template. */
function translationColumns(field: string, names: Record<Language, string>): Column[] {
  return (['nn', 'en'] as const).map((locale) => ({
    names: { nb: `${names.nb} (${locale})`, nn: `${names.nn} (${locale})`, en: `${names.en} (${locale})` },
    example: { nb: '', nn: '', en: '' },
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
  textColumn(
    'title',
    { nb: 'tittel', nn: 'tittel', en: 'title' },
    {
      nb: 'ICDP-foreldregruppe for foreldre med barn 0–5 år',
      nn: 'ICDP-foreldregruppe for foreldre med born 0–5 år',
      en: 'ICDP parent group, children aged 0–5',
    },
    true,
  ),
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
  dateColumn('startDate', { nb: 'startdato', nn: 'startdato', en: 'start date' }, ['start', 'fra dato', 'oppstart'], '02.02.2027'),
  dateColumn('endDate', { nb: 'sluttdato', nn: 'sluttdato', en: 'end date' }, ['slutt', 'til dato'], '23.03.2027'),
  dateColumn(
    'registrationDeadline',
    { nb: 'påmeldingsfrist', nn: 'påmeldingsfrist', en: 'registration deadline' },
    ['frist', 'sign-up deadline', 'deadline'],
    '26.01.2027',
  ),
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
    names: { nb: 'nivå', nn: 'nivå', en: 'level' },
    aliases: ['forebyggingsnivå', 'levels', 'prevention level'],
    example: { nb: '', nn: '', en: '' },
    field: 'levels',
    read: (value, draft) => {
      const levels = readLevels(value);
      if (!levels) return problem('choice', value, { choices: 'universell, selektiv, indikativ' });
      draft.levels = levels;
    },
  },
  {
    names: { nb: 'tjeneste', nn: 'teneste', en: 'service' },
    aliases: ['tjenesten', 'tjeneste som holder kurset', 'services'],
    example: { nb: 'helsestasjon', nn: 'helsestasjon', en: 'helsestasjon' },
    field: 'service',
    read: (value, draft) => {
      const found = service(value);
      if (!found)
        return problem('choice', value, { choices: 'helsestasjon, barnehage, skole, PPT, familievern, barnevern, NAV, psykisk helse, BUP, frivillig, annen' });
      draft.service = found;
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
      const found = status(value);
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
  yesNoColumn('referralRequired', { nb: 'krever henvisning', nn: 'krev tilvising', en: 'referral required' }, ['henvisning', 'tilvising', 'referral'], {
    nb: 'nei',
    nn: 'nei',
    en: 'no',
  }),
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
      const phone = value
        .replace(/[-().]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
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
  dateColumn(
    'lastChecked',
    { nb: 'sist kontrollert', nn: 'sist kontrollert', en: 'last checked' },
    ['kontrollert', 'oppdatert', 'sist oppdatert', 'updated'],
    '20.11.2026',
  ),
  ...translationColumns('title', { nb: 'tittel', nn: 'tittel', en: 'title' }),
  ...translationColumns('schedule', { nb: 'tidspunkt', nn: 'tidspunkt', en: 'schedule' }),
  ...translationColumns('description', { nb: 'beskrivelse', nn: 'skildring', en: 'description' }),
];

function dateColumn(field: string, names: Record<Language, string>, aliases: string[], example: string): Column {
  return {
    names,
    aliases,
    example: { nb: example, nn: example, en: example.split('.').reverse().join('-') },
    field,
    read: (value, draft) => {
      const date = readDate(value);
      if (!date) return problem('date', value);
      draft[field] = date;
    },
  };
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
