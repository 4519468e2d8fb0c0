import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { expect } from 'chai';
import * as sdk from '@foreldrestotte/sdk';
import {
  getMunicipality,
  highlight,
  loadCatalogue,
  loadChunk,
  loadMunicipalities,
  createOfferSearch,
  createProgrammeSearch,
  validateOffers,
} from '@foreldrestotte/sdk';
import { evaluate, QUESTION_KINDS, type Judged } from '../../../test/search/relevance.mjs';
import { foldWord, splitCompound, synonymsOf, termOf } from '../src/search/analysis.js';
import { stemNorwegian } from '../src/search/stemmer.js';

const catalogue = await loadCatalogue();
const top = (query: string, limit = 5) =>
  createProgrammeSearch(catalogue)
    .search(query, { limit })
    .map((hit) => hit.item.id);
const json = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));

describe('text analysis', () => {
  it('folds æ, ø, å and their two-letter spellings to one form', () => {
    expect(foldWord('Bjørn')).to.equal(foldWord('bjoern')).and.to.equal('bjorn');
    expect(foldWord('årene')).to.equal(foldWord('aarene')).and.to.equal('arene');
    expect(foldWord('Lærer')).to.equal(foldWord('laerer'));
  });

  it('stems bokmål and nynorsk endings with the Snowball rules', () => {
    expect(stemNorwegian('foreldrene')).to.equal('foreldr');
    expect(stemNorwegian('foreldre')).to.equal('foreldr');
    expect(stemNorwegian('tenåringer')).to.equal(stemNorwegian('tenåring'));
    expect(stemNorwegian('tenåringar')).to.equal(stemNorwegian('tenåring'));
    expect(stemNorwegian('følelser')).to.equal(stemNorwegian('følelse'));
    expect(stemNorwegian('gravide')).to.equal('gravid');
    // Too short to have an ending in R1.
    expect(stemNorwegian('far')).to.equal('far');
  });

  it('brings irregular and nynorsk forms together through synonyms', () => {
    expect(synonymsOf(termOf('far'))).to.include(termOf('fedre'));
    expect(synonymsOf(termOf('born'))).to.include(termOf('barn'));
    expect(synonymsOf(termOf('heimebesøk'))).to.include(termOf('hjemmebesøk'));
  });

  it('leaves out stop words in all three languages', () => {
    for (const word of ['på', 'og', 'hjå', 'the', 'of', 'ikkje']) expect(termOf(word), word).to.equal('');
    expect(termOf('fengsel')).to.not.equal('');
  });

  it('splits joined words into parts it knows, dropping a linking s', () => {
    const known = new Set(['foreldr', 'kur', 'atferd', 'problem', 'tuning']);
    const has = (term: string) => known.has(term);
    expect(splitCompound('foreldrekurs', has)).to.deep.equal(['foreldr', 'kur']);
    expect(splitCompound('atferdsproblemer', has)).to.deep.equal(['atferd', 'problem']);
    expect(splitCompound('tuningin', has)).to.equal(undefined);
    expect(splitCompound('tuningin', has, true)).to.deep.equal(['tuning']);
    expect(splitCompound('ukjentord', has)).to.equal(undefined);
  });
});

