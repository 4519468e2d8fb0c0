// Everything the command says, in bokmål, nynorsk and English. `{name}` marks a value put in.
/** The languages the command speaks: bokmål, nynorsk and English. */
export type Language = 'nb' | 'nn' | 'en';

const texts = {
  isoDate: {
    nb: '«{value}» er ikke en dato skrevet ÅÅÅÅ-MM-DD (for eksempel 2027-01-12)',
    nn: '«{value}» er ikkje ein dato skriven ÅÅÅÅ-MM-DD (til dømes 2027-01-12)',
    en: '“{value}” is not a date written YYYY-MM-DD (e.g. 2027-01-12)',
  },
  missing: { nb: 'mangler, men må fylles ut', nn: 'manglar, men må fyllast ut', en: 'is empty but required' },
  date: {
    nb: '«{value}» er ikke en dato (skriv 12.01.2027 eller 2027-01-12)',
    nn: '«{value}» er ikkje ein dato (skriv 12.01.2027 eller 2027-01-12)',
    en: '“{value}” is not a date (write 12.01.2027 or 2027-01-12)',
  },
  municipality: {
    nb: '«{value}» er ikke en kommune (skriv kommunenummer eller navn, for eksempel 1804 eller Bodø, eller «nett»)',
    nn: '«{value}» er ikkje ein kommune (skriv kommunenummer eller namn, til dømes 1804 eller Bodø, eller «nett»)',
    en: '“{value}” is not a municipality (write its number or name, e.g. 1804 or Bodø, or “online”)',
  },
  programme: {
    nb: '«{value}» er ikke et program i katalogen (skriv id, forkortelse eller navn, for eksempel ICDP)',
    nn: '«{value}» er ikkje eit program i katalogen (skriv id, forkorting eller namn, til dømes ICDP)',
    en: '“{value}” is not a programme in the catalogue (write its id, abbreviation or name, e.g. ICDP)',
  },
  language: {
    nb: '«{value}» er ikke et språk (skriv for eksempel «norsk, arabisk» eller «nb, ar»)',
    nn: '«{value}» er ikkje eit språk (skriv til dømes «norsk, arabisk» eller «nb, ar»)',
    en: '“{value}” is not a language (write e.g. “Norwegian, Arabic” or “nb, ar”)',
  },
  age: {
    nb: '«{value}» er ikke en alder (skriv for eksempel 3–12, 0 til 5 eller 4)',
    nn: '«{value}» er ikkje ein alder (skriv til dømes 3–12, 0 til 5 eller 4)',
    en: '“{value}” is not an age (write e.g. 3–12, 0 to 5 or 4)',
  },
  price: {
    nb: '«{value}» er ikke en pris (skriv «gratis» eller et beløp i kroner, for eksempel 250)',
    nn: '«{value}» er ikkje ein pris (skriv «gratis» eller eit beløp i kroner, til dømes 250)',
    en: '“{value}” is not a price (write “free” or an amount in kroner, e.g. 250)',
  },
  yesNo: { nb: '«{value}» er verken ja eller nei', nn: '«{value}» er verken ja eller nei', en: '“{value}” is neither yes nor no' },
  choice: { nb: '«{value}» er ikke ett av valgene: {choices}', nn: '«{value}» er ikkje eitt av vala: {choices}', en: '“{value}” is not one of: {choices}' },
  link: {
    nb: '«{value}» er verken en nettadresse (https://…), en e-postadresse eller et telefonnummer',
    nn: '«{value}» er verken ei nettadresse (https://…), ei e-postadresse eller eit telefonnummer',
    en: '“{value}” is neither a web address (https://…), an e-mail address nor a phone number',
  },
  email: { nb: '«{value}» er ikke en e-postadresse', nn: '«{value}» er ikkje ei e-postadresse', en: '“{value}” is not an e-mail address' },
  phone: {
    nb: '«{value}» er ikke et telefonnummer (bare sifre, mellomrom og + foran)',
    nn: '«{value}» er ikkje eit telefonnummer (berre siffer, mellomrom og + framfor)',
    en: '“{value}” is not a phone number (digits and spaces only, + in front)',
  },
  postalCode: {
    nb: '«{value}» er ikke et postnummer (fire sifre)',
    nn: '«{value}» er ikkje eit postnummer (fire siffer)',
    en: '“{value}” is not a postal code (four digits)',
  },
  web: {
    nb: '«{value}» er ikke en nettadresse (https://…)',
    nn: '«{value}» er ikkje ei nettadresse (https://…)',
    en: '“{value}” is not a web address (https://…)',
  },
  duplicate: {
    nb: 'id-en «{value}» er brukt før, på linje {line}',
    nn: 'id-en «{value}» er brukt før, på linje {line}',
    en: 'the id “{value}” is used before, on line {line}',
  },
  warning: { nb: 'advarsel', nn: 'åtvaring', en: 'warning' },
  unknownColumn: { nb: 'advarsel: ukjent kolonne, blir ikke lest', nn: 'åtvaring: ukjend kolonne, blir ikkje lesen', en: 'warning: unknown column, not read' },
  missingColumn: { nb: 'kolonnen mangler, men må være med', nn: 'kolonna manglar, men må vere med', en: 'the column is missing but required' },
  noRows: { nb: 'fila har ingen tilbud', nn: 'fila har ingen tilbod', en: 'the file has no offers' },
  notJson: { nb: 'fila er ikke gyldig JSON', nn: 'fila er ikkje gyldig JSON', en: 'the file is not valid JSON' },
  notOffers: {
    nb: 'fila er ikke en tilbudsfil ({ "offers": [...] }): {detail}',
    nn: 'fila er ikkje ei tilbodsfil ({ "offers": [...] }): {detail}',
    en: 'the file is not an offers file ({ "offers": [...] }): {detail}',
  },
  cannotWrite: { nb: 'kan ikke skrive fila ({detail})', nn: 'kan ikkje skrive fila ({detail})', en: 'cannot write the file ({detail})' },
  cannotRead: { nb: 'kan ikke lese fila ({detail})', nn: 'kan ikkje lese fila ({detail})', en: 'cannot read the file ({detail})' },
  valid: { nb: '{file}: {count} tilbud, ingen feil', nn: '{file}: {count} tilbod, ingen feil', en: '{file}: {count} offers, no problems' },
  invalidSummary: {
    nb: '{file}: {problems} feil i {rows} av {count} tilbud',
    nn: '{file}: {problems} feil i {rows} av {count} tilbod',
    en: '{file}: {problems} problems in {rows} of {count} offers',
  },
  written: { nb: 'Skrev {count} tilbud til {file}', nn: 'Skreiv {count} tilbod til {file}', en: 'Wrote {count} offers to {file}' },
  notWritten: {
    nb: 'Skrev ingenting: rett feilene over, eller bruk --skip-invalid for å ta med bare de gyldige radene',
    nn: 'Skreiv ingenting: rett feila over, eller bruk --skip-invalid for å ta med berre dei gyldige radene',
    en: 'Nothing written: fix the problems above, or use --skip-invalid to keep only the valid rows',
  },
  skipped: { nb: 'hoppet over: {detail}', nn: 'hoppa over: {detail}', en: 'skipped: {detail}' },
} as const satisfies Record<string, Record<Language, string>>;

export type MessageId = keyof typeof texts;

/** The message `id` in `language`, with its `{placeholders}` filled in. */
export function say(language: Language, id: MessageId, values: Record<string, string | number> = {}): string {
  return texts[id][language].replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
