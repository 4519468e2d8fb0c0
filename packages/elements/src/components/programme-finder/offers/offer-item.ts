// The offers section as a parent sees it: filters, each offer (what, when, where, for whom, whether it is open, and how
// to join), and the lines for editors (preview) and parents (one neutral line) when some offers could not be shown.
// Loaded with the first offers (offers-controller.ts), so a finder without offers does not carry it.
import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { hasOfferEnded, isOfferOpen, localize, type Locale, type Offer, type Programme } from '@foreldrestotte/sdk';
import type { OffersController } from './offers-controller.js';
import { today } from './offers-controller.js';
import { safeHref } from '../../internal/links.js';
import { formatDate } from '../../internal/messages.js';
import { whenOpen } from '../../internal/when-open.js';
import type { OfferProblem } from '../../internal/offers.js';
import { ageText } from '../../internal/vocabulary.js';

/** Place names the finder has worked out for an offer. */
export interface OfferPlace {
  /** Address and municipality, isolated parts, or "På nett". */
  where: unknown;
  /** Other municipalities the offer is for, by name. */
  alsoFor: string[];
}

const statusText = (status: NonNullable<Offer['status']>) =>
  ({
    open: msg('Åpen for påmelding', { id: 'offer.status.open' }),
    full: msg('Fullt', { id: 'offer.status.full' }),
    'waiting-list': msg('Venteliste', { id: 'offer.status.waitingList' }),
    cancelled: msg('Avlyst', { id: 'offer.status.cancelled' }),
  })[status];

const attendanceText = (offer: Offer) => {
  const mode = offer.attendance ?? (offer.municipality === 'online' ? 'online' : undefined);
  if (mode === 'online') return msg('På nett', { id: 'offer.online' });
  if (mode === 'both') return msg('Oppmøte eller på nett', { id: 'offer.attendance.both' });
  if (mode === 'in-person') return msg('Oppmøte', { id: 'offer.attendance.inPerson' });
  return undefined;
};

/** The status line: said in words, never by colour alone; a passed deadline closes sign-up whatever the status says. */
function statusOf(offer: Offer, today: string): string | undefined {
  if (offer.status && offer.status !== 'open') return statusText(offer.status);
  if (offer.registrationDeadline && offer.registrationDeadline < today) return msg('Påmeldingsfristen er ute', { id: 'offer.deadlinePassed' });
  if (hasOfferEnded(offer, today)) return msg('Avsluttet', { id: 'offer.ended' });
  return offer.status ? statusText(offer.status) : undefined;
}

/** How to join: the sign-up link (web, e-mail or phone), else the contact's phone or e-mail, else the provider's page. */
function renderJoin(offer: Offer, title: string, today: string) {
  // A waiting list can still be joined; a full or cancelled offer, a passed deadline or an ended offer cannot.
  if (offer.status === 'cancelled' || offer.status === 'full' || !isOfferOpen({ ...offer, status: undefined }, today)) return nothing;
  const link = safeHref(offer.signUpUrl);
  if (link?.startsWith('mailto:')) {
    return html`<p class="join"><a class="button" href=${link}>${msg(str`Send e-post for å melde deg på: ${title}`, { id: 'offer.signUpEmail' })}</a></p>`;
  }
  if (link?.startsWith('tel:')) {
    return html`<p class="join"><a class="button" href=${link}>${msg(str`Ring for å melde deg på: ${title}`, { id: 'offer.signUpPhone' })}</a></p>`;
  }
  if (link) {
    const label = offer.status === 'waiting-list' ? msg(str`Sett deg på venteliste: ${title}`, { id: 'offer.joinWaitingList' }) : msg(str`Meld deg på: ${title}`, { id: 'offer.signUp' });
    return html`<p class="join"><a class="button" href=${link}>${label}</a></p>`;
  }
  const { phone, email, name } = offer.contact ?? {};
  if (phone || email) {
    const who = name ?? offer.provider.name;
    return html`<p class="join">${msg(str`Meld deg på hos ${who}:`, { id: 'offer.joinContact' })}
      ${phone ? html`<a href=${`tel:${phone.replace(/\s+/g, '')}`}>${msg(str`ring ${phone}`, { id: 'offer.call' })}</a>` : nothing}${phone && email ? msg(' eller ', { id: 'offer.or' }) : nothing}${email
        ? html`<a href=${`mailto:${email}`}>${msg(str`send e-post til ${email}`, { id: 'offer.email' })}</a>`
        : nothing}</p>`;
  }
  const provider = safeHref(offer.provider.url);
  return provider
    ? html`<p class="join"><a href=${provider}>${msg(str`Spør ${offer.provider.name} om påmelding`, { id: 'offer.askProvider' })}</a></p>`
    : nothing;
}

