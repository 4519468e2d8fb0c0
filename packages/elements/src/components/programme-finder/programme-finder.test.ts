import { sendKeys } from '@web/test-runner-commands';
import { expect } from 'chai';
import { html } from 'lit';
import { findProgrammes, isForProfessionals, loadChunk, createProgrammeSearch } from '@foreldrestotte/sdk';
import type { FsErrorEvent } from '../../events/fs-error.js';
import type { FsFilterChangeEvent } from '../../events/fs-filter-change.js';
import { FsShowProgrammesEvent } from '../../events/fs-show-programmes.js';
import { lastAnnouncement } from '../../internal/announcer.js';
import {
  deepActiveElement,
  expectAccessible,
  facts,
  fixture,
  nextEvent,
  recordEvents,
  shadow,
  text,
  until,
  useLocalization,
} from '../../internal/test/helpers.js';
import './fs-programme-finder.js';
import type { FsProgrammeFinder } from './programme-finder.js';

useLocalization();

const loaded = (finder: FsProgrammeFinder) => until(() => shadow(finder).querySelector('[part="count"]'), 'the finder to load');
const names = (finder: FsProgrammeFinder) => [...shadow(finder).querySelectorAll('[part="result"] [role="heading"]')].map(text);

async function type(finder: FsProgrammeFinder, query: string): Promise<void> {
  const input = shadow(finder).querySelector('input[type="search"]') as HTMLInputElement;
  input.focus();
  await sendKeys({ type: query });
  await finder.updateComplete;
}

/** Shows every programme, as a reader does: "show more" until the list is whole, and the list for staff opened. */
async function showAll(finder: FsProgrammeFinder): Promise<void> {
  for (let more = shadow(finder).querySelector<HTMLButtonElement>('[part="more"]'); more; more = shadow(finder).querySelector('[part="more"]')) {
    more.click();
    await finder.updateComplete;
  }
  const staff = shadow(finder).querySelector<HTMLButtonElement>('[part="professionals-toggle"][aria-expanded="false"]');
  staff?.click();
  await finder.updateComplete;
}

/** Opens a result's "more" disclosure, as a reader does, and reads the facts it shows. */
async function opened(result: Element | null | undefined): Promise<Record<string, string>> {
  const details = result?.querySelector('details');
  if (details && !details.open) {
    const toggled = new Promise((resolve) => details.addEventListener('toggle', resolve, { once: true }));
    details.querySelector('summary')?.click();
    await toggled;
  }
  return facts(result);
}

const offer = {
  id: 'icdp-test',
  startDate: '2027-01-12',
  endDate: '2027-03-02',
  title: { nb: 'ICDP-gruppe i Testby' },
  programme: 'icdp',
  provider: { name: 'Testby kommune', kind: 'municipality' },
  municipality: '4601',
  languages: ['nb', 'ar'],
  price: { free: true },
  signUpUrl: 'https://testby.example/pamelding',
};

