// "Legg i kalender": an offer as an iCalendar file that calendar programs read (RFC 5545).
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { offerCalendar, validateOffers, type Offer } from '@foreldrestotte/sdk';

const [course] = validateOffers({
  offers: [
    {
      id: 'icdp-var',
      title: { nb: 'ICDP; foreldregruppe, våren', en: 'ICDP parent group' },
      programme: 'icdp',
      provider: { name: 'Eksempelvik helsestasjon', kind: 'municipality' },
      municipality: '4601',
      address: { street: 'Torget 2', place: 'Eksempelvik' },
      startDate: '2027-02-02',
      endDate: '2027-03-23',
      schedule: { nb: 'Tirsdager kl. 18–20, 8 ganger' },
      languages: ['nb'],
      price: { free: true },
      signUpUrl: 'https://eksempelvik.example/pamelding/icdp',
    },
  ],
});
const now = new Date('2026-12-06T10:11:12.345Z');
/** The file's content lines, continuation lines joined again. */
const lines = (ics: string) => ics.replace(/\r\n /g, '').split('\r\n');

describe('offerCalendar', () => {
  it('writes one whole-day event on the first day of a long course, the period and schedule in words', () => {
    const ics = offerCalendar(course!, { now, placeName: 'Bergen' }) as string;
    expect(ics.endsWith('\r\n')).to.equal(true);
    expect(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).to.equal(true);
    const content = lines(ics);
    expect(content.slice(0, 6)).to.deep.equal([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Foreldrestøtte kit//offerCalendar//NO',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'BEGIN:VEVENT',
    ]);
    expect(content).to.include.members([
      'UID:icdp-var@foreldrestotte-kit',
      'DTSTAMP:20261206T101112Z',
      'DTSTART;VALUE=DATE:20270202',
      'DTEND;VALUE=DATE:20270203',
      // Semicolons and commas in text are escaped.
      'SUMMARY:ICDP\\; foreldregruppe\\, våren',
      'LOCATION:Torget 2\\, Eksempelvik\\, Bergen',
      'URL:https://eksempelvik.example/pamelding/icdp',
      'END:VEVENT',
      'END:VCALENDAR',
    ]);
    const description = content.find((line) => line.startsWith('DESCRIPTION:'));
    expect(description).to.equal(
      'DESCRIPTION:2027-02-02 – 2027-03-23\\nTirsdager kl. 18–20\\, 8 ganger\\nEksempelvik helsestasjon\\nhttps://eksempelvik.example/pamelding/icdp',
    );
  });

  it('spans a weekend course, speaks the asked language, and has nothing to say without a start date', () => {
    const weekend = { ...course!, startDate: '2027-03-20', endDate: '2027-03-21' };
    const content = lines(offerCalendar(weekend, { now, locale: 'en' }) as string);
    expect(content).to.include.members(['DTSTART;VALUE=DATE:20270320', 'DTEND;VALUE=DATE:20270322', 'SUMMARY:ICDP parent group']);
    const undated = Object.fromEntries(Object.entries(course!).filter(([key]) => key !== 'startDate')) as Offer;
    expect(offerCalendar(undated)).to.equal(undefined);
  });

  it('never lets a line break or control character in the data start a property of its own', () => {
    const hostile = { ...course!, title: { nb: 'Kurs\r\nATTENDEE:mailto:x@example.org\u0007' } };
    const content = lines(offerCalendar(hostile, { now }) as string);
    expect(content.filter((line) => line.startsWith('ATTENDEE'))).to.deep.equal([]);
    expect(content).to.include('SUMMARY:Kurs\\nATTENDEE:mailto:x@example.org');
  });
});
