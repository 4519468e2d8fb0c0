// The Snowball stemmer for Norwegian (snowballstem.org/algorithms/norwegian), written from the published algorithm:
// the npm ports bundle every language in one CommonJS file (decision 0008). It serves bokmål and, through the same
// endings (-ar, -ane, -ene, -a, -et), most of nynorsk; irregular forms (far/fedre, barn/born) go through synonyms.

const VOWELS = 'aeiouyæåø';
const isVowel = (letter: string | undefined) => letter !== undefined && VOWELS.includes(letter);

const longestFirst = (endings: string[]) => endings.sort((a, b) => b.length - a.length);

/** Step 1: endings removed outright (a), a final -s (b), and -erte/-ert that become -er (c). */
const STEP_ONE = longestFirst([
  'a',
  'e',
  'ede',
  'ande',
  'ende',
  'ane',
  'ene',
  'hetene',
  'en',
  'heten',
  'ar',
  'er',
  'heter',
  'as',
  'es',
  'edes',
  'endes',
  'enes',
  'hetenes',
  'ens',
  'hetens',
  'ers',
  'ets',
  'et',
  'het',
  'ast',
  's',
  'erte',
  'ert',
]);
/** Step 3: derivational endings. */
const DERIVATIONAL = longestFirst(['leg', 'eleg', 'ig', 'eig', 'lig', 'elig', 'els', 'lov', 'elov', 'slov', 'hetslov']);
/** Letters after which a final -s is an ending (k only after a consonant). */
const S_ENDING = 'bcdfghjlmnoprtvyz';

/** Start of R1: after the first consonant that follows a vowel, and at least 3 letters in. */
function regionOne(word: string): number {
  for (let i = 1; i < word.length; i += 1) {
    if (!isVowel(word[i]) && isVowel(word[i - 1])) return Math.max(3, i + 1);
  }
  return word.length;
}

/** Endings by their last letter, longest first: a word is checked only against the endings its last letter allows. */
const byLastLetter = (endings: readonly string[]) => {
  const groups = new Map<string, string[]>();
  for (const ending of endings) groups.set(ending.at(-1) as string, [...(groups.get(ending.at(-1) as string) ?? []), ending]);
  return groups;
};
const STEP_ONE_BY_LETTER = byLastLetter(STEP_ONE);
const DERIVATIONAL_BY_LETTER = byLastLetter(DERIVATIONAL);

/** The longest of `endings` that `word` ends with, starting at or after `from`. */
function longestEnding(word: string, endings: ReadonlyMap<string, readonly string[]>, from: number): string | undefined {
  return endings.get(word.at(-1) ?? '')?.find((ending) => word.endsWith(ending) && word.length - ending.length >= from);
}

/** The stem of a lower-case Norwegian word: "foreldrene" → "foreldr", "tenåringer" → "tenåring". */
export function stemNorwegian(word: string): string {
  const r1 = regionOne(word);
  if (r1 >= word.length) return word;
  let stem = word;

  // Step 1: the longest inflectional ending in R1, -s after a valid s-ending, -erte/-ert → -er.
  const ending = longestEnding(stem, STEP_ONE_BY_LETTER, r1);
  if (ending === 'erte' || ending === 'ert') {
    stem = stem.slice(0, -ending.length) + 'er';
  } else if (ending === 's') {
    const before = stem[stem.length - 2] ?? '';
    if (S_ENDING.includes(before) || (before === 'k' && !isVowel(stem[stem.length - 3]))) stem = stem.slice(0, -1);
  } else if (ending) {
    stem = stem.slice(0, -ending.length);
  }

  // Step 2: -dt and -vt in R1 lose the t.
  if ((stem.endsWith('dt') || stem.endsWith('vt')) && stem.length - 1 >= r1) stem = stem.slice(0, -1);

  // Step 3: derivational endings in R1.
  const derivational = longestEnding(stem, DERIVATIONAL_BY_LETTER, r1);
  if (derivational) stem = stem.slice(0, -derivational.length);
  return stem;
}
