// How text becomes search terms, the same way for what is indexed and what is typed: words split at anything that is
// not a letter or digit (hyphenated names also kept joined: "COS-P" → cos, p, cosp), folded (æ → ae, ø/oe → o,
// å/aa → a, accents dropped), then stemmed for Norwegian. Stop words are left out, irregular forms meet through
// synonym groups.
import { foldText } from '../queries/fold.js';
import { stemNorwegian } from './stemmer.js';

/** A word of a text and where it stands, so a match can be marked in the text shown. */
export interface WordAt {
  word: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:[-‐/][\p{L}\p{N}]+)*/gu;

/** The words of `text` with their offsets; hyphenated words are one word here. */
export function wordsAt(text: string): WordAt[] {
  return [...text.matchAll(WORD)].map((match) => ({ word: match[0], start: match.index, end: match.index + match[0].length }));
}

/** Every piece of every word of `text`, as the index stores them: hyphenated words also joined (see {@link pieces}). */
export function tokenize(text: string): string[] {
  const found: string[] = [];
  for (const word of text.match(WORD) ?? []) {
    if (/[-‐/]/.test(word)) found.push(...pieces(word));
    else found.push(word);
  }
  return found;
}

/** The pieces of a (possibly hyphenated) word, and the pieces joined when there are several: "cos-p" → cos, p, cosp. */
export function pieces(word: string): string[] {
  const parts = word.split(/[-‐/]/).filter((part) => part.length > 0);
  return parts.length > 1 ? [...parts, parts.join('')] : parts;
}

/**
 * Words too common to help, in bokmål, nynorsk and English (folded): the little words of a question ("hva gjør vi
 * når…", "korleis…", "what can I do…") and of a situation told ("…sitter hele tiden"). They never decide a ranking,
 * and never make a list empty: a query of nothing else is searched by them.
 */
export const STOP_WORDS = new Set(
  (
    'og i pa for til med av om som en et ei den det de er at a fra hos hja ved eller men sa seg sin sitt sine har kan skal ' +
    'vil ikke ikkje jeg eg meg du vi oss dere dykk dei deira deres hva kva hvordan korleis min mitt mine mi noe noko noen nokon ' +
    'nar kor hvor hvorfor kvifor hvem kven hvilke hvilken kva slik sann sant gjor gjore gjorde gjer gjere gjorde sitter sitte sit ' +
    'satt blir bli ble blei vere vaere vaert var vart vare hadde kunne skulle ville matte han hun ho henne ham hans hennes dem ' +
    'dette denne disse desse hele heile helt heilt veldig mye mykje mange litt bare berre ogsa da her der hver kvar hvert ' +
    'etter enn ja nei alltid aldri tiden tida ofte nesten egentlig eigentleg liksom ganske svaert masse like andre trenger ' +
    'treng pleier plar dag kveld kvelden natt ' +
    'the an and or of in on to with by from is are my our your how what for at be do does did doing get gets got was were ' +
    'been has had have can could should would will not me i we us he she him his her they them their it its this that ' +
    'these those all very much many just also so then now here there every each other about again more most than as if ' +
    'time always never really lot lots some any when where why who which am old need needs'
  ).split(' '),
);

/**
 * Words that are stop words only as written, because folding makes them another word: "får" folds to "far" (father),
 * "år" to "ar" (Arabic's language code).
 */
const STOP_WORDS_AS_WRITTEN = new Set('får fikk år års gå går må nå så då vår vårt våre bør'.split(' '));

/** Whether `word` (as typed) is a stop word. */
export function isStopWord(word: string): boolean {
  return STOP_WORDS_AS_WRITTEN.has(word.toLowerCase()) || STOP_WORDS.has(foldWord(word));
}

/**
 * Everyday words of parents' questions that no programme's text uses: real words, so a typo is never read into them
 * ("søvn" is not a misspelt "soner"). A search for them alone finds nothing, and the finder shows where to turn.
 */
export const EVERYDAY_WORDS = new Set(
  (
    'sovn sove sover sovne legging leggetid mat spise spiser maltid skjerm skjermtid mobil gaming spill lekser skole ' +
    'venner venn mobbing mobbet skilsmisse samlivsbrudd brudd separasjon barnefordeling samvaer bursdag ferie penger ' +
    'okonomi tannpuss do potte bleie sleep sleeping eating food screen bullying divorce separation homework friends money'
  ).split(' '),
);

