// A parent's own question in the finder, on a phone: answers right under the field, the child's age read and shown so
// it can be taken away, local courses for other ages left out, and never a dead end.
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { expect } from 'chai';
import { html } from 'lit';
import { lastAnnouncement } from '../../internal/announcer.js';
import { deepActiveElement, expectAccessible, fixture, shadow, text, until, useLocalization } from '../../internal/test/helpers.js';
import './fs-programme-finder.js';
import type { FsProgrammeFinder } from './programme-finder.js';

const localization = useLocalization();

const loaded = (finder: FsProgrammeFinder) => until(() => shadow(finder).querySelector('[part="count"]'), 'the finder to load');
const names = (finder: FsProgrammeFinder) => [...shadow(finder).querySelectorAll('[part~="result"] [role="heading"]')].map(text);
const offerTitles = (finder: FsProgrammeFinder) => [...shadow(finder).querySelectorAll('[part="offer"] [role="heading"]')].map(text);
const chip = (finder: FsProgrammeFinder) => shadow(finder).querySelector('[part="age"]');

async function type(finder: FsProgrammeFinder, query: string): Promise<void> {
  const input = shadow(finder).querySelector('input[type="search"]') as HTMLInputElement;
  input.focus();
  await sendKeys({ type: query });
  await finder.updateComplete;
}

const course = (id: string, title: string, ageRange: { min: number; max: number }) => ({
  id,
  title: { nb: title },
  programme: 'icdp',
  provider: { name: 'Testby kommune', kind: 'municipality' },
  municipality: '4601',
  languages: ['nb'],
  price: { free: true },
  ageRange,
});
const courses = {
  offers: [course('small', 'ICDP for småbarnsforeldre', { min: 0, max: 5 }), course('teen', 'ICDP for foreldre med ungdom', { min: 13, max: 18 })],
};