describe('<fs-programme-finder>', () => {
  afterEach(() => history.replaceState(null, '', location.pathname));

  it('renders every programme with its facts and a count', async () => {
    const finder = fixture<FsProgrammeFinder>(html`<fs-programme-finder></fs-programme-finder>`);
    await loaded(finder);
    expect(text(shadow(finder).querySelector('[part="count"]'))).to.equal('17 programmer passer.');
    // Ten at a time, and what is for staff behind its own button.
    expect(names(finder)).to.have.length(10);
    expect(text(shadow(finder).querySelector('[part="more"]'))).to.equal('Vis 5 programmer til (10 av 15 vises)');
    await showAll(finder);
    expect(names(finder)).to.have.length(17);
    // A closed disclosure holds nothing yet: its facts are built when a reader opens it.
    expect(shadow(finder).querySelector('[part="result"] details dl')).to.equal(null);
    const icdp = await opened(shadow(finder).querySelector('[part="result"]'));
    expect(icdp['Nivå']).to.equal('For alle (universelt), For familier med risiko (selektivt)');
    // The level filter speaks to parents first, with the professional term beside it.
    const levels = [...shadow(finder).querySelectorAll('input[name="level"]')].map((box) => text(box.closest('label')));
    expect(levels).to.deep.equal(['For alle (universelt)', 'For familier med risiko (selektivt)', 'For familier med vansker (indikativt)']);
    expect(icdp['Alder']).to.equal('0–18 år');
    expect(icdp['Dokumentasjon']).to.match(/^Ungsinn nivå 4 av 5 – Tredje utgave/);
    const tibir = await opened(shadow(finder).querySelectorAll('[part="result"]')[4]);
    expect(tibir['Dokumentasjon']).to.equal('Ingen forskningsvurdering funnet');
    const label = shadow(finder).querySelector('label[for="query"]');
    expect(text(label)).to.equal('Søk etter navn, tema eller det du lurer på');
  });

  it('finds DUÅ however it is typed, and announces the count politely', async () => {
    const finder = fixture<FsProgrammeFinder>(html`<fs-programme-finder></fs-programme-finder>`);
    await loaded(finder);
    await type(finder, 'incredible years');
    expect(names(finder)).to.deep.equal(['De utrolige årene – universalprogrammet', 'De utrolige årene – foreldreprogram for førskole- og skolebarn']);
    await until(() => lastAnnouncement() === '2 programmer passer.', 'the announcement');
    expect(document.querySelector('[data-fs-announcer]')?.getAttribute('aria-live')).to.equal('polite');
  });

  it('takes Tab in reading order: search, common topics, level and format checkboxes, age, type, arena, then the results', async () => {
    const before = document.createElement('button');
    before.textContent = 'before';
    const finder = fixture<FsProgrammeFinder>(html`<fs-programme-finder></fs-programme-finder>`);
    finder.before(before);
    try {
      await loaded(finder);
      before.focus();
      const order: string[] = [];
      for (let i = 0; i < 20; i += 1) {
        await sendKeys({ press: 'Tab' });
        const focused = deepActiveElement() as HTMLElement;
        order.push(focused.id || (focused as HTMLInputElement).value || text(focused));
      }
      expect(order).to.deep.equal([
        'query',
        'Sinne og trass',
        'Følelser',
        'Ungdom',
        'Venter barn',
        'Baby',
        'Samliv',
        'Ny i Norge',
        'universal',
        'selective',
        'indicated',
        'group',
        'individual',
        'home-visits',
        'video-feedback',
        'digital',
        'age',
        'category',
        'arena',
        // Each result's stops are named for the programme: first "Sammenlign", then its link and its disclosure.
        'Sammenlign: ICDP – International Child Development Programme',
      ]);
    } finally {
      before.remove();
    }
  });

  it('empties the search with Escape', async () => {
    const finder = fixture<FsProgrammeFinder>(html`<fs-programme-finder></fs-programme-finder>`);
    await loaded(finder);
    await type(finder, 'pmto');
    expect(names(finder)).to.include('PMTO-foreldregruppe').and.have.length.lessThan(17);
    const change = nextEvent<FsFilterChangeEvent>(finder, 'fs-filter-change');
    await sendKeys({ press: 'Escape' });
    expect((await change).detail.filters).to.deep.equal({});
    await finder.updateComplete;
    expect((shadow(finder).querySelector('input[type="search"]') as HTMLInputElement).value).to.equal('');
    expect(text(shadow(finder).querySelector('[part="count"]'))).to.equal('17 programmer passer.');
    expect(names(finder)).to.have.length(10);
  });

  it('is accessible loaded, empty, and with invalid offers', async () => {
    const finder = fixture<FsProgrammeFinder>(html`<fs-programme-finder></fs-programme-finder>`);
    await loaded(finder);
    await expectAccessible(finder);
    const empty = fixture<FsProgrammeFinder>(html`<fs-programme-finder query="zzzz"></fs-programme-finder>`);
    await loaded(empty);
    expect(empty.matches(':state(empty)')).to.equal(true);
    await expectAccessible(empty);
    const invalid = fixture<FsProgrammeFinder>(
      html`<fs-programme-finder><script type="application/json">{"offers":[{"id":"x"}]}</script></fs-programme-finder>`,
    );
    await until(() => invalid.matches(':state(error)'), 'the offers error');
    await until(() => text(shadow(invalid).querySelector('section [part="message"]')) === 'De lokale tilbudene kunne ikke vises.', 'the line for parents');
    await expectAccessible(invalid);
    invalid.preview = true;
    await until(() => shadow(invalid).querySelector('[part="preview"] li'), 'the preview');
    await expectAccessible(invalid);
  });

  it('presets filters from attributes, as the SDK would filter', async () => {
    const finder = fixture<FsProgrammeFinder>(html`<fs-programme-finder levels="selective indicated" age="3-12" formats="group"></fs-programme-finder>`);
    await loaded(finder);
    const chunk = await loadChunk('programmes', 'nb');
    const expected = findProgrammes(chunk, { levels: ['selective', 'indicated'], age: { min: 3, max: 12 }, formats: ['group'] });
    expect(names(finder)).to.deep.equal(expected.map((p) => p.name.nb));
    expect(names(finder)).to.have.length.greaterThan(1);
    expect(shadow(finder).querySelector<HTMLSelectElement>('#age')?.selectedOptions[0]?.textContent?.trim()).to.equal('3–12 år');
    const checked = [...shadow(finder).querySelectorAll<HTMLInputElement>('input[name="level"]')].filter((box) => box.checked).map((box) => box.value);
    expect(checked).to.deep.equal(['selective', 'indicated']);
  });

  it('filters with checkboxes from the keyboard and fires fs-filter-change', async () => {
    const finder = fixture<FsProgrammeFinder>(html`<fs-programme-finder></fs-programme-finder>`);
    await loaded(finder);
    const box = shadow(finder).querySelector<HTMLInputElement>('input[name="format"][value="home-visits"]') as HTMLInputElement;
    box.focus();
    const change = nextEvent<FsFilterChangeEvent>(finder, 'fs-filter-change');
    await sendKeys({ press: 'Space' });
    expect((await change).detail.filters).to.deep.equal({ formats: ['home-visits'] });
    await finder.updateComplete;
    expect(names(finder)).to.deep.equal(['Familie for første gang', 'Home-Start Familiekontaktene']);
  });

  it('does not fire fs-filter-change when filters are set from code', async () => {
    const finder = fixture<FsProgrammeFinder>(html`<fs-programme-finder></fs-programme-finder>`);
    await loaded(finder);
    const events = recordEvents(finder, 'fs-filter-change');
    finder.levels = ['indicated'];
    await finder.updateComplete;
    expect(names(finder)).to.include('PMTO – individuell foreldreveiledning');
    expect(events).to.deep.equal([]);
  });

  it('shows staff training and collaboration models apart from what parents can join, behind a button', async () => {
    const finder = fixture<FsProgrammeFinder>(html`<fs-programme-finder></fs-programme-finder>`);
    await loaded(finder);
    const heading = (list: Element | null) => [...(list?.querySelectorAll('[part="result"] [role="heading"]') ?? [])].map(text);
    expect(text(shadow(finder).querySelector('#professionals-heading'))).to.equal('For ansatte i tjenestene');
    expect(text(shadow(finder).querySelector('[part="count"]'))).to.equal('17 programmer passer.');
    // Parents see what they can join; what is for staff waits behind a button that says how many.
    expect(shadow(finder).querySelector('[part~="professionals"]')).to.equal(null);
    expect(names(finder)).to.not.include('Tidlig Inn');
    const toggle = shadow(finder).querySelector('[part="professionals-toggle"]') as HTMLButtonElement;
    expect(text(toggle)).to.equal('Vis de 2 programmene for ansatte');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    await expectAccessible(finder);
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await finder.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(text(toggle)).to.equal('Skjul programmene for ansatte');
    const apart = shadow(finder).querySelector('[part~="professionals"]') as HTMLElement;
    expect(apart.closest(`#${toggle.getAttribute('aria-controls')}`)).to.not.equal(null);
    expect(heading(apart)).to.deep.equal(['Tidlig Inn', 'BTI – Bedre tverrfaglig innsats']);
    expect(heading(shadow(finder).querySelector('[part="results"]'))).to.not.include('Tidlig Inn');
    await expectAccessible(finder);
    // A search that finds nothing for families shows what it found for staff, without a button.
    toggle.click();
    await type(finder, 'BTI');
    expect(heading(shadow(finder).querySelector('[part~="professionals"]'))).to.deep.equal(['BTI – Bedre tverrfaglig innsats']);
    expect(shadow(finder).querySelector('[part="professionals-toggle"]')).to.equal(null);
    await expectAccessible(finder);
  });

  it('says how to get each programme, and links to its own page where the catalogue has one', async () => {
    const finder = fixture<FsProgrammeFinder>(html`<fs-programme-finder></fs-programme-finder>`);
    await loaded(finder);
    await showAll(finder);
    const result = (name: string) =>
      [...shadow(finder).querySelectorAll('[part="result"]')].find((item) => text(item.querySelector('[role="heading"]')) === name);
    const where = (name: string) => result(name)?.querySelector('[part="where"]');
    expect(text(where('TIBIR – Tidlig innsats for barn i risiko'))).to.match(
      /^Tilbys av: helsestasjon og skolehelsetjeneste, barnevernet, barnehage og skole\. Les mer: TIBIR – Tidlig innsats for barn i risiko \(Bufdir: TIBIR\)$/,
    );
    const link = where('TIBIR – Tidlig innsats for barn i risiko')?.querySelector('a');
    expect(link?.getAttribute('href')).to.equal('https://bufdir.no/fagstotte/barnevern-oppvekst/foreldrestotte/foreldrestottende-tiltak/tibir');
    // The page's title is read out in the page's language: Bufdir's in bokmål, Home-Start's English page in English.
    expect(link?.querySelector('[lang]')?.getAttribute('lang')).to.equal('nb');
    const homeStart = [...shadow(finder).querySelectorAll('[part="where"] a')].find((a) => a.getAttribute('href') === 'https://homestartnorge.no/in-english');
    expect(homeStart?.querySelector('[lang]')?.getAttribute('lang')).to.equal('en');
    // No service named in the sources: the advice to ask, and no invented link.
    expect(text(where('Trygghetssirkelen (COS-P)'))).to.equal('Spør kommunen din om det tilbys der du bor.');
    // Staff training: its page, not an offer to families.
    expect(text(where('Tidlig Inn'))).to.match(/^Les mer/);
    // Every link a keyboard reaches outside the details now leads somewhere a reader can act on, named uniquely.
    const names = [...shadow(finder).querySelectorAll('[part="where"] a')].map(text);
    expect(names.length).to.be.at.least(8);
    expect(new Set(names).size).to.equal(names.length);
    document.documentElement.lang = 'en';
    await until(() => text(where('TIBIR – Tidlig innsats for barn i risiko')).startsWith('Offered by: child health centres'), 'English');
    expect(text(where('TIBIR – Tidlig innsats for barn i risiko'))).to.include('Read more');
    document.documentElement.lang = 'nn';
    await until(() => text(where('Trygghetssirkelen (COS-P)')) === 'Spør kommunen din om det vert tilbode der du bur.', 'nynorsk');
    await expectAccessible(finder);
  });

  it('offers to clear the search and filters whenever one is set', async () => {
    const finder = fixture<FsProgrammeFinder>(html`<fs-programme-finder></fs-programme-finder>`);
    await loaded(finder);
    expect(shadow(finder).querySelector('[part="reset"]'), 'nothing to clear yet').to.equal(null);
    await type(finder, 'xqzvw ptkrr');
    expect(text(shadow(finder).querySelector('[part="message"]'))).to.include('Ingen programmer passer søket og filtrene.');
    (shadow(finder).querySelector('[part="reset"]') as HTMLButtonElement).click();
    await finder.updateComplete;
    expect(text(shadow(finder).querySelector('[part="count"]'))).to.equal('17 programmer passer.');
    expect(names(finder)).to.have.length(10);
    expect(shadow(finder).querySelector('[part="reset"]')).to.equal(null);
    expect(deepActiveElement()).to.equal(shadow(finder).querySelector('input[type="search"]'));
  });

  it('suggests a near word when a search finds nothing, and searches it on a click', async () => {
    const finder = fixture<FsProgrammeFinder>(html`<fs-programme-finder></fs-programme-finder>`);
    await loaded(finder);
    await type(finder, 'fnegsl ');
    expect(finder.matches(':state(empty)')).to.equal(true);
    const suggestion = await until(() => shadow(finder).querySelector<HTMLButtonElement>('[part="suggestion"]'), 'a suggestion');
    expect(text(suggestion.parentElement)).to.equal('Mente du fengsler, fengsel?');
    await expectAccessible(finder);
    suggestion.click();
    await until(() => names(finder)[0] === 'Pappa i fengsel', 'the suggested search');
    expect((shadow(finder).querySelector('input[type="search"]') as HTMLInputElement).value).to.equal('fengsler');
  });

  it('suggests and counts in nynorsk and English too', async () => {
    const finder = fixture<FsProgrammeFinder>(html`<fs-programme-finder query="fnegsl "></fs-programme-finder>`);
    await loaded(finder);
    const suggestion = () => text(shadow(finder).querySelector('[part="suggestion"]')?.parentElement);
    document.documentElement.lang = 'nn';
    await until(() => suggestion().startsWith('Meinte du'), 'the nynorsk suggestion');
    expect(text(shadow(finder).querySelector('[part="count"]'))).to.equal('0 program passar.');
    await expectAccessible(finder);
    document.documentElement.lang = 'en';
    await until(() => suggestion().startsWith('Did you mean'), 'the English suggestion');
    expect(text(shadow(finder).querySelector('[part="count"]'))).to.equal('0 programmes match.');
    await expectAccessible(finder);
  });

  it('marks the words that matched in the name and summary, as text, in every language', async () => {
    const finder = fixture<FsProgrammeFinder>(html`<fs-programme-finder></fs-programme-finder>`);
    await loaded(finder);
    await type(finder, 'tilknytning');
    const first = shadow(finder).querySelector('[part="result"]') as HTMLElement;
    expect(text(first.querySelector('[role="heading"]'))).to.equal('Trygghetssirkelen (COS-P)');
    expect([...first.querySelectorAll('mark')].map(text)).to.deep.equal(['tilknytning']);
    // The count said politely once the typing settles: the same words as the count shown.
    await until(() => lastAnnouncement() === text(shadow(finder).querySelector('[part="count"]')), 'the count announced');
    expect(lastAnnouncement()).to.match(/^\d+ programm?e?r? passer\.$/);
    await expectAccessible(finder);
    document.documentElement.lang = 'nn';
    // The official name stays as its owner writes it; the nynorsk summary marks its own word.
    const marks = () => [...shadow(finder).querySelectorAll('[part="result"]:first-child mark')].map(text);
    await until(() => marks()[0] === 'tilknyting', 'nynorsk');
    expect(names(finder)[0]).to.equal('Trygghetssirkelen (COS-P)');
    document.documentElement.lang = 'en';
    await until(() => names(finder)[0] === 'Circle of Security Parenting (COS-P)', 'English');
    // Only what was typed is marked: the English summary's "attachment" is another word.
    expect(shadow(finder).querySelector('[part="result"]:first-child mark')).to.equal(null);
    const input = shadow(finder).querySelector('input[type="search"]') as HTMLInputElement;
    input.select();
    await type(finder, 'attachment');
    await until(() => shadow(finder).querySelector('[part="result"]:first-child mark'), 'the English mark');
    expect([...shadow(finder).querySelectorAll('[part="result"]:first-child mark')].map(text)).to.deep.equal(['attachment']);
    await until(() => /programmes? match(es)?\.$/.test(lastAnnouncement()), 'the English count announced');
  });

  it('keeps its filters in the address with sync-url, and back restores them', async () => {
    const finder = fixture<FsProgrammeFinder>(html`<fs-programme-finder sync-url></fs-programme-finder>`);
    await loaded(finder);
    const box = shadow(finder).querySelector<HTMLInputElement>('input[name="level"][value="indicated"]') as HTMLInputElement;
    box.click();
    await finder.updateComplete;
    expect(new URL(location.href).searchParams.get('fs-levels')).to.equal('indicated');
    const filtered = names(finder).length;
    box.click();
    await finder.updateComplete;
    expect(new URL(location.href).searchParams.has('fs-levels')).to.equal(false);
    const popped = nextEvent(window, 'popstate');
    history.back();
    await popped;
    await finder.updateComplete;
    expect(names(finder)).to.have.length(filtered);
    expect(box.checked).to.equal(true);
  });

  it('goes back to its attribute filters when the reader returns to the address without finder parameters', async () => {
    const start = location.href;
    const finder = fixture<FsProgrammeFinder>(html`<fs-programme-finder sync-url levels="selective"></fs-programme-finder>`);
    await loaded(finder);
    const preset = names(finder);
    (shadow(finder).querySelector('input[name="level"][value="indicated"]') as HTMLInputElement).click();
    await type(finder, 'marte');
    // What the reader typed is in the fragment, which the browser never sends to a server, not in the query string.
    expect(new URL(location.href).searchParams.has('fs-q')).to.equal(false);
    expect(new URLSearchParams(new URL(location.href).hash.slice(1)).get('fs-q')).to.equal('marte');
    expect(names(finder)).to.deep.equal(['Marte Meo']);
    const popped = nextEvent(window, 'popstate');
    history.back();
    await popped;
    await finder.updateComplete;
    expect(location.href).to.equal(start);
    expect(finder.levels).to.deep.equal(['selective']);
    expect(finder.query).to.equal('');
    expect(names(finder)).to.deep.equal(preset);
  });

  it('reads its state from the address on load with sync-url', async () => {
    history.replaceState(null, '', `${location.pathname}?fs-q=pmto&fs-age=3-5`);
    const finder = fixture<FsProgrammeFinder>(html`<fs-programme-finder sync-url></fs-programme-finder>`);
    await loaded(finder);
    expect(names(finder)).to.deep.equal(['PMTO – individuell foreldreveiledning', 'PMTO-foreldregruppe', 'TIBIR – Tidlig innsats for barn i risiko']);
    expect(shadow(finder).querySelector<HTMLInputElement>('input[type="search"]')?.value).to.equal('pmto');
  });

  it('shows valid local offers from inline JSON', async () => {
    const finder = fixture<FsProgrammeFinder>(
      html`<fs-programme-finder><script type="application/json">${JSON.stringify({ offers: [offer] })}</script></fs-programme-finder>`,
    );
    await until(() => shadow(finder).querySelector('[part="offer"]'), 'the offer');
    const shown = shadow(finder).querySelector('[part="offer"]');
    expect(text(shown)).to.include('ICDP-gruppe i Testby');
    expect(facts(shown)['Språk']).to.equal('norsk bokmål, arabisk');
    expect(facts(shown)['Pris']).to.equal('Gratis');
    expect(facts(shown)['Når']).to.equal('12. januar 2027 – 2. mars 2027');
    expect(shown?.querySelector('a')?.getAttribute('href')).to.equal('https://testby.example/pamelding');
    await type(finder, 'pmto');
    expect(shadow(finder).querySelector('[part="offer"]')).to.equal(null);
  });

  it('places an offer by its municipality’s name, and finds it by that name', async () => {
    const oslo = { ...offer, id: 'oslo', title: { nb: 'Foreldregruppe' }, municipality: '0301' };
    const bodo = {
      ...offer,
      id: 'bodo',
      title: { nb: 'Kveldskurs' },
      municipality: '1804',
      address: { street: 'Storgata 1', postalCode: '8006', place: 'Sentrum' },
    };
    const finder = fixture<FsProgrammeFinder>(
      html`<fs-programme-finder><script type="application/json">${JSON.stringify({ offers: [oslo, bodo] })}</script></fs-programme-finder>`,
    );
    await until(() => facts(shadow(finder).querySelector('[part="offer"]'))['Sted'] === 'Oslo', 'the municipality’s name');
    const places = [...shadow(finder).querySelectorAll('[part="offer"]')].map((shown) => facts(shown)['Sted']);
    expect(places).to.deep.equal(['Oslo', 'Storgata 1, 8006 Sentrum, Bodø']);
    // Each part of a place is isolated, so a right-to-left override in one cannot reverse the others.
    const bodoPlace = [...shadow(finder).querySelectorAll('[part="offer"]')][1]?.querySelectorAll('dd bdi');
    expect([...(bodoPlace ?? [])].map(text)).to.deep.equal(['Storgata 1', '8006 Sentrum', 'Bodø']);
    await type(finder, 'bodø');
    const titles = () => [...shadow(finder).querySelectorAll('[part="offer"] [role="heading"]')].map(text);
    await until(() => titles().length === 1, 'one offer');
    expect(titles()).to.deep.equal(['Kveldskurs']);
  });

  it('shows the valid offers of a file with a broken one, one neutral line for parents, the detail for editors', async () => {
    const error = nextEvent<FsErrorEvent>(document, 'fs-error');
    const bad = { offers: [offer, { ...offer, id: 'two', municipality: 'Oslo', signUpUrl: 'javascript:alert(1)' }] };
    const finder = fixture<FsProgrammeFinder>(html`<fs-programme-finder><script type="application/json">${JSON.stringify(bad)}</script></fs-programme-finder>`);
    const event = await error;
    const line = await until(() => shadow(finder).querySelector('section [part="message"]'), 'the neutral line');
    expect(text(line)).to.equal('Noen lokale tilbud kunne ikke vises.');
    expect(event.detail.message).to.equal(text(line));
    expect(event.detail.problems?.map((problem) => `${problem.source} ${problem.index} ${problem.id} ${problem.path}`)).to.deep.equal([
      'inline offers 1 two offers[1].municipality',
      'inline offers 1 two offers[1].signUpUrl',
    ]);
    expect([...shadow(finder).querySelectorAll('[part="offer"] [role="heading"]')].map(text)).to.deep.equal(['ICDP-gruppe i Testby']);
    expect(finder.matches(':state(error)')).to.equal(true);
    expect(shadow(finder).querySelector('[part="preview"]')).to.equal(null);
    // An editor turns on the preview and sees every problem where it is published.
    finder.setAttribute('preview', '');
    const preview = await until(() => shadow(finder).querySelector('[part="preview"]'), 'the preview');
    expect([...preview.querySelectorAll('li')].map(text)).to.deep.equal([
      // In the page's language, with no schema-library English.
      'inline offers, tilbud nr. 2 («two»): offers[1].municipality skal være et kommunenummer med fire sifre eller «online»',
      'inline offers, tilbud nr. 2 («two»): offers[1].signUpUrl skal være en https-adresse, en e-postadresse (mailto: uten emne eller kopi) eller et telefonnummer (tel: med bare sifre)',
    ]);
    expect(shadow(finder).querySelector('section [part="message"]')).to.equal(null);
  });

  it('merges several offers files and inline offers by id; a failed file leaves the others shown', async () => {
    const inline = { offers: [{ ...offer, id: 'shared', title: { nb: 'Kommunens kurs' }, startDate: '2099-02-01', endDate: undefined }] };
    const events = recordEvents(document, 'fs-error');
    const finder = fixture<FsProgrammeFinder>(
      html`<fs-programme-finder offers-src="/test-api/offers-ngo.json /test-api/missing/offers.json"><script type="application/json">${JSON.stringify(inline)}</script></fs-programme-finder>`,
    );
    const titles = () => [...shadow(finder).querySelectorAll('[part="offer"] [role="heading"]')].map(text);
    await until(() => titles().length === 2, 'two offers');
    expect(titles()).to.deep.equal(['Kommunens kurs', 'Foreningens kurs']);
    // Each file is reported as it arrives; once both have, every problem is there, in the order of the sources.
    const problems = await until(() => {
      const found = (events.at(-1) as FsErrorEvent | undefined)?.detail.problems ?? [];
      return found.length === 7 && found;
    }, 'every problem');
    expect(problems.map((problem) => `${new URL(problem.source, location.href).pathname} ${problem.path} ${problem.code}`)).to.deep.equal([
      '/test-api/offers-ngo.json offers[2].title missing',
      '/test-api/offers-ngo.json offers[2].provider missing',
      '/test-api/offers-ngo.json offers[2].municipality missing',
      '/test-api/offers-ngo.json offers[2].languages missing',
      '/test-api/offers-ngo.json offers[2].price missing',
      // The inline offer of the same id was first: the file's copy is left out, and the editor hears of it.
      '/test-api/offers-ngo.json offers[0].id duplicate',
      '/test-api/missing/offers.json  http_error',
    ]);
    expect(problems.at(-1)?.params).to.deep.equal({ status: 404 });
  });

  it('reads an inline script that arrives after the element', async () => {
    const finder = fixture<FsProgrammeFinder>(html`<fs-programme-finder></fs-programme-finder>`);
    await loaded(finder);
    expect(shadow(finder).querySelector('[part="offer"]')).to.equal(null);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({ offers: [offer] });
    finder.append(script);
    await until(() => shadow(finder).querySelector('[part="offer"]'), 'the late offer');
    script.textContent = JSON.stringify({ offers: [{ ...offer, title: { nb: 'Endret tittel' } }] });
    await until(() => text(shadow(finder).querySelector('[part="offer"] [role="heading"]')) === 'Endret tittel', 'the changed offer');
  });

  it('narrows offers to a municipality (online ones stay), a language and what is open, and hides ended ones', async () => {
    const future = { startDate: '2099-01-10', endDate: '2099-02-10' };
    const offers = [
      { ...offer, ...future, id: 'bodo', title: { nb: 'Bodø-kurs' }, municipality: '1804', languages: ['nb', 'ar'], status: 'open' },
      { ...offer, ...future, id: 'fauske', title: { nb: 'Fauske-kurs' }, municipality: '1841', areaServed: ['1804'], languages: ['so'], status: 'full' },
      { ...offer, ...future, id: 'oslo', title: { nb: 'Oslo-kurs' }, municipality: '0301', languages: ['nb'] },
      { ...offer, ...future, id: 'nett', title: { nb: 'Nettkurs' }, municipality: 'online', languages: ['en'] },
      { ...offer, id: 'ended', title: { nb: 'Ferdig kurs' }, municipality: '1804', startDate: '2020-01-01', endDate: '2020-02-01' },
    ];
    const finder = fixture<FsProgrammeFinder>(
      html`<fs-programme-finder municipality="Bodø"><script type="application/json">${JSON.stringify({ offers })}</script></fs-programme-finder>`,
    );
    const titles = () => [...shadow(finder).querySelectorAll('[part="offer"] [role="heading"]')].map(text);
    await until(() => titles().length === 3, 'the offers for Bodø');
    expect(titles()).to.deep.equal(['Bodø-kurs', 'Fauske-kurs', 'Nettkurs']);
    const select = (id: string) => shadow(finder).querySelector<HTMLSelectElement>(`#${id}`) as HTMLSelectElement;
    expect(shadow(finder).querySelector<HTMLInputElement>('#municipality')?.value).to.equal('Bodø');
    expect([...select('language').options].map((option) => option.textContent)).to.deep.equal(['Alle språk', 'arabisk', 'engelsk', 'norsk bokmål', 'somali']);
    await expectAccessible(finder);
    select('language').value = 'so';
    select('language').dispatchEvent(new Event('change'));
    await until(() => titles().join() === 'Fauske-kurs', 'the Somali offer');
    const open = shadow(finder).querySelector<HTMLInputElement>('[part="offer-filters"] input[type="checkbox"]') as HTMLInputElement;
    open.click();
    await until(() => titles().length === 0, 'no open Somali offer');
    expect(text(shadow(finder).querySelector('section [part="message"]'))).to.equal('Ingen lokale tilbud passer søket og filtrene.');
    finder.municipality = '';
    finder.language = '';
    finder.openOnly = false;
    await until(() => titles().length === 4, 'all current offers');
    expect(titles()).not.to.include('Ferdig kurs');
    finder.showPast = true;
    await until(() => titles().length === 5, 'the ended offer too');
    expect(titles().at(-1)).to.equal('Ferdig kurs');
  });

  it('shows how to join each offer and every fact a parent needs', async () => {
    const full = {
      ...offer,
      startDate: '2099-01-10',
      endDate: '2099-02-10',
      registrationDeadline: '2099-01-05',
      status: 'waiting-list',
      referralRequired: true,
      attendance: 'both',
      accessibility: { nb: 'Trinnfri inngang' },
      interpreter: true,
      lastChecked: '2026-11-20',
      areaServed: ['1841'],
      contact: { name: 'Kari Nordmann', phone: '+47 75 55 50 00', email: 'kari@example.no' },
      description: { nb: 'Åtte kvelder.' },
      provider: { name: 'Testby kommune', kind: 'municipality', url: 'https://testby.example/' },
    };
    const byMail = { ...offer, id: 'mail', title: { nb: 'E-postkurs' }, startDate: '2099-03-01', endDate: undefined, signUpUrl: 'mailto:kurs@example.no' };
    const byPhone = {
      ...offer,
      id: 'phone',
      title: { nb: 'Ringekurs' },
      startDate: '2099-04-01',
      endDate: undefined,
      signUpUrl: undefined,
      contact: { phone: '+47 12 34 56 78' },
    };
    const finder = fixture<FsProgrammeFinder>(
      html`<fs-programme-finder><script type="application/json">${JSON.stringify({ offers: [full, byMail, byPhone] })}</script></fs-programme-finder>`,
    );
    await until(() => shadow(finder).querySelectorAll('[part="offer"]').length === 3, 'the offers');
    const [first, mail, phone] = [...shadow(finder).querySelectorAll('[part="offer"]')];
    const shown = await opened(first);
    expect(text(first?.querySelector('[part="offer-status"]'))).to.equal('Venteliste');
    expect(shown['Påmeldingsfrist']).to.equal('5. januar 2099');
    expect(shown['Henvisning']).to.equal('Du må ha henvisning');
    expect(shown['Språk']).to.equal('norsk bokmål, arabisk. Tolk kan skaffes');
    expect(shown['Sted']).to.match(/\(oppmøte eller på nett\)/);
    expect(shown['Kontakt']).to.equal('Kari Nordmann, +47 75 55 50 00, kari@example.no');
    expect(shown['Tilgjengelighet']).to.equal('Trinnfri inngang');
    expect(shown['Sist kontrollert']).to.equal('20. november 2026');
    expect(text(first?.querySelector('.join a'))).to.equal('Sett deg på venteliste: ICDP-gruppe i Testby');
    expect(first?.querySelector('a[href="tel:+4775555000"]')).to.not.equal(null);
    expect(text(mail?.querySelector('.join a'))).to.equal('Send e-post for å melde deg på: E-postkurs');
    expect(phone?.querySelector('.join a')?.getAttribute('href')).to.equal('tel:+4712345678');
    await expectAccessible(finder);
  });

  it('shows a long list 10 at a time, and "show more" moves focus to the first new item', async () => {
    const many = Array.from({ length: 15 }, (_, i) => ({ ...offer, id: `offer-${i + 1}`, title: { nb: `ICDP-gruppe ${i + 1}` } }));
    const finder = fixture<FsProgrammeFinder>(
      html`<fs-programme-finder><script type="application/json">${JSON.stringify({ offers: many })}</script></fs-programme-finder>`,
    );
    await until(() => shadow(finder).querySelector('[part="offer"]'), 'the offers');
    expect(shadow(finder).querySelectorAll('[part="offer"]')).to.have.length(10);
    expect(text(shadow(finder).querySelector('[part="count"]'))).to.equal('17 programmer passer. 15 lokale tilbud.');
    const more = shadow(finder).querySelector('[part="more"]') as HTMLButtonElement;
    expect(text(more)).to.equal('Vis 5 tilbud til (10 av 15 vises)');
    await expectAccessible(finder);
    more.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => shadow(finder).querySelectorAll('[part="offer"]').length === 15, 'all 15 offers');
    // The offers' "show more" is gone; the programmes' own stays under their list.
    expect([...shadow(finder).querySelectorAll('[part="more"]')].map(text)).to.deep.equal(['Vis 5 programmer til (10 av 15 vises)']);
    const focused = await until(() => deepActiveElement()?.closest('[part="offer"]'), 'focus on the 11th offer');
    expect(text(focused.querySelector('[role="heading"]'))).to.equal('ICDP-gruppe 11');
  });

  it('shows the SDK’s ranking while the reader types and erases', async () => {
    const chunk = await loadChunk('programmes', 'nb');
    // Families' programmes in the SDK's order, then staff training and collaboration models in theirs.
    const expected = (query: string) => {
      const ranked = createProgrammeSearch(chunk)
        .search(query)
        .map((hit) => hit.item);
      // What is for staff is listed only when nothing for families is found (else it waits behind its button).
      const families = ranked.filter((p) => !isForProfessionals(p)).slice(0, 10);
      const shown = families.length ? families : ranked.filter(isForProfessionals).slice(0, 10);
      return shown.map((programme) => programme.name.nb);
    };
    const finder = fixture<FsProgrammeFinder>(html`<fs-programme-finder></fs-programme-finder>`);
    await loaded(finder);
    let typed = '';
    for (const query of ['f', 'fo', 'for', 'fore', 'foreldre', 'foreldre g']) {
      await type(finder, query.slice(typed.length));
      typed = query;
      expect(names(finder), query).to.deep.equal(expected(query));
    }
    const input = shadow(finder).querySelector('input[type="search"]') as HTMLInputElement;
    for (let i = 0; i < 8; i += 1) await sendKeys({ press: 'Backspace' });
    await finder.updateComplete;
    expect(input.value).to.equal('fo');
    expect(names(finder)).to.deep.equal(expected('fo'));
  });

  it('loads offers from offers-src', async () => {
    const finder = fixture<FsProgrammeFinder>(html`<fs-programme-finder offers-src="/examples/tilbud.json"></fs-programme-finder>`);
    await until(() => shadow(finder).querySelector('[part="offer"]'), 'the offer');
    expect(text(shadow(finder).querySelector('[part="offer"]'))).to.include('Tuning in to Kids');
  });

  it('filters itself when a prevention-level explainer asks to show programmes', async () => {
    const finder = fixture<FsProgrammeFinder>(html`<fs-programme-finder></fs-programme-finder>`);
    await loaded(finder);
    const event = new FsShowProgrammesEvent('indicated');
    document.body.dispatchEvent(event);
    expect(event.defaultPrevented).to.equal(true);
    await finder.updateComplete;
    expect(finder.levels).to.deep.equal(['indicated']);
    expect(names(finder)).to.include('Marte Meo');
    expect(names(finder)).to.not.include('Godt samliv');
  });
});