/** A programme's own page, where its sources name one. */
const programmePage = (programme: Programme) => safeHref(programme.page?.url);

export function renderOffer(offer: Offer, programme: Programme | undefined, place: OfferPlace, locale: Locale, today: string) {
  const title = localize(offer.title, locale);
  const price = offer.price.free ? msg('Gratis', { id: 'offer.free' }) : `${kroner.format(offer.price.amountNok)} kr`;
  const status = statusOf(offer, today);
  const when = offer.startDate ? `${formatDate(offer.startDate)}${offer.endDate && offer.endDate !== offer.startDate ? ` – ${formatDate(offer.endDate)}` : ''}` : undefined;
  const attendance = attendanceText(offer);
  const contact = offer.contact;
  const page = programme ? programmePage(programme) : undefined;
  const provider = safeHref(offer.provider.url);
  return html`<li class="result offer" part="offer" tabindex="-1" lang=${locale}>
    <div class="result-title" role="heading" aria-level="4">${title}</div>
    ${status ? html`<p class="tag offer-status" part="offer-status">${status}</p>` : nothing}
    <dl class="offer-facts">
      ${when ? html`<dt>${msg('Når', { id: 'offer.schedule' })}</dt><dd>${when}${offer.schedule ? html`<br />${localize(offer.schedule, locale)}` : nothing}</dd>` : offer.schedule ? html`<dt>${msg('Når', { id: 'offer.schedule' })}</dt><dd>${localize(offer.schedule, locale)}</dd>` : nothing}
      <dt>${msg('Sted', { id: 'offer.place' })}</dt>
      <dd>${place.where}${attendance && offer.municipality !== 'online' ? html` (${attendance.toLocaleLowerCase(locale)})` : nothing}${place.alsoFor.length
        ? html`<br />${msg(str`Også for ${place.alsoFor.join(', ')}`, { id: 'offer.alsoFor' })}`
        : nothing}</dd>
      ${offer.registrationDeadline ? html`<dt>${msg('Påmeldingsfrist', { id: 'offer.deadline' })}</dt><dd>${formatDate(offer.registrationDeadline)}</dd>` : nothing}
      <dt>${msg('Språk', { id: 'offer.languages' })}</dt>
      <dd>${offer.languages.map((tag) => languageName(tag, locale)).join(', ')}${offer.interpreter ? html`. ${msg('Tolk kan skaffes', { id: 'offer.interpreter' })}` : nothing}</dd>
      ${offer.ageRange ? html`<dt>${msg('Barnets alder', { id: 'finder.age' })}</dt><dd>${ageText(offer.ageRange)}</dd>` : nothing}
      <dt>${msg('Pris', { id: 'offer.price' })}</dt><dd>${price}</dd>
      ${offer.referralRequired !== undefined
        ? html`<dt>${msg('Henvisning', { id: 'offer.referral' })}</dt><dd>${offer.referralRequired ? msg('Du må ha henvisning', { id: 'offer.referralRequired' }) : msg('Du trenger ikke henvisning', { id: 'offer.noReferral' })}</dd>`
        : nothing}
    </dl>
    ${renderJoin(offer, title, today)}
    <details part="details">
      <summary>${msg('Mer om tilbudet', { id: 'offer.more' })}<span class="visually-hidden">: ${title}</span></summary>
      <div ${whenOpen(() => html`${offer.description ? html`<p>${localize(offer.description, locale)}</p>` : nothing}
      <dl>
        <dt>${msg('Arrangør', { id: 'offer.provider' })}</dt>
        <dd>${provider ? html`<a href=${provider}>${offer.provider.name}</a>` : offer.provider.name}</dd>
        ${programme
          ? html`<dt>${msg('Program', { id: 'offer.programme' })}</dt>
              <dd>${page ? html`<a href=${page}>${localize(programme.name, locale)}</a>` : localize(programme.name, locale)}</dd>`
          : nothing}
        ${contact?.name || contact?.phone || contact?.email
          ? html`<dt>${msg('Kontakt', { id: 'offer.contact' })}</dt>
              <dd>${[
                contact.name ? html`<bdi>${contact.name}</bdi>` : undefined,
                contact.phone ? html`<a href=${`tel:${contact.phone.replace(/\s+/g, '')}`}>${contact.phone}</a>` : undefined,
                contact.email ? html`<a href=${`mailto:${contact.email}`}>${contact.email}</a>` : undefined,
              ].filter(Boolean).map((part, i) => html`${i > 0 ? ', ' : ''}${part}`)}</dd>`
          : nothing}
        ${offer.accessibility ? html`<dt>${msg('Tilgjengelighet', { id: 'offer.accessibility' })}</dt><dd>${localize(offer.accessibility, locale)}</dd>` : nothing}
        ${offer.lastChecked ? html`<dt>${msg('Sist kontrollert', { id: 'offer.lastChecked' })}</dt><dd>${formatDate(offer.lastChecked)}</dd>` : nothing}
      </dl>`)}></div>
    </details>
  </li>`;
}