describe('searchProgrammes', () => {
  it('puts a whole name first, also when another name shares its words', () => {
    const [first] = createProgrammeSearch(catalogue).search('Tidlig Inn');
    expect(first?.item.id).to.equal('tidlig-inn');
    expect(first?.exact).to.equal(true);
  });

  it('needs only one word to match, so filler words never empty the list', () => {
    expect(top('råd til foreldre på nett')[0]).to.equal('foreldrehverdag');
    expect(top('pmto krisesenter')).to.include('pmto');
  });

  it('forgives one typo in words of four letters or more, two from eight, none below four', () => {
    expect(top('tryghetssirkelen')[0]).to.equal('cos-p');
    expect(top('forldrehverdg')[0]).to.equal('foreldrehverdag');
    expect(top('pmt ')).to.deep.equal([]);
  });

  it('matches the word being typed as a prefix, and only that one', () => {
    expect(top('trygghetssi')[0]).to.equal('cos-p');
    // Completed (a space after it), the same letters are no word, nor within two typos of one.
    expect(top('trygghetssi ')).to.deep.equal([]);
  });

  it('keeps finding a programme at every letter of its name typed, also past the end of a stem ("utroli" of "utrolige")', () => {
    const lost: string[] = [];
    for (const programme of catalogue.programmes) {
      for (const word of (programme.name.nb ?? '').split(/[^\p{L}]+/u).filter((each) => each.length >= 5)) {
        for (let length = 4; length <= word.length; length += 1) {
          const typed = word.slice(0, length);
          if (
            !createProgrammeSearch(catalogue)
              .search(typed)
              .some((hit) => hit.item.id === programme.id)
          )
            lost.push(`${programme.id}: ${typed}`);
        }
      }
    }
    expect(lost).to.deep.equal([]);
  });

  it('finds programmes by the concerns they address, in everyday words', () => {
    expect(top('sinne hos barn')).to.include.members(['tibir', 'pmto', 'dua-basis']);
    expect(top('far i fengsel')[0]).to.equal('pappa-i-fengsel');
    expect(top('ADHD')[0]).to.equal('dua-basis');
    expect(top('refugee parents')[0]).to.equal('icdp');
  });

  it('ranks a programme matching more of the words above one matching fewer', () => {
    const hits = createProgrammeSearch(catalogue).search('fedre fengsel');
    const pappa = hits.findIndex((hit) => hit.item.id === 'pappa-i-fengsel');
    const icdp = hits.findIndex((hit) => hit.item.id === 'icdp');
    expect(pappa).to.equal(0);
    expect(icdp).to.be.greaterThan(pappa);
  });

  it('says what matched, by field', () => {
    const [hit] = createProgrammeSearch(catalogue).search('tilknytning');
    expect(hit?.item.id).to.equal('cos-p');
    expect(Object.keys(hit?.fields ?? {})).to.include('topics');
    expect(hit?.terms).to.include(termOf('tilknytning'));
  });

  it('gives every match as one ranked list, and what one of them matched when asked', () => {
    const search = createProgrammeSearch(catalogue);
    const hits = search.search('foreldre sinne');
    const results = search.rank('foreldre sinne');
    expect(results.length).to.equal(hits.length).and.to.be.greaterThan(3);
    expect(results.items.map((programme) => programme.id)).to.deep.equal(hits.map((hit) => hit.item.id));
    expect(results.hits(1, 3).map((hit) => [hit.item.id, hit.score, hit.terms])).to.deep.equal(
      hits.slice(1, 3).map((hit) => [hit.item.id, hit.score, hit.terms]),
    );
    for (const [i, programme] of results.items.entries()) expect(results.termsOf(programme), programme.id).to.deep.equal(hits[i]?.terms);
    // The exact name comes first and says so.
    expect(search.rank('Tidlig inn').hit(0)).to.include({ exact: true });
    expect(search.rank('Tidlig inn').hit(0).item.id).to.equal('tidlig-inn');
    // A programme not found matched nothing; a position past the end is an error, not a hit of nothing.
    const unfound = catalogue.programmes.find((programme) => !results.items.includes(programme));
    expect(unfound && results.termsOf(unfound)).to.deep.equal([]);
    expect(() => results.hit(results.length)).to.throw(RangeError, /position/);
    expect(results.hits(results.length - 1, results.length + 5)).to.have.length(1);
    // Typing the query again gets the same results, which no caller can have changed.
    expect(search.rank('foreldre sinne')).to.equal(results);
    expect(() => (results.items as unknown[]).reverse()).to.throw(TypeError);
  });

  it('searches a one-language chunk as a page loads it', async () => {
    const nn = await loadChunk('programmes', 'nn');
    expect(createProgrammeSearch(nn).search('kjensler hjå born', { limit: 1 })[0]?.item.id).to.equal('tik');
  });

  it('suggests near words when nothing matches', () => {
    expect(top('fnegsl ')).to.deep.equal([]);
    expect(createProgrammeSearch(catalogue).suggest('fnegsl')).to.include('fengsler');
    expect(createProgrammeSearch(catalogue).suggest('xqzwv')).to.deep.equal([]);
  });
});

describe('searchOffers', () => {
  const { offers } = json('../../../test/search/offers.json') as { offers: unknown };
  const valid = validateOffers({ offers });

  it('finds offers by place, language name and the topics of their programme', () => {
    const ids = (query: string) =>
      createOfferSearch(catalogue, valid)
        .search(query)
        .map((hit) => hit.item.id);
    expect(ids('Eksempelvik')).to.include.members(['icdp-eksempelvik-host', 'tik-eksempelvik-var']);
    expect(ids('arabisk')[0]).to.equal('icdp-eksempelvik-host');
    expect(ids('Arabic')[0]).to.equal('icdp-eksempelvik-host');
    expect(ids('sinne')).to.include('pmto-gruppe-fjordby');
    expect(
      createOfferSearch(catalogue, valid)
        .rank('arabisk')
        .items.map((offer) => offer.id),
    ).to.deep.equal(ids('arabisk'));
    // Offers joined from home are found by what people call that; offers held in a room are not.
    for (const query of ['digitalt', 'online', 'hjemmefra']) {
      expect(ids(query).slice(0, 2), query).to.have.members(['foreldrekafe', 'icdp-ukrainsk-nett']);
      expect(ids(query), query).to.not.include('tik-eksempelvik-var');
    }
  });
});

