// One local offer as a parent sees it: what, when, where, for whom, whether it is open (in words and by a shape of its
// own, never colour alone), and how to join. Every value from the file stands isolated (`<bdi>`) inside the kit's own
// sentences, so a direction mark in it cannot reorder them.
import { msg, str } from '@lit/localize';
import { html, nothing, svg } from 'lit';
import {
  canSignUp,
  languageName,
  localize,
  offerCalendar,
  offerState,
  safeLink,
  type Locale,
  type Offer,
  type OfferState,
  type Programme,
} from '@foreldrestotte/sdk';
import { formatDate } from '../../../internal/dates.js';
import { shareHref } from '../../../internal/share.js';
import { whenOpen } from '../../../internal/when-open.js';
import { ageText } from '../../../internal/vocabulary.js';

/** Calendar addresses by offer and language: made once, not at every keystroke that lists the offer again. */
const calendars = new WeakMap<Offer, Map<Locale, string | undefined>>();

function calendarHref(offer: Offer, locale: Locale, nameOf: NameOf): string | undefined {
  let byLocale = calendars.get(offer);
  if (!byLocale) calendars.set(offer, (byLocale = new Map()));
  if (!byLocale.has(locale)) {
    const ics = offerCalendar(offer, { locale, placeName: offer.municipality === 'online' ? undefined : nameOf(offer.municipality) });
    byLocale.set(locale, ics === undefined ? undefined : `data:text/calendar;charset=utf-8,${encodeURIComponent(ics)}`);
  }
  return byLocale.get(locale);
}

/**
 * "Legg i kalender" for an offer with a start date that has not ended: an iCalendar file (offerCalendar) as a data
 * address with `download`, so it needs no script on click and no request, and the strict CSP allows it.
 */
function renderCalendar(offer: Offer, state: OfferState | undefined, nameOf: NameOf, locale: Locale, title: string) {
  if (!offer.startDate || state === 'ended' || state === 'cancelled') return nothing;
  const href = calendarHref(offer, locale, nameOf);
  if (!href) return nothing;
  return html`<a class="calendar" part="calendar" target="_self" href=${href} download=${`${offer.id}.ics`}
    >${msg('Legg i kalender', { id: 'offer.calendar' })}${forTitle(title)}</a
  >`;
}

/** Names of municipalities, by number, once the register is here. */
export type NameOf = (number: string) => string | undefined;

const stateText = (state: OfferState) =>
  ({
    open: msg('Åpen for påmelding', { id: 'offer.status.open' }),
    full: msg('Fullt', { id: 'offer.status.full' }),
    'waiting-list': msg('Venteliste', { id: 'offer.status.waitingList' }),
    cancelled: msg('Avlyst', { id: 'offer.status.cancelled' }),
    'deadline-passed': msg('Påmeldingsfristen er ute', { id: 'offer.deadlinePassed' }),
    ended: msg('Avsluttet', { id: 'offer.ended' }),
  })[state];

/** Each state's own shape, beside its word: a tick, an hourglass, a barred circle, a cross, a clock, a dash. */
const stateIcons: Record<OfferState, unknown> = {
  open: svg`<path d="M3.5 8.5 6.5 11.5 12.5 4.5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>`,
  'waiting-list': svg`<path d="M4 2h8M4 14h8M5 2c0 4 6 4 6 6s-6 2-6 6M11 2c0 4-6 4-6 6s6 2 6 6" fill="none" stroke="currentColor" stroke-width="1.4" stroke-linecap="round"/>`,
  full: svg`<circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M4.5 8h7" stroke="currentColor" stroke-width="2"/>`,
  cancelled: svg`<path d="M4 4l8 8M12 4l-8 8" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"/>`,
  'deadline-passed': svg`<circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M8 4.5V8h3" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round"/>`,
  ended: svg`<path d="M3 8h10" stroke="currentColor" stroke-width="2" stroke-linecap="round"/>`,
};

function renderState(state: OfferState) {
  return html`<p class="offer-status" part="offer-status" data-state=${state}><svg class="state-icon" viewBox="0 0 16 16" width="16" height="16"
      aria-hidden="true" focusable="false">${stateIcons[state]}</svg>${stateText(state)}</p>`;
}

const attendanceText = (offer: Offer) => {
  const mode = offer.attendance ?? (offer.municipality === 'online' ? 'online' : undefined);
  if (mode === 'online') return msg('På nett', { id: 'offer.online' });
  if (mode === 'both') return msg('Oppmøte eller på nett', { id: 'offer.attendance.both' });
  if (mode === 'in-person') return msg('Oppmøte', { id: 'offer.attendance.inPerson' });
  return undefined;
};