/**
 * Every problem in the offers, for the editor who turned on `preview`: the file, the offer, the field and what is
 * wrong. Shown on the page itself, so a problem is seen where it is published.
 */
export function renderPreview(problems: readonly OfferProblem[], shown: number) {
  return html`<section class="preview" part="preview" aria-labelledby="preview-heading">
    <div class="section-heading" id="preview-heading" role="heading" aria-level="3">${msg('Forhåndsvisning for redaktører', { id: 'offer.previewHeading' })}</div>
    <p>${problems.length === 0
      ? msg(str`Ingen feil: alle ${shown} tilbud vises.`, { id: 'offer.previewNone' })
      : msg(str`${problems.length} feil. Tilbud med feil vises ikke for foreldre før feilene er rettet.`, { id: 'offer.previewCount' })}</p>
    ${problems.length
      ? html`<ul>
          ${problems.map(
            (problem) => html`<li><bdi>${problem.source}</bdi>${problem.index !== undefined
                ? html`, ${msg(str`tilbud nr. ${problem.index + 1}`, { id: 'offer.previewOffer' })}${problem.id ? html` («<bdi>${problem.id}</bdi>»)` : nothing}`
                : nothing}: <code>${problem.path || '—'}</code> ${problem.message}</li>`,
          )}
        </ul>`
      : nothing}
  </section>`;
}

// Intl objects are costly to create, so each is made once per language, not once per offer.
const languageNames = new Map<Locale, Intl.DisplayNames | undefined>();
const kroner = new Intl.NumberFormat('nb-NO');

/**
 * Language names in nynorsk, for browsers whose `Intl` has no nynorsk names: the languages most courses in Norway
 * are held in, written as Språkrådet's nynorsk dictionaries write them.
 */
