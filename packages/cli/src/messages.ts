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
  county: {
    nb: '«{value}» er ikke et fylkesnummer i kommuneregisteret (skriv to sifre, for eksempel 18 for Nordland)',
    nn: '«{value}» er ikkje eit fylkesnummer i kommuneregisteret (skriv to siffer, til dømes 18 for Nordland)',
    en: '“{value}” is not a county number in the municipality register (write two digits, e.g. 18 for Nordland)',
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
  mixedEncoding: {
    nb: 'advarsel: fila er UTF-8, men denne linja har tegn som ikke er det (lest som Windows-1252); lagre fila som «CSV UTF-8» og sjekk teksten',
    nn: 'åtvaring: fila er UTF-8, men denne lina har teikn som ikkje er det (lesne som Windows-1252); lagre fila som «CSV UTF-8» og sjekk teksten',
    en: 'warning: the file is UTF-8, but this line has characters that are not (read as Windows-1252); save the file as “CSV UTF-8” and check the text',
  },
  unclosedQuote: {
    nb: 'et anførselstegn (") som åpner en celle her, blir aldri lukket, så resten av fila ville blitt lest som én tekst; lukk det, eller skriv anførselstegn i tekst som to ("")',
    nn: 'eit hermeteikn (") som opnar ei celle her, blir aldri lukka, så resten av fila ville blitt lesen som éin tekst; lukk det, eller skriv hermeteikn i tekst som to ("")',
    en: 'a quote (") that opens a cell here is never closed, so the rest of the file would be read as one text; close it, or write a quote inside text as two ("")',
  },
  duplicateColumn: {
    nb: 'kolonnen «{value}» står to ganger (kolonne {first} og {second}); ta bort den ene',
    nn: 'kolonna «{value}» står to gonger (kolonne {first} og {second}); ta bort den eine',
    en: 'the column “{value}” is there twice (columns {first} and {second}); remove one',
  },
  tooManyRows: {
    nb: 'fila har {count} tilbud, men høyst {limit} går i én fil; del den opp, for eksempel per kommune med --municipality',
    nn: 'fila har {count} tilbod, men høgst {limit} går i éi fil; del ho opp, til dømes per kommune med --municipality',
    en: 'the file has {count} offers, but at most {limit} fit in one file; split it, for instance by municipality with --municipality',
  },
  fileTooLarge: {
    nb: 'fila er {size} MB; høyst {limit} MB leses: del den opp',
    nn: 'fila er {size} MB; høgst {limit} MB blir lesne: del ho opp',
    en: 'the file is {size} MB; at most {limit} MB is read: split it',
  },
  unreadableCsv: { nb: 'kan ikke lese CSV-fila her ({detail})', nn: 'kan ikkje lese CSV-fila her ({detail})', en: 'cannot read the CSV file here ({detail})' },
  outputTooLarge: {
    nb: 'advarsel: {file} blir {size} MB, men programsøket leser høyst {limit} MB, så foreldre ville ikke se tilbudene; del fila, for eksempel én per kommune med --municipality',
    nn: 'åtvaring: {file} blir {size} MB, men programsøket les høgst {limit} MB, så foreldre ville ikkje sjå tilboda; del fila, til dømes éi per kommune med --municipality',
    en: 'warning: {file} would be {size} MB, but the finder reads at most {limit} MB, so parents would not see the offers; split the file, for instance one per municipality with --municipality',
  },
  notWrittenStrict: {
    nb: 'Skrev ingenting (--strict): fila ville blitt for stor for programsøket',
    nn: 'Skreiv ingenting (--strict): fila ville blitt for stor for programsøket',
    en: 'Nothing written (--strict): the file would be too large for the finder',
  },
  sameAsInput: {
    nb: '-o er den samme fila som du leser fra; velg et annet navn, så blir ikke kilden skrevet over',
    nn: '-o er den same fila som du les frå; vel eit anna namn, så blir ikkje kjelda skriven over',
    en: '-o is the file you are reading; choose another name, so that the source is not overwritten',
  },
  symlinkOutput: {
    nb: '-o er en symbolsk lenke (til {detail}); skrev ingenting. Oppgi målet selv om det er dit fila skal',
    nn: '-o er ei symbolsk lenkje (til {detail}); skreiv ingenting. Oppgi målet sjølv om det er dit fila skal',
    en: '-o is a symbolic link (to {detail}); nothing written. Give the target itself if that is where the file should go',
  },
  noneInMunicipality: {
    nb: 'ingen av tilbudene holdes i kommune {value}',
    nn: 'ingen av tilboda blir haldne i kommune {value}',
    en: 'none of the offers is held in municipality {value}',
  },
} as const satisfies Record<string, Record<Language, string>>;

export type MessageId = keyof typeof texts;

// eslint-disable-next-line no-control-regex -- control characters are exactly what is looked for
const UNSHOWABLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * A value from a file as it may be shown in a terminal: control characters (an escape sequence could recolour or
 * rewrite the terminal) and direction marks (they could reorder the line) written out as `\u001b`, never sent raw.
 */
export function shown(value: string | number): string {
  return String(value).replace(UNSHOWABLE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The message `id` in `language`, with its `{placeholders}` filled in, each as {@link shown}. */
export function say(language: Language, id: MessageId, values: Record<string, string | number> = {}): string {
  return texts[id][language].replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? shown(values[key] as string | number) : whole));
}