describe('<fs-programme-finder> with a parent’s question', () => {
  it('reads the child’s age, puts what fits first, shows the age and lets the reader take it away', async () => {
    const finder = fixture<FsProgrammeFinder>(html`<fs-programme-finder></fs-programme-finder>`);
    await loaded(finder);
    await type(finder, 'sønnen på 14 er sint hele tiden');
    await until(() => chip(finder), 'the age read');
    expect(text(chip(finder))).to.equal('Alder: 14 år');
    // TIBIR and PMTO (3–12) match "sint" too, but ICDP is for a 14-year-old.
    expect(names(finder)[0]).to.equal('ICDP – International Child Development Programme');
    await until(() => /passer\. Alder: 14 år\.$/.test(lastAnnouncement()), 'the count and the age announced');
    await expectAccessible(finder);
    const remove = chip(finder)?.querySelector('button') as HTMLButtonElement;
    expect(remove.getAttribute('aria-label')).to.equal('Fjern Alder: 14 år');
    remove.click();
    await until(() => !chip(finder), 'the age taken away');
    expect(names(finder)[0]).to.not.equal('ICDP – International Child Development Programme');
    expect((deepActiveElement() as HTMLInputElement | null)?.type).to.equal('search');
    // It stays away while the question says the same age, and a new age is read again.
    await type(finder, ' og slår');
    expect(chip(finder)).to.equal(null);
    const input = shadow(finder).querySelector('input[type="search"]') as HTMLInputElement;
    input.value = 'treåringen slår';
    input.dispatchEvent(new Event('input'));
    await until(() => text(chip(finder)) === 'Alder: 3 år', 'a new age');
  });

  it('leaves out local courses for other ages while an age is read', async () => {
    const finder = fixture<FsProgrammeFinder>(
      html`<fs-programme-finder><script type="application/json">${JSON.stringify(courses)}</script></fs-programme-finder>`,
    );
    await until(() => offerTitles(finder).length === 2, 'both courses');
    await type(finder, 'tenåring');
    await until(() => chip(finder), 'the age read');
    expect(offerTitles(finder)).to.deep.equal(['ICDP for foreldre med ungdom']);
    (chip(finder)?.querySelector('button') as HTMLButtonElement).click();
    await until(() => offerTitles(finder).length === 2, 'both courses again');
  });

  it('speaks the age in nynorsk and English', async () => {
    const finder = fixture<FsProgrammeFinder>(html`<fs-programme-finder></fs-programme-finder>`);
    await loaded(finder);
    await type(finder, 'vi ventar barn');
    await until(() => chip(finder), 'the age read');
    expect(text(chip(finder))).to.equal('Venter barn');
    await localization.setLocale('nn');
    await until(() => text(chip(finder)) === 'Ventar barn', 'nynorsk');
    await localization.setLocale('en');
    await until(() => text(chip(finder)) === 'Expecting a baby', 'English');
  });

  it('never ends in a dead end: where to get help, the page’s contact, and common topics to try', async () => {
    const finder = fixture<FsProgrammeFinder>(
      html`<fs-programme-finder contact-href="https://kommune.example/familie" contact-label="Familietjenesten i Testby"></fs-programme-finder>`,
    );
    await loaded(finder);
    // Before a search: common topics to start from.
    const shortcuts = () => [...shadow(finder).querySelectorAll('[part="shortcut"]')].map(text);
    expect(shortcuts()).to.deep.equal(['Sinne og trass', 'Følelser', 'Ungdom', 'Venter barn', 'Baby', 'Samliv', 'Ny i Norge']);
    await type(finder, 'søvn');
    await until(() => shadow(finder).querySelector('[part="where-to-turn"]'), 'where to get help');
    const help = shadow(finder).querySelector('[part="where-to-turn"]') as HTMLElement;
    const contact = help.querySelector<HTMLAnchorElement>('[part="contact"]');
    expect(contact?.href).to.equal('https://kommune.example/familie');
    expect(text(contact)).to.equal('Familietjenesten i Testby');
    expect([...help.querySelectorAll('li')].map((item) => text(item).split(':')[0])).to.deep.equal([
      'Familietjenesten i Testby',
      'Helsestasjonen og skolehelsetjenesten',
      'Familievernkontoret',
      'Barneverntjenesten i kommunen',
      'Foreldrehverdag.no',
    ]);
    // "søvn" is a word of its own: no "Mente du soner?".
    expect(shadow(finder).querySelector('[part="suggestion"]')).to.equal(null);
    await expectAccessible(finder);
    // A topic searches at once, and the answers come.
    const anger = [...shadow(finder).querySelectorAll<HTMLButtonElement>('[part="shortcut"]')].find((button) => text(button) === 'Sinne og trass');
    anger?.click();
    await until(() => names(finder).length > 0, 'answers');
    expect(finder.query).to.equal('sinne trass');
    expect(names(finder)).to.include('TIBIR – Tidlig innsats for barn i risiko');
    // A programme with no service named says to ask, and links the page's contact.
    const ask = shadow(finder).querySelector<HTMLAnchorElement>('[part="where"] a[part="contact"]');
    expect(ask?.href).to.equal('https://kommune.example/familie');
  });

  it('puts the first answer right under the search field on a phone, the filters behind one button', async () => {
    await setViewport({ width: 360, height: 780 });
    try {
      const finder = fixture<FsProgrammeFinder>(
        html`<fs-programme-finder><script type="application/json">${JSON.stringify(courses)}</script></fs-programme-finder>`,
      );
      await until(() => offerTitles(finder).length === 2, 'the courses');
      await type(finder, 'hva gjør vi når 4-åringen får raserianfall');
      await until(() => chip(finder), 'the age read');
      const field = (shadow(finder).querySelector('input[type="search"]') as HTMLElement).getBoundingClientRect();
      const first = shadow(finder).querySelector('[part~="result"], [part="offer"]')?.getBoundingClientRect();
      expect((first?.top ?? Infinity) - field.bottom, 'the first answer below the field').to.be.at.most(400);
      // The programme and course filters wait behind "Filter".
      const panel = shadow(finder).querySelector('#filters-panel') as HTMLElement;
      expect(getComputedStyle(panel).display).to.equal('none');
      (shadow(finder).querySelector('[part="filter-toggle"]') as HTMLButtonElement).click();
      await finder.updateComplete;
      expect(getComputedStyle(panel).display).to.not.equal('none');
      expect(panel.querySelector('[part="offer-filters"] legend')?.textContent?.trim()).to.equal('Lokale tilbud');
      await expectAccessible(finder);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