const NYNORSK: Record<string, string> = {
  no: 'norsk', nb: 'norsk bokmål', nn: 'norsk nynorsk', se: 'nordsamisk', sma: 'sørsamisk', smj: 'lulesamisk', fkv: 'kvensk',
  en: 'engelsk', ar: 'arabisk', so: 'somali', ti: 'tigrinja', prs: 'dari', fa: 'persisk', ps: 'pashto', ur: 'urdu',
  pl: 'polsk', lt: 'litauisk', lv: 'latvisk', ru: 'russisk', uk: 'ukrainsk', ro: 'rumensk', bg: 'bulgarsk',
  sv: 'svensk', da: 'dansk', de: 'tysk', fr: 'fransk', es: 'spansk', pt: 'portugisisk', it: 'italiensk',
  tr: 'tyrkisk', ku: 'kurdisk', ckb: 'sorani', kmr: 'kurmandsji', am: 'amharisk', om: 'oromo', sw: 'swahili',
  th: 'thai', vi: 'vietnamesisk', tl: 'tagalog', zh: 'kinesisk', ta: 'tamil', hi: 'hindi', pa: 'panjabi',
  sq: 'albansk', bs: 'bosnisk', hr: 'kroatisk', sr: 'serbisk', et: 'estisk', fi: 'finsk', is: 'islandsk',
  my: 'burmesisk', ne: 'nepali', rom: 'romani', sgn: 'teiknspråk', nsl: 'norsk teiknspråk',
};

/** A language's name in the page's language: nynorsk from this project's own table first, else the browser's. */
export function languageName(tag: string, locale: Locale): string {
  const key = `${locale} ${tag}`;
  let name = namedLanguages.get(key);
  if (name === undefined) namedLanguages.set(key, (name = nameLanguage(tag, locale)));
  return name;
}

/** Names already looked up, by locale and tag: offers share a handful of languages. */
const namedLanguages = new Map<string, string>();

