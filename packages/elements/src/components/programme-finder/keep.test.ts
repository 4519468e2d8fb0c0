// What people do with what they found: compare programmes side by side, send a link to one programme or course, and
// put a course in their calendar.
import { expect } from 'chai';
import { html } from 'lit';
import { deepActiveElement, expectAccessible, fixture, shadow, text, until, useLocalization } from '../../internal/test/helpers.js';
import './fs-programme-finder.js';
import type { FsProgrammeFinder } from './programme-finder.js';

useLocalization();

const loaded = (finder: FsProgrammeFinder) => until(() => shadow(finder).querySelector('[part="result"]'), 'the finder to load');
const toggle = (finder: FsProgrammeFinder, id: string) =>
  shadow(finder).querySelector<HTMLButtonElement>(`#programme-${id} [part="compare-toggle"]`) as HTMLButtonElement;
const columns = (finder: FsProgrammeFinder) => [...shadow(finder).querySelectorAll('[part="compare"] thead th .programme-name')].map(text);

const course = {
  id: 'icdp-var',
  title: { nb: 'ICDP-gruppe for småbarnsforeldre' },
  programme: 'icdp',
  provider: { name: 'Testby helsestasjon', kind: 'municipality' },
  municipality: '4601',
  address: { street: 'Torget 2' },
  startDate: '2099-02-02',
  endDate: '2099-03-23',
  languages: ['nb'],
  price: { free: true },
  signUpUrl: 'https://kommune.example/pamelding',
};
const offers = { offers: [course, { ...course, id: 'undated', title: { nb: 'Foreldrekafé' }, startDate: undefined, endDate: undefined }] };

describe('<fs-programme-finder>: compare, share and keep', () => {
  afterEach(() => history.replaceState(null, '', location.pathname));

  it('compares up to three programmes side by side, in the finder and in the address', async () => {
    const finder = fixture<FsProgrammeFinder>(html`<fs-programme-finder sync-url></fs-programme-finder>`);
    await loaded(finder);
    toggle(finder, 'icdp').click();
    await finder.updateComplete;
    expect(toggle(finder, 'icdp').getAttribute('aria-pressed')).to.equal('true');
    expect(text(shadow(finder).querySelector('[part="compare"]'))).to.include('Velg ett eller to programmer til');
    toggle(finder, 'cos-p').click();
    await until(() => columns(finder).length === 2, 'the comparison');
    expect(columns(finder)).to.deep.equal(['ICDP – International Child Development Programme', 'Trygghetssirkelen (COS-P)']);
    expect(new URL(location.href).searchParams.get('fs-compare')).to.equal('icdp,cos-p');
    toggle(finder, 'tik').click();
    await until(() => columns(finder).length === 3, 'three');
    // A fourth waits until one is taken out.
    expect(toggle(finder, 'pmto').disabled).to.equal(true);
    await expectAccessible(finder);
    // "Reset" clears the search, not the comparison.
    const input = shadow(finder).querySelector('input[type="search"]') as HTMLInputElement;
    input.value = 'sinne';
    input.dispatchEvent(new Event('input'));
    await finder.updateComplete;
    (shadow(finder).querySelector('[part="reset"]') as HTMLButtonElement).click();
    await finder.updateComplete;
    expect(columns(finder)).to.have.length(3);
    // Taken out from the table.
    (shadow(finder).querySelector('[part="compare"] thead [part="remove"]') as HTMLButtonElement).click();
    await until(() => columns(finder).length === 2, 'two left');
    expect(toggle(finder, 'pmto').disabled).to.equal(false);
  });

  it('opens on the programme a shared link points to, its facts open and focused, even behind a search', async () => {
    history.replaceState(null, '', `${location.pathname}#programme-tik`);
    const finder = fixture<FsProgrammeFinder>(html`<fs-programme-finder query="fengsel"></fs-programme-finder>`);
    await until(() => deepActiveElement()?.id === 'programme-tik', 'the shared programme focused', 8000);
    expect(finder.query).to.equal('');
    expect(shadow(finder).querySelector<HTMLDetailsElement>('#programme-tik details')?.open).to.equal(true);
    // Each programme has its link to send.
    expect(shadow(finder).querySelector<HTMLAnchorElement>('#programme-icdp [part="share"]')?.href).to.equal(
      `${location.origin}${location.pathname}#programme-icdp`,
    );
  });

  it('opens the list for staff when a shared link points to a programme in it', async () => {
    history.replaceState(null, '', `${location.pathname}#programme-tidlig-inn`);
    const finder = fixture<FsProgrammeFinder>(html`<fs-programme-finder></fs-programme-finder>`);
    await until(() => deepActiveElement()?.id === 'programme-tidlig-inn', 'the shared programme focused', 8000);
    expect(shadow(finder).querySelector('[part="professionals-toggle"]')?.getAttribute('aria-expanded')).to.equal('true');
    expect(shadow(finder).querySelector<HTMLDetailsElement>('#programme-tidlig-inn details')?.open).to.equal(true);
    await expectAccessible(finder);
  });

  it('opens on a shared course once the courses arrive, and puts a dated course in the calendar', async () => {
    history.replaceState(null, '', `${location.pathname}#offer-icdp-var`);
    const finder = fixture<FsProgrammeFinder>(
      html`<fs-programme-finder><script type="application/json">${JSON.stringify(offers)}</script></fs-programme-finder>`,
    );
    await until(() => deepActiveElement()?.id === 'offer-icdp-var', 'the shared course focused', 8000);
    const calendar = shadow(finder).querySelector<HTMLAnchorElement>('#offer-icdp-var [part="calendar"]') as HTMLAnchorElement;
    expect(calendar.download).to.equal('icdp-var.ics');
    expect(text(calendar)).to.equal('Legg i kalender: ICDP-gruppe for småbarnsforeldre');
    const ics = decodeURIComponent(calendar.href.replace(/^data:text\/calendar;charset=utf-8,/, ''));
    expect(ics).to.include('DTSTART;VALUE=DATE:20990202\r\n');
    expect(ics).to.include('SUMMARY:ICDP-gruppe for småbarnsforeldre\r\n');
    expect(ics).to.include('URL:https://kommune.example/pamelding\r\n');
    // A course without dates has nothing to put in a calendar.
    expect(shadow(finder).querySelector('#offer-undated [part="calendar"]')).to.equal(null);
    expect(shadow(finder).querySelector<HTMLAnchorElement>('#offer-undated [part="share"]')?.href).to.match(/#offer-undated$/);
  });
});
