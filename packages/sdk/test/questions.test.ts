// A parent's own question: the child's age read from it, little words that count for nothing, typos that never turn
// one real word into another, and offers ranked by their own ages.
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { createOfferSearch, createProgrammeSearch, loadCatalogue, queryAge, validateOffers } from '@foreldrestotte/sdk';
import { isStopWord, termOf } from '../src/search/analysis.js';
import { editDistance } from '../src/search/ranking.js';

const catalogue = await loadCatalogue();
const programmes = createProgrammeSearch(catalogue);
const top = (query: string, limit = 5, readAge = true) => programmes.search(query, { limit, readAge }).map((hit) => hit.item.id);
const years = (query: string) => {
  const age = queryAge(query);
  return age && (age.fromPregnancy ? 'pregnancy' : `${age.min}–${age.max}`);
};

describe('queryAge', () => {
  it('reads the child’s age as parents write it, in bokmål, nynorsk and English', () => {
    const cases: [string, string | undefined][] = [
      ['hva gjør vi når 5-åringen får sinneutbrudd', '5–5'],
      ['treåringen har raserianfall', '3–3'],
      ['korleis hjelpe sjuåringen', '7–7'],
      ['krangler med 14åringen', '14–14'],
      ['sønnen min på 14 er sint', '14–14'],
      ['dottera på 15 et ikkje', '15–15'],
      ['datteren (12) er lei seg', '12–12'],
      ['utagerende gutt 8 år', '8–8'],
      ['jenta er 15 år gammel', '15–15'],
      ['babyen på 8 måneder sover dårlig', '0–1'],
      ['gutten er 18 måneder', '1–1'],
      ['tenåringen min', '13–18'],
      ['tenåringar', '13–18'],
      ['spedbarn', '0–1'],
      ['jeg er gravid', 'pregnancy'],
      ['vi venter barn', 'pregnancy'],
      ['vi ventar vårt første barn', 'pregnancy'],
      ['my 13 year old is angry', '13–13'],
      ['my five-year-old hits', '5–5'],
      ['a 7-year-old', '7–7'],
      ['my daughter is 15', '15–15'],
      ['my toddler will not listen', '1–3'],
      ['teenage son', '13–18'],
      ['we are expecting', 'pregnancy'],
      ['3-åringen og 7-åringen krangler', '3–7'],
    ];
    for (const [query, expected] of cases) expect(years(query), query).to.equal(expected);
  });

  it('does not take a length of time, a count or a number out of range for an age', () => {
    for (const query of ['vi har slitt i 2 år', 'for 3 years now', 'barnet har 2 søsken', 'tre barn', 'kurs på 8 ganger', 'moren er 35 år', 'ICDP', 'tenner'])
      expect(queryAge(query), query).to.equal(undefined);
  });

  it('says where the query says it, so that a page can show and take away what it read', () => {
    const age = queryAge('hjelp, 4-åringen slår');
    expect(age?.text).to.equal('4-åringen');
    expect(age?.spans).to.deep.equal([[7, 16, 'number']]);
    expect(queryAge('tenåring som ikke snakker')?.spans).to.deep.equal([[0, 8, 'word']]);
    // Expecting a child as well as a child born: the born child's age counts.
    expect(years('gravid og har en 3-åring')).to.equal('3–3');
  });
});

describe('questions in the search', () => {
  it('puts programmes for the age in the question before those for other ages', () => {
    // TIBIR and PMTO are for 3–12: sinne finds them, but not first for a 14-year-old.
    const teen = top('sønnen på 14 er sint hele tiden');
    expect(teen[0]).to.equal('icdp');
    expect(teen.indexOf('icdp')).to.be.below(teen.indexOf('tibir'));
    // Without reading the age, the same words put the anger programmes first: it is the age that moved ICDP up.
    expect(top('sønnen på 14 er sint hele tiden', 5, false)[0]).to.not.equal('icdp');
    expect(programmes.rank('sønnen på 14 er sint').age?.min).to.equal(14);
    expect(programmes.rank('sønnen på 14 er sint', { readAge: false }).age).to.equal(undefined);
    // For a four-year-old's tantrums, the programmes for that age.
    expect(top('hva gjør vi når 4-åringen får raserianfall', 4)).to.have.members(['tibir', 'pmto', 'pmto-foreldregruppe', 'dua-basis']);
    // An age alone finds what is made for that age.
    expect(top('4-åring', 20)).to.include.members(['tibir', 'cos-p', 'dua-universal']).and.not.include('familie-for-forste-gang');
  });

  it('gives the little words of a question no say in the ranking', () => {
    for (const word of ['hva', 'gjør', 'jeg', 'når', 'min', 'kva', 'eg', 'what', 'my', 'sitter', 'får', 'hele', 'tida'])
      expect(isStopWord(word), word).to.equal(true);
    // "får" (gets) folds to "far" (father); "far" itself still means a father.
    expect(isStopWord('far')).to.equal(false);
    expect(termOf('får')).to.equal('');
    for (const query of ['barnet sitter bare inne og får ikke sove', 'hva gjør jeg når datteren sitter på rommet', 'søvn', 'sønnen får ikke sove']) {
      expect(top(query), query).to.not.include('pappa-i-fengsel');
    }
  });

  it('never reads a typo into another real word, and counts two swapped letters as one typo', () => {
    expect(editDistance('ptmo', 'pmto', 1)).to.equal(1);
    expect(editDistance('icpd', 'icdp', 1)).to.equal(1);
    expect(top('ptmo', 2)).to.have.members(['pmto', 'pmto-foreldregruppe']);
    expect(top('icpd kurs')[0]).to.equal('icdp');
    // "søvn" is a word of its own, not a misspelt "soner" (serves a sentence).
    expect(top('søvn')).to.deep.equal([]);
    expect(top('tryghetssirkelen')[0]).to.equal('cos-p');
  });

  it('finds the everyday words of situations', () => {
    expect(top('ungen griner hele tida', 3)).to.include('tik');
    expect(top('2-åringen klenger', 2)).to.include('cos-p');
    expect(top('vi har flyttet til Norge', 1)).to.deep.equal(['icdp']);
    expect(top('førstegangsfødende', 2)).to.include('familie-for-forste-gang');
  });
});

describe('questions in the offer search', () => {
  const offer = (id: string, title: string, ageRange: { min: number; max: number }) => ({
    id,
    title: { nb: title },
    programme: 'icdp',
    provider: { name: 'Eksempel kommune', kind: 'municipality' },
    municipality: '1804',
    languages: ['nb'],
    price: { free: true },
    ageRange,
  });
  const offers = validateOffers({
    offers: [
      offer('icdp-small', 'ICDP-gruppe for foreldre med barn 0–5 år', { min: 0, max: 5 }),
      offer('icdp-teen', 'ICDP for foreldre med ungdom', { min: 13, max: 18 }),
    ],
  });
  const search = createOfferSearch(catalogue, offers);

  it('ranks offers by their own ages, not only their programme’s', () => {
    // Both are ICDP (0–18): only the offers' own ages tell them apart.
    expect(search.search('tenåring').map((hit) => hit.item.id)).to.deep.equal(['icdp-teen', 'icdp-small']);
    expect(search.search('ICDP for 3-åringen').map((hit) => hit.item.id)[0]).to.equal('icdp-small');
    expect(search.search('ICDP my 15 year old').map((hit) => hit.item.id)[0]).to.equal('icdp-teen');
  });
});