function nameLanguage(tag: string, locale: Locale): string {
  const primary = tag.split('-')[0]?.toLowerCase() ?? tag;
  if (locale === 'nn' && NYNORSK[primary]) return NYNORSK[primary] as string;
  try {
    if (!languageNames.has(locale)) languageNames.set(locale, new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' }));
    return languageNames.get(locale)?.of(tag) ?? languageNames.get(locale)?.of(primary) ?? tag;
  } catch {
    languageNames.set(locale, undefined);
    return tag;
  }
}

/**
 * Where an offer is: its address and its municipality's name, "på nett" online, the number if nothing else is
 * known. Each part is isolated (`<bdi>`), so a direction mark in one cannot reorder the others.
 */
function placeOf(c: OffersController, offer: Offer): OfferPlace {
  const alsoFor = (offer.areaServed ?? []).map((number) => c.nameOf(number) ?? number);
  if (offer.municipality === 'online') return { where: msg('På nett', { id: 'offer.online' }), alsoFor };
  const municipality = c.nameOf(offer.municipality);
  const { street, postalCode, place } = offer.address ?? {};
  const parts = [street, [postalCode, place].filter(Boolean).join(' '), municipality !== place ? municipality : undefined].filter(Boolean);
  if (parts.length === 0) return { where: msg(str`Kommunenummer ${offer.municipality}`, { id: 'offer.municipality' }), alsoFor };
  return { where: parts.map((part, index) => html`${index > 0 ? ', ' : ''}<bdi>${part}</bdi>`), alsoFor };
}

/** The offers section: filters, the line about missing offers (or the preview), the first `shown` offers, `more`. */
export function renderSection(c: OffersController, offers: readonly Offer[], shown: number, more: unknown, byId: ReadonlyMap<string, Programme>, locale: Locale) {
  const { problems, list } = c;
  if (list.length === 0 && problems.length === 0) return nothing;
  const day = today();
  return html`<section aria-labelledby="offers-heading">
    <div class="section-heading" id="offers-heading" role="heading" aria-level="3">${msg('Lokale tilbud', { id: 'finder.offersHeading' })}</div>
    ${list.length ? guard([list, c.municipalityNumber(), c.municipalities, c.host.language, c.host.openOnly, locale], () => renderFilters(c, locale)) : nothing}
    ${c.host.preview ? renderPreview(problems, list.length) : problems.length ? html`<p class="message" part="message">${c.message()}</p>` : nothing}
    ${offers.length
      ? html`<ul class="results" part="offers">
          ${offers.slice(0, shown).map((offer) =>
            renderOffer(offer, offer.programme === undefined ? undefined : byId.get(offer.programme), placeOf(c, offer), locale, day),
          )}
        </ul>`
      : list.length
        ? html`<p class="message" part="message">${msg('Ingen lokale tilbud passer søket og filtrene.', { id: 'finder.offersEmpty' })}</p>`
        : nothing}
    ${more}
  </section>`;
}

type Choices = { municipalities: { number: string; name: string }[]; languages: { tag: string; name: string }[] };

/** The choices the offer filters list, worked out again only when the offers, the register or the language change. */
const choicesFor = new WeakMap<OffersController, { inputs: unknown[]; made: Choices }>();

function choices(c: OffersController, chosen: string | undefined, locale: Locale): Choices {
  const inputs = [c.list, c.municipalities, chosen, locale];
  const known = choicesFor.get(c);
  if (known?.inputs.every((input, i) => input === inputs[i])) return known.made;
  const collator = new Intl.Collator(locale);
  const numbers = new Set(c.list.flatMap((offer) => [offer.municipality, ...(offer.areaServed ?? [])]).filter((number) => number !== 'online'));
  if (chosen) numbers.add(chosen);
  const made = {
    municipalities: [...numbers].map((number) => ({ number, name: c.nameOf(number) ?? number })).sort((a, b) => collator.compare(a.name, b.name)),
    languages: [...new Set(c.list.flatMap((offer) => offer.languages.map((tag) => tag.split('-')[0] as string)))]
      .map((tag) => ({ tag, name: languageName(tag, locale) }))
      .sort((a, b) => collator.compare(a.name, b.name)),
  };
  choicesFor.set(c, { inputs, made });
  return made;
}

/** Municipality, language and "open for sign-up", from what the offers hold; online offers stay in every municipality. */
function renderFilters(c: OffersController, locale: Locale) {
  const { host } = c;
  const chosen = c.municipalityNumber();
  const { municipalities, languages } = choices(c, chosen, locale);
  const change = (apply: (value: string) => void) => (event: Event) => {
    apply((event.target as HTMLSelectElement).value);
    c.changed();
  };
  return html`<div class="offer-filters" part="offer-filters">
    <div class="field">
      <label for="municipality">${msg('Kommune', { id: 'offer.municipalityFilter' })}</label>
      <select id="municipality" @change=${change((value) => (host.municipality = value))}>
        <option value="" ?selected=${!chosen}>${msg('Alle kommuner', { id: 'offer.allMunicipalities' })}</option>
        ${municipalities.map(({ number, name }) => html`<option value=${number} ?selected=${number === chosen}>${name}</option>`)}
      </select>
    </div>
    <div class="field">
      <label for="language">${msg('Språk', { id: 'offer.languageFilter' })}</label>
      <select id="language" @change=${change((value) => (host.language = value))}>
        <option value="" ?selected=${!host.language}>${msg('Alle språk', { id: 'offer.allLanguages' })}</option>
        ${languages.map(({ tag, name }) => html`<option value=${tag} ?selected=${tag === host.language}>${name}</option>`)}
      </select>
    </div>
    <label class="check"><input type="checkbox" .checked=${host.openOnly} @change=${(event: Event) => {
      host.openOnly = (event.target as HTMLInputElement).checked;
      c.changed();
    }} /> ${msg('Bare tilbud som er åpne for påmelding', { id: 'offer.openOnly' })}</label>
  </div>`;
}
