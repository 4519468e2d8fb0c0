// The finder's local offers: their sources (internal/offers.ts), the municipality register that names their places and
// finds a municipality by name, the offers' own filters, and the section that shows them, loaded with the first offers.
import { msg } from '@lit/localize';
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import {
  getMunicipality,
  loadMunicipalities,
  type Catalogue,
  type Locale,
  type MunicipalityRegister,
  type Offer,
  type ProgrammesChunk,
} from '@foreldrestotte/sdk';
import { ConnectedTask } from '../../../internal/connected-task.js';
import { OfferSources, type OfferProblem } from '../../../internal/offers.js';
import type * as Section from './offers-section.js';
import type { SectionRequest } from './offers-section.js';

/** What the controller reads from and sets on its finder: the offer attributes. */
export interface OffersHost extends ReactiveControllerHost, HTMLElement {
  offersSrc: string | undefined;
  municipality: string;
  language: string;
  openOnly: boolean;
  preview: boolean;
}

export class OffersController implements ReactiveController {
  private readonly sources: OfferSources;

  /** The municipality register, loaded (from beside the bundle) only when there are offers to place. */
  private readonly register: ConnectedTask<readonly [boolean], MunicipalityRegister | undefined>;

  /** The code that draws offers, loaded with the first offers: pages without offers never download it. */
  private section: typeof Section | undefined;
  private sectionLoading: Promise<void> | undefined;

  /** `changed` is called after the reader changed an offer filter. */
  constructor(
    readonly host: OffersHost,
    private readonly changed: () => void,
  ) {
    host.addController(this);
    this.sources = new OfferSources(host);
    this.register = new ConnectedTask(host, {
      task: async ([hasOffers]) => (hasOffers ? loadMunicipalities() : undefined),
      args: () => [this.sources.asking] as const,
    });
  }

  hostUpdate(): void {
    if (!this.sources.asking || this.section || this.sectionLoading) return;
    this.sectionLoading = import('./offers-section.js').then(
      (section) => {
        this.section = section;
        this.host.requestUpdate();
      },
      () => {
        // A failed chunk is asked for again at the next update.
        this.sectionLoading = undefined;
      },
    );
  }

  /** The valid offers, whatever has arrived so far; the same array until one arrives. */
  get list(): readonly Offer[] {
    return this.sources.list;
  }

  get problems(): readonly OfferProblem[] {
    return this.sources.problems;
  }

  /** Whether a file is still on its way. */
  get loading(): boolean {
    return this.sources.pending.length > 0;
  }

  /** The register once it is here: it changes what a search finds (offers match by place name). */
  get municipalities(): MunicipalityRegister | undefined {
    return this.register.value;
  }

  /** The programmes offers refer to, with the municipality register once it is here. */
  searchData(data: ProgrammesChunk | Catalogue) {
    const municipalities = this.register.value;
    return municipalities ? { ...data, municipalities } : data;
  }

  /** What to tell the page when some or all offers could not be shown (for `fs-error`), or undefined when all are. */
  failure() {
    const { problems } = this;
    if (problems.length === 0) return undefined;
    return {
      key: `offers|${this.host.offersSrc}|${this.list.length}|${problems.length}`,
      detail: {
        error: this.sources.failures[0] ?? `${problems.length} problems in the local offers; see detail.problems`,
        message: this.message(),
        fallback: false,
        problems,
      },
    };
  }

  /** The one neutral line parents see when offers are missing; editors get the detail in `fs-error` and `preview`. */
  message(): string {
    return this.list.length > 0
      ? msg('Noen lokale tilbud kunne ikke vises.', { id: 'finder.offersSome' })
      : msg('De lokale tilbudene kunne ikke vises.', { id: 'finder.offersFailed' });
  }

  readonly nameOf = (number: string): string | undefined => {
    const register = this.register.value;
    return register ? getMunicipality(register, number)?.name : undefined;
  };

  /** The kommunenummer of the `municipality` filter, given by number or by any of its names. */
  municipalityNumber(): string | undefined {
    const wanted = this.host.municipality.trim();
    if (!wanted) return undefined;
    const register = this.register.value;
    return (register ? getMunicipality(register, wanted)?.number : undefined) ?? (/^\d{4}$/.test(wanted) ? wanted : undefined);
  }

  /** The offers section, drawn by the code that came with the offers; nothing while there are none. */
  render(request: SectionRequest) {
    if (this.sources.failed && this.list.length === 0 && !this.host.preview) return html`<p class="message" part="message">${this.message()}</p>`;
    return this.section ? this.section.renderSection(this.view(), request) : nothing;
  }

  /** The offers' filters (municipality, language, open for sign-up), once there are offers. */
  renderFilters(locale: Locale) {
    return this.section ? this.section.renderFilters(this.view(), locale) : nothing;
  }

  /** What the section shows and sets. */
  private view(): Section.OffersView {
    const { host } = this;
    const number = this.municipalityNumber();
    const wanted = host.municipality.trim();
    return {
      offers: this.list,
      problems: this.problems,
      pending: this.sources.pending,
      preview: host.preview,
      register: this.register.value,
      municipality: {
        shown: number ? (this.nameOf(number) ?? number) : wanted,
        unknown: wanted !== '' && number === undefined && this.register.value !== undefined,
      },
      language: host.language,
      openOnly: host.openOnly,
      nameOf: this.nameOf,
      message: () => this.message(),
      set: (filter: 'municipality' | 'language' | 'openOnly', value: string | boolean) => {
        if (filter === 'openOnly') host.openOnly = value as boolean;
        else if (filter === 'language') host.language = value as string;
        else {
          const register = this.register.value;
          const typed = (value as string).trim();
          host.municipality = (register && typed ? getMunicipality(register, typed)?.number : undefined) ?? typed;
        }
        this.changed();
      },
    };
  }
}
