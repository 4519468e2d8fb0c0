// Where a parent can turn when the finder has no answer: the services every municipality has, and the page's own
// contact. And shortcuts to the concerns parents search for most, in the page's language.
import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import { safeLink, type Locale } from '@foreldrestotte/sdk';

/** The page's own help desk, from `contact-href` and `contact-label`. */
export interface Contact {
  href: string | undefined;
  label: string | undefined;
}

/** The services the finder points to, each with what the source says of it. */
function services() {
  return [
    {
      // Helsenorge (Helsedirektoratet), "Helsestasjon for barn 0–5 år": free, for children from birth to school, and
      // parents may get in touch outside the set appointments.
      name: msg('Helsestasjonen og skolehelsetjenesten', { id: 'help.helsestasjon' }),
      text: msg('gratis råd og veiledning for foreldre, også utenom faste avtaler.', { id: 'help.helsestasjonText' }),
      href: 'https://www.helsenorge.no/hjelpetilbud-i-kommunene/helsestasjon-0-5-ar/',
    },
    {
      // Regjeringen.no, "Familieverntjenesten": free, no referral needed, offices in every county, for difficulties,
      // conflicts and separation.
      name: msg('Familievernkontoret', { id: 'help.familievern' }),
      text: msg('gratis samtaler ved vansker, konflikter eller brudd i familien. Du trenger ikke henvisning.', { id: 'help.familievernText' }),
      href: 'https://www.regjeringen.no/no/tema/familie-og-barn/innsiktsartikler/foreldreskap/familieverntjenesten/id749589/',
    },
    {
      // Bufdir, "Hva er foreldrestøtte?" (seed 004): the child welfare service is one of the arenas of parent support.
      name: msg('Barneverntjenesten i kommunen', { id: 'help.barnevern' }),
      text: msg('råd og veiledning om foreldrerollen, og hjelp hjemme når det trengs.', { id: 'help.barnevernText' }),
      href: undefined,
    },
    {
      // Bufdir's status of the strategy (seed 002): Foreldrehverdag.no, the state's web resource of advice for parents.
      name: 'Foreldrehverdag.no',
      text: msg('råd til alle foreldre fra Bufdir, på nett.', { id: 'help.foreldrehverdagText' }),
      href: 'https://foreldrehverdag.no/',
    },
  ];
}

/** "Her kan du få hjelp": the page's contact first, then the services, each a link where it has an address. */
export function renderWhereToTurn(contact: Contact, level: number) {
  const href = safeLink(contact.href);
  return html`<section class="where-to-turn" part="where-to-turn" aria-labelledby="turn-heading">
    <div class="section-heading" id="turn-heading" role="heading" aria-level=${level}>${msg('Her kan du få hjelp', { id: 'help.heading' })}</div>
    <ul>
      ${href ? html`<li><a href=${href} part="contact">${contact.label || msg('Kontakt kommunen', { id: 'help.contactDefault' })}</a></li>` : nothing}
      ${services().map(
        (service) =>
          html`<li>${service.href ? html`<a href=${service.href}>${service.name}</a>` : html`<strong>${service.name}</strong>`}: ${service.text}</li>`,
      )}
    </ul>
  </section>`;
}

/** Concerns parents search for, each a query in the page's language made of the curated topics' words. */
function shortcuts(locale: Locale): [label: string, query: string][] {
  const queries: Record<Locale, string[]> = {
    nb: ['sinne trass', 'følelser', 'tenåring', 'gravid', 'baby', 'samliv', 'ny i norge'],
    nn: ['sinne trass', 'kjensler', 'tenåring', 'gravid', 'baby', 'samliv', 'ny i noreg'],
    en: ['anger tantrums', 'feelings', 'teenager', 'pregnant', 'baby', 'couple', 'new in norway'],
  };
  const labels = [
    msg('Sinne og trass', { id: 'shortcut.anger' }),
    msg('Følelser', { id: 'shortcut.feelings' }),
    msg('Ungdom', { id: 'shortcut.teenagers' }),
    msg('Venter barn', { id: 'shortcut.pregnancy' }),
    msg('Baby', { id: 'shortcut.baby' }),
    msg('Samliv', { id: 'shortcut.couple' }),
    msg('Ny i Norge', { id: 'shortcut.newcomers' }),
  ];
  return labels.map((label, i) => [label, queries[locale][i] as string]);
}

/** Buttons that search for a common concern: a start for a parent who does not know what to type. */
export function renderShortcuts(locale: Locale, search: (query: string) => void) {
  return html`<div class="shortcuts" part="shortcuts" role="group" aria-label=${msg('Vanlige tema', { id: 'shortcut.label' })}>
    <span class="shortcuts-label" aria-hidden="true">${msg('Vanlige tema:', { id: 'shortcut.prefix' })}</span>
    ${shortcuts(locale).map(([label, query]) => html`<button class="chip" part="shortcut" @click=${() => search(query)}>${label}</button>`)}
  </div>`;
}

/**
 * Nothing found: say so, offer near words from the catalogue ("Mente du …?") and common concerns to search for
 * instead, and say where to get help.
 */
export function renderNothingFound({
  suggestions,
  searched,
  locale,
  search,
  contact,
  level,
}: {
  /** Queries near the one asked, from the catalogue's words. */
  suggestions: readonly string[];
  /** A search was typed (not only filters set): then common concerns are offered too. */
  searched: boolean;
  locale: Locale;
  search: (query: string) => void;
  contact: Contact;
  /** The heading level of "where to turn". */
  level: number;
}) {
  return html`<div class="message" part="message">
      <p>${msg('Ingen programmer passer søket og filtrene.', { id: 'finder.empty' })}</p>
      ${
        suggestions.length
          ? html`<p class="suggestions">${msg('Mente du', { id: 'finder.didYouMean' })}
            ${suggestions.map(
              (suggestion, index) =>
                html`${index > 0 ? ', ' : ''}<button class="link-button" part="suggestion" @click=${() => search(suggestion)}>${suggestion}</button>`,
            )}?</p>`
          : nothing
      }
      ${searched ? renderShortcuts(locale, search) : nothing}
    </div>
    ${renderWhereToTurn(contact, level)}`;
}