/** The title after a short visible label, for screen readers only: a sign-up button on a phone stays one line. */
const forTitle = (title: string) => html`<span class="visually-hidden">: <bdi>${title}</bdi></span>`;

/** How to join: the sign-up link (web, e-mail or phone), else the contact's phone or e-mail, else the provider's page. */
function renderJoin(offer: Offer, title: string, today: string) {
  // A waiting list can still be joined; a full or cancelled offer, a passed deadline or an ended offer cannot.
  if (!canSignUp(offer, today)) return nothing;
  const link = safeLink(offer.signUpUrl);
  if (link) {
    const label = link.startsWith('mailto:')
      ? msg('Send e-post for å melde deg på', { id: 'offer.signUpEmail' })
      : link.startsWith('tel:')
        ? msg('Ring for å melde deg på', { id: 'offer.signUpPhone' })
        : offer.status === 'waiting-list'
          ? msg('Sett deg på venteliste', { id: 'offer.joinWaitingList' })
          : msg('Meld deg på', { id: 'offer.signUp' });
    return html`<p class="join"><a class="button" href=${link} data-print-link=${link.replace(/^(mailto|tel):/, '')}>${label}${forTitle(title)}</a></p>`;
  }
  const { phone, email, name } = offer.contact ?? {};
  if (phone || email) {
    const who = name ?? offer.provider.name;
    const call = phone ? html`<a href=${`tel:${phone.replace(/\s+/g, '')}`}>${msg(html`ring <bdi>${phone}</bdi>`, { id: 'offer.call' })}</a>` : nothing;
    const write = email ? html`<a href=${`mailto:${email}`}>${msg(html`send e-post til <bdi>${email}</bdi>`, { id: 'offer.email' })}</a>` : nothing;
    return html`<p class="join">${msg(html`Meld deg på hos <bdi>${who}</bdi>:`, { id: 'offer.joinContact' })} ${call}${phone && email ? msg(' eller ', { id: 'offer.or' }) : nothing}${write}</p>`;
  }
  const provider = safeLink(offer.provider.url);
  return provider
    ? html`<p class="join"><a href=${provider}>${msg(html`Spør <bdi>${offer.provider.name}</bdi> om påmelding`, { id: 'offer.askProvider' })}</a></p>`
    : nothing;
}

/**
 * Where an offer is: its address and its municipality's name, "på nett" online, the number if nothing else is
 * known. Each part is isolated, so a direction mark in one cannot reorder the others.
 */
function renderPlace(offer: Offer, nameOf: NameOf, locale: Locale) {
  const attendance = attendanceText(offer);
  const alsoFor = (offer.areaServed ?? []).map((number) => nameOf(number) ?? number);
  const also = alsoFor.length ? html`<br />${msg(html`Også for <bdi>${alsoFor.join(', ')}</bdi>`, { id: 'offer.alsoFor' })}` : nothing;
  if (offer.municipality === 'online') return html`${msg('På nett', { id: 'offer.online' })}${also}`;
  const municipality = nameOf(offer.municipality);
  const { street, postalCode, place } = offer.address ?? {};
  const parts = [street, [postalCode, place].filter(Boolean).join(' '), municipality !== place ? municipality : undefined].filter(Boolean);
  const where = parts.length
    ? parts.map((part, index) => html`${index > 0 ? ', ' : ''}<bdi>${part}</bdi>`)
    : msg(str`Kommunenummer ${offer.municipality}`, { id: 'offer.municipality' });
  return html`${where}${attendance ? html` (${attendance.toLocaleLowerCase(locale)})` : nothing}${also}`;
}

const kroner = new Intl.NumberFormat('nb-NO');

