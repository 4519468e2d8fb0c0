import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { expect } from 'chai';
import { html } from 'lit';
import type { FsErrorEvent } from '../../events/fs-error.js';
import { expectAccessible, fixture, recordEvents, shadow, text, until, useLocalization } from '../../internal/test/helpers.js';
import './fs-offer-coverage.js';
import type { FsOfferCoverage } from './offer-coverage.js';

// The example municipalities' offers files, made with the CLI from CSV (clearly fictional offers).
const TYNSET = '/examples/tiltaksvifte/tynset.json';
const BODO = '/examples/tiltaksvifte/bodo.json';
const DATE = '2026-12-06';

const localization = useLocalization();
const loaded = (element: FsOfferCoverage) =>
  until(() => !element.matches(':state(loading)') && shadow(element).querySelector('[part="grid"] tbody td'), 'the grid', 8000);
const rows = (element: FsOfferCoverage) =>
  [...shadow(element).querySelectorAll('[part="grid"] tbody tr')].map((row) => [
    text(row.querySelector('th')),
    ...[...row.querySelectorAll('td')].map((cell) => (cell.querySelector('[part="gap"]') ? 'GAP' : cell.querySelectorAll('li').length)),
  ]);

describe('<fs-offer-coverage>', () => {
  it('lays out the municipality’s offers by prevention level and age band, each gap said in words with what could fill it', async () => {
    const element = fixture<FsOfferCoverage>(html`<fs-offer-coverage municipality="Tynset" offers-src=${TYNSET} date=${DATE}></fs-offer-coverage>`);
    await loaded(element);
    expect(text(shadow(element).querySelector('[part="heading"]'))).to.equal('Tiltaksvifte for Tynset');
    expect(text(shadow(element).querySelector('[part="summary"]'))).to.equal(
      '5 av 15 felt har minst ett tilbud. Ingen tilbud for: Gravide / venter barn og 13–18 år. Ingen tilbud på nivå: For familier med vansker (indikativt).',
    );
    const headers = [...shadow(element).querySelectorAll('[part="grid"] thead th')].map((th) => [text(th), th.getAttribute('scope')]);
    expect(headers).to.deep.equal([
      ['Nivå', 'col'],
      ['Gravide / venter barn', 'col'],
      ['0–2 år', 'col'],
      ['3–5 år', 'col'],
      ['6–12 år', 'col'],
      ['13–18 år', 'col'],
    ]);
    expect(rows(element)).to.deep.equal([
      ['For alle (universelt)', 'GAP', 4, 4, 2, 'GAP'],
      ['For familier med risiko (selektivt)', 'GAP', 2, 2, 'GAP', 'GAP'],
      ['For familier med vansker (indikativt)', 'GAP', 'GAP', 'GAP', 'GAP', 'GAP'],
    ]);
    expect(shadow(element).querySelector('[part="grid"] tbody th')?.getAttribute('scope')).to.equal('row');
    const indicated = shadow(element).querySelectorAll('[part="grid"] tbody tr')[2]?.querySelectorAll('td');
    // A gap names the documented programmes that could fill it, best documented first; or says the catalogue has none.
    expect(text(indicated?.[3])).to.match(/^Ingen tilbud Kan fylles av: PMTO – individuell foreldreveiledning, De utrolige årene/);
    expect(text(indicated?.[4])).to.equal('Ingen tilbud Katalogen har ikke noe program for familier her.');
    // An offer names its provider and links to where to sign up.
    const first = shadow(element).querySelector('[part="grid"] tbody td li');
    expect(text(first)).to.equal('ICDP-gruppe for småbarnsforeldre (eksempel) (Eksempel: Tynset kommune, helsestasjonen)');
    expect(first?.querySelector('a')?.getAttribute('href')).to.equal('https://example.no/tynset/icdp');
  });

  it('is accessible with offers, by service, with problems shown to editors, and without offers', async () => {
    const element = fixture<FsOfferCoverage>(html`<fs-offer-coverage municipality="1804" offers-src=${BODO} date=${DATE}></fs-offer-coverage>`);
    await loaded(element);
    await expectAccessible(element);
    element.view = 'services';
    await until(() => shadow(element).querySelector('[part="services"]'), 'the services view');
    await expectAccessible(element);
    const broken = fixture<FsOfferCoverage>(
      html`<fs-offer-coverage municipality="1804" preview date=${DATE}><script type="application/json">{"offers":[{"id":"x"}]}</script></fs-offer-coverage>`,
    );
    await until(() => shadow(broken).querySelector('[part="preview"] li'), 'the preview');
    expect(broken.matches(':state(error)')).to.equal(true);
    expect(broken.matches(':state(empty)')).to.equal(true);
    await expectAccessible(broken);
  });

  it('shows offers by the service that runs them, online ones apart, and those it cannot place with why', async () => {
    const element = fixture<FsOfferCoverage>(html`<fs-offer-coverage municipality="1804" offers-src=${BODO} date=${DATE} view="services"></fs-offer-coverage>`);
    await until(() => shadow(element).querySelector('[part="services"] tbody th'), 'the services view', 8000);
    const services = [...shadow(element).querySelectorAll('[part="services"] tbody th')].map(text);
    expect(services).to.deep.equal([
      'Helsestasjon og skolehelsetjeneste',
      'Barnehage',
      'PP-tjenesten',
      'Familievernet',
      'Barnevernet',
      'Psykisk helse og rus',
      'Frivillig organisasjon',
    ]);
    expect(shadow(element).querySelector('[aria-pressed="true"]')?.textContent?.trim()).to.equal('Etter tjeneste');
    expect(text(shadow(element).querySelector('[part="online"]'))).to.include('Tuning in to Kids på nett (eksempel)');
    expect(text(shadow(element).querySelector('[part="unplaced"]'))).to.equal(
      'Kunne ikke plasseres Foreldrekafé (eksempel): oppgir ikke nivå, og har ikke noe program i katalogen.',
    );
    (shadow(element).querySelector('[part="views"] button') as HTMLButtonElement).click();
    await until(() => shadow(element).querySelector('[part="grid"]'), 'back to the grid');
  });

  it('becomes a list per level or per service in a narrow container, with the same cells', async () => {
    await setViewport({ width: 360, height: 800 });
    try {
      const element = fixture<FsOfferCoverage>(html`<fs-offer-coverage municipality="Tynset" offers-src=${TYNSET} date=${DATE}></fs-offer-coverage>`);
      await loaded(element);
      const table = shadow(element).querySelector('[part="grid"]')?.closest('.table-wrap') as HTMLElement;
      const list = shadow(element).querySelector('.by-level') as HTMLElement;
      expect(getComputedStyle(table).display).to.equal('none');
      expect(getComputedStyle(list).display).to.equal('block');
      expect([...list.querySelectorAll('[role="heading"]')].map(text)).to.deep.equal([
        'For alle (universelt)',
        'For familier med risiko (selektivt)',
        'For familier med vansker (indikativt)',
      ]);
      expect(list.querySelectorAll('[part="gap"]')).to.have.length(10);
      await expectAccessible(element);
      element.view = 'services';
      await until(() => shadow(element).querySelector('[part="services"]'), 'the services view');
      const services = shadow(element).querySelector('.by-level') as HTMLElement;
      expect(getComputedStyle(shadow(element).querySelector('[part="services"]')?.closest('.table-wrap') as HTMLElement).display).to.equal('none');
      expect([...services.querySelectorAll('[role="heading"]')].map(text)).to.deep.equal([
        'Helsestasjon og skolehelsetjeneste',
        'Barnehage',
        'Frivillig organisasjon',
      ]);
      expect([...services.querySelectorAll('dt')].map(text).slice(0, 3)).to.deep.equal([
        'For alle (universelt)',
        'For familier med risiko (selektivt)',
        'For familier med vansker (indikativt)',
      ]);
      await expectAccessible(element);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('prints the table at any width, without the view buttons', async () => {
    await setViewport({ width: 360, height: 800 });
    await emulateMedia({ media: 'print' });
    try {
      const element = fixture<FsOfferCoverage>(html`<fs-offer-coverage municipality="Tynset" offers-src=${TYNSET} date=${DATE}></fs-offer-coverage>`);
      await loaded(element);
      const table = shadow(element).querySelector('[part="grid"]')?.closest('.table-wrap') as HTMLElement;
      expect(getComputedStyle(table).display).to.equal('block');
      expect(getComputedStyle(shadow(element).querySelector('.by-level') as HTMLElement).display).to.equal('none');
      expect(getComputedStyle(shadow(element).querySelector('[part="views"]') as HTMLElement).display).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('reports a file that could not be read, and counts the offers of the others', async () => {
    const errors = recordEvents<FsErrorEvent>(document, 'fs-error');
    const element = fixture<FsOfferCoverage>(
      html`<fs-offer-coverage municipality="Tynset" offers-src=${`/test-api/missing/offers.json ${TYNSET}`} date=${DATE}></fs-offer-coverage>`,
    );
    await until(() => errors.length && !element.matches(':state(loading)') && rows(element).length, 'the error and the grid', 8000);
    expect(errors[0]?.detail.problems?.[0]?.code).to.equal('http_error');
    expect(rows(element)[0]).to.deep.equal(['For alle (universelt)', 'GAP', 4, 4, 2, 'GAP']);
  });

  it('speaks nynorsk and English', async () => {
    const element = fixture<FsOfferCoverage>(html`<fs-offer-coverage municipality="Tynset" offers-src=${TYNSET} date=${DATE}></fs-offer-coverage>`);
    await loaded(element);
    document.documentElement.lang = 'nn';
    await until(() => text(shadow(element).querySelector('[part="summary"]')).startsWith('5 av 15 felt har minst eitt tilbod.'), 'nynorsk');
    expect(text(shadow(element).querySelector('[part="grid"] thead'))).to.include('Gravide / ventar barn');
    await localization.setLocale('en');
    await until(() => text(shadow(element).querySelector('[part="heading"]')) === 'Parent support in Tynset: levels and ages covered', 'English');
    expect(text(shadow(element).querySelector('[part="grid"] tbody th'))).to.equal('For everyone (universal)');
  });

  it('takes the gap colour from its custom property', async () => {
    const element = fixture<FsOfferCoverage>(
      html`<fs-offer-coverage municipality="Tynset" offers-src=${TYNSET} date=${DATE} style="--fs-offer-coverage-gap-background: rgb(1, 2, 3)"></fs-offer-coverage>`,
    );
    await loaded(element);
    expect(getComputedStyle(shadow(element).querySelector('[part="gap"]') as Element).backgroundColor).to.equal('rgb(1, 2, 3)');
  });
});