describe('the municipality register', () => {
  it('holds the 357 municipalities of 2024 and credits Kartverket', async () => {
    const register = await loadMunicipalities();
    expect(register.municipalities).to.have.length(357);
    expect(register.validFrom).to.equal('2024-01-01');
    expect(register.source).to.include('Kartverket').and.to.include('CC BY 4.0');
  });

  it('finds a municipality by number or by any official name, folded', async () => {
    const register = await loadMunicipalities();
    const name = (query: string) => getMunicipality(register, query)?.name;
    expect(name('1804')).to.equal('Bodø');
    expect(name('301')).to.equal('Oslo');
    expect(name('bodo')).to.equal('Bodø');
    expect(name('Tråante')).to.equal('Trondheim - Tråante');
    expect(name(' trondheim - traante ')).to.equal('Trondheim - Tråante');
    expect(name('Guovdageaidnu')).to.equal(name('Kautokeino'));
    expect(name('9999')).to.equal(undefined);
    expect(name('Eksempelvik')).to.equal(undefined);
  });

  it('lets offers be found by the names of their municipality', async () => {
    const { offers } = json('../../../test/search/offers.json') as { offers: unknown };
    const valid = validateOffers({ offers });
    const municipalities = await loadMunicipalities();
    const ids = createOfferSearch({ ...catalogue, municipalities }, valid)
      .search('Bodø')
      .map((hit) => hit.item.id);
    expect(ids).to.have.members(['cos-somali-fjordby', 'pmto-gruppe-fjordby', 'tenaring-kveld']);
    expect(
      createOfferSearch(catalogue, valid)
        .search('Bodø ')
        .map((hit) => hit.item.id),
      'without the register',
    ).to.deep.equal([]);
  });
});

describe('highlight', () => {
  it('marks the words a hit matched, also a part of a joined word, and nothing else', () => {
    const [hit] = createProgrammeSearch(catalogue).search('tilknytning');
    const parts = highlight('Gruppekurs om tilknytning og trygghet', hit?.terms ?? []);
    expect(parts.filter((part) => part.match).map((part) => part.text)).to.deep.equal(['tilknytning']);
    expect(parts.map((part) => part.text).join('')).to.equal('Gruppekurs om tilknytning og trygghet');
  });
});

describe('search quality on the judged queries', () => {
  it('has a relevant record in the first five for at least 90 % of them', async () => {
    const chunks = { nb: await loadChunk('programmes', 'nb'), nn: await loadChunk('programmes', 'nn'), en: await loadChunk('programmes', 'en') };
    const { offers } = json('../../../test/search/offers.json') as { offers: unknown };
    const { queries } = json('../../../test/search/judged-queries.json') as { queries: Judged[] };
    expect(queries.length).to.be.at.least(60);
    const quality = evaluate(sdk, chunks, validateOffers({ offers }), queries, await loadMunicipalities());
    const misses = quality.misses.map((miss) => `${miss.query} → ${miss.top.join(', ')}`).join('; ');
    expect(quality.all.hit5, misses).to.be.at.least(0.9);
  });

  it('answers whole questions and situations as parents write them: a relevant programme in the first five for 90 %', async () => {
    const chunks = { nb: await loadChunk('programmes', 'nb'), nn: await loadChunk('programmes', 'nn'), en: await loadChunk('programmes', 'en') };
    const { queries } = json('../../../test/search/judged-queries.json') as { queries: Judged[] };
    const questions = queries.filter((query) => QUESTION_KINDS.includes(query.kind));
    expect(questions.length).to.be.at.least(60);
    expect(new Set(questions.map((query) => query.locale))).to.have.keys('nb', 'nn', 'en');
    const quality = evaluate(sdk, chunks, [], questions);
    const misses = quality.misses.map((miss) => `${miss.query} → ${miss.top.join(', ')}`).join('; ');
    expect(quality.all.hit5, misses).to.be.at.least(0.9);
    // Of the questions that state an age, most first answers are for that age: at most one in ten of the first three.
    expect(quality.all.wrongAge / (3 * quality.all.withAge)).to.be.at.most(0.1);
  });
});