/** Folds a word for matching; "oe" meets "ø" as well as "o". */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  // Most words are plain a–z: nothing to fold but "aa" and "oe", without Unicode normalisation.
  if (/^[a-z0-9]*$/.test(lower)) return lower.includes('aa') || lower.includes('oe') ? lower.replaceAll('aa', 'a').replaceAll('oe', 'o') : lower;
  return foldText(word).replaceAll('oe', 'o');
}

/** The search term of one word: folded, then stemmed. Empty for a stop word. */
export function termOf(word: string): string {
  if (STOP_WORDS_AS_WRITTEN.has(word.toLowerCase())) return '';
  const folded = foldWord(word);
  return STOP_WORDS.has(folded) ? '' : stemNorwegian(folded);
}

/**
 * Words that mean the same to a reader but that stemming cannot bring together: irregular plurals, bokmål and nynorsk
 * forms, spelling variants. A query for one also finds the others.
 */
const SYNONYM_GROUPS = [
  'far fedre fedrene pappa pappaer fars',
  'mor modre modrene mamma mammaer',
  'barn barna barnet born borna bornet unger',
  'foreldre foreldrene foreldra forelder parents parent',
  'hjemmebesok heimebesok hjemmebesøk heimebesøk',
  'veiledning rettleiing veileder rettleiar',
  'atferd adferd atferd oppforsel',
  'trygghet tryggleik',
  'tilknytning tilknyting',
  'samspill samspel',
  'vold vald',
  'barnehage barnehagen',
  'skole skule',
  'gutt gut',
  'helsestasjon helsestasjonen',
  'tenaring ungdom',
  'kurs kursene kurset',
];

let synonymIndex: Map<string, string[]> | undefined;

/** The other terms of the synonym group that `term` belongs to. */
export function synonymsOf(term: string): string[] {
  if (!synonymIndex) {
    synonymIndex = new Map();
    for (const group of SYNONYM_GROUPS) {
      const terms = [...new Set(group.split(' ').map(termOf))];
      for (const member of terms)
        synonymIndex.set(
          member,
          terms.filter((other) => other !== member),
        );
    }
  }
  return synonymIndex.get(term) ?? [];
}

/**
 * The terms a joined word is made of, when each is `known`: "foreldrekurs" → foreldr, kur; "atferdsproblemer" →
 * atferd, problem (the linking s or e dropped). With `allowStopWords` (for what is typed), a stop word may be one of the
 * parts and is left out: "tuningin" → tuning. `mayBeWord` is a quick test that rules out most cuts before stemming.
 */
export function splitCompound(
  folded: string,
  known: (term: string) => boolean,
  allowStopWords = false,
  mayBeWord: (part: string) => boolean = () => true,
): string[] | undefined {
  for (let cut = folded.length - 2; cut >= 3; cut -= 1) {
    const tail = folded.slice(cut);
    if (!mayBeWord(tail) && !STOP_WORDS.has(tail)) continue;
    // Every split below needs a known tail, or a stop word at the end of what is typed: most cuts end here.
    const tailTerm = knownVariant(tail, known);
    if (!tailTerm && !(allowStopWords && STOP_WORDS.has(tail))) continue;
    const head = folded.slice(0, cut);
    const headTerm = knownVariant(head, known);
    // At least one real part of four letters or more, so that two short words never pass for a long one.
    if (headTerm && tailTerm && (headTerm.length >= 4 || tailTerm.length >= 4)) return [headTerm, tailTerm];
    // A long known word at the end of an unknown one is what the word is about ("førstegangsgravide" → gravid).
    if (tailTerm && tailTerm.length >= 5 && !headTerm && !STOP_WORDS.has(head)) return [tailTerm];
    if (!allowStopWords) continue;
    if (headTerm && headTerm.length >= 4 && STOP_WORDS.has(tail)) return [headTerm];
    if (tailTerm && tailTerm.length >= 4 && STOP_WORDS.has(head)) return [tailTerm];
  }
  return undefined;
}

/** The term of `part` when it is known, also without a linking s or e: "atferds" → atferd. */
function knownVariant(part: string, known: (term: string) => boolean): string | undefined {
  if (part.length < 3 || STOP_WORDS.has(part)) return undefined;
  const term = stemNorwegian(part);
  if (known(term)) return term;
  if (/[se]$/.test(part) && part.length > 3) {
    const bare = stemNorwegian(part.slice(0, -1));
    if (known(bare)) return bare;
  }
  return undefined;
}