/** One offer, its title a heading at `level`, an instance of `programme` when it has one. */
export function renderOffer(offer: Offer, programme: Programme | undefined, nameOf: NameOf, locale: Locale, today: string, level: number) {
  const title = localize(offer.title, locale);
  const price = offer.price.free ? msg('Gratis', { id: 'offer.free' }) : `${kroner.format(offer.price.amountNok)} kr`;
  const state = offerState(offer, today);
  const when = offer.startDate
    ? `${formatDate(offer.startDate)}${offer.endDate && offer.endDate !== offer.startDate ? ` – ${formatDate(offer.endDate)}` : ''}`
    : undefined;
  const schedule = offer.schedule ? html`<bdi>${localize(offer.schedule, locale)}</bdi>` : undefined;
  const contact = offer.contact;
  const page = programme ? safeLink(programme.page?.url) : undefined;
  const provider = safeLink(offer.provider.url);
  return html`<li class="result offer" part="offer" tabindex="-1" id=${`offer-${offer.id}`} lang=${locale}>
    <div class="result-title" role="heading" aria-level=${level}>${title}</div>
    ${state ? renderState(state) : nothing}
    <dl class="offer-facts">
      ${when || schedule ? html`<dt>${msg('Når', { id: 'offer.schedule' })}</dt><dd>${when ?? nothing}${when && schedule ? html`<br />` : nothing}${schedule ?? nothing}</dd>` : nothing}
      <dt>${msg('Sted', { id: 'offer.place' })}</dt>
      <dd>${renderPlace(offer, nameOf, locale)}</dd>
      ${offer.registrationDeadline ? html`<dt>${msg('Påmeldingsfrist', { id: 'offer.deadline' })}</dt><dd>${formatDate(offer.registrationDeadline)}</dd>` : nothing}
      <dt>${msg('Språk', { id: 'offer.languages' })}</dt>
      <dd>${offer.languages.map((tag) => languageName(tag, locale)).join(', ')}${offer.interpreter ? html`. ${msg('Tolk kan skaffes', { id: 'offer.interpreter' })}` : nothing}</dd>
      ${offer.ageRange ? html`<dt>${msg('Barnets alder', { id: 'finder.age' })}</dt><dd>${ageText(offer.ageRange)}</dd>` : nothing}
      <dt>${msg('Pris', { id: 'offer.price' })}</dt><dd>${price}</dd>
      ${
        offer.referralRequired !== undefined
          ? html`<dt>${msg('Henvisning', { id: 'offer.referral' })}</dt><dd>${offer.referralRequired ? msg('Du må ha henvisning', { id: 'offer.referralRequired' }) : msg('Du trenger ikke henvisning', { id: 'offer.noReferral' })}</dd>`
          : nothing
      }
    </dl>
    ${renderJoin(offer, title, today)}
    <p class="keep">
      ${renderCalendar(offer, state, nameOf, locale, title)}
      <a class="share" part="share" target="_self" href=${shareHref(`offer-${offer.id}`)}>${msg('Lenke til tilbudet', { id: 'offer.share' })}${forTitle(title)}</a>
    </p>
    <details part="details">
      <summary>${msg('Mer om tilbudet', { id: 'offer.more' })}${forTitle(title)}</summary>
      <div ${whenOpen(
        () => html`${offer.description ? html`<p>${localize(offer.description, locale)}</p>` : nothing}
      <dl>
        <dt>${msg('Arrangør', { id: 'offer.provider' })}</dt>
        <dd>${provider ? html`<a href=${provider}>${offer.provider.name}</a>` : offer.provider.name}</dd>
        ${
          programme
            ? html`<dt>${msg('Program', { id: 'offer.programme' })}</dt>
              <dd>${page ? html`<a href=${page}>${localize(programme.name, locale)}</a>` : localize(programme.name, locale)}</dd>`
            : nothing
        }
        ${
          contact?.name || contact?.phone || contact?.email
            ? html`<dt>${msg('Kontakt', { id: 'offer.contact' })}</dt>
              <dd>${[
                contact.name ? html`<bdi>${contact.name}</bdi>` : undefined,
                contact.phone ? html`<a href=${`tel:${contact.phone.replace(/\s+/g, '')}`}><bdi>${contact.phone}</bdi></a>` : undefined,
                contact.email ? html`<a href=${`mailto:${contact.email}`}><bdi>${contact.email}</bdi></a>` : undefined,
              ]
                .filter(Boolean)
                .map((part, i) => html`${i > 0 ? ', ' : ''}${part}`)}</dd>`
            : nothing
        }
        ${offer.accessibility ? html`<dt>${msg('Tilgjengelighet', { id: 'offer.accessibility' })}</dt><dd>${localize(offer.accessibility, locale)}</dd>` : nothing}
        ${offer.lastChecked ? html`<dt>${msg('Sist kontrollert', { id: 'offer.lastChecked' })}</dt><dd>${formatDate(offer.lastChecked)}</dd>` : nothing}
      </dl>`,
      )}></div>
    </details>
  </li>`;
}
