// The municipality's tiltaksvifte: which prevention levels and ages its offers cover, where the gaps are, and which
// catalogue programmes could fill them. Bufdir's page "Hva er foreldrestøtte?" (seed 004) gives the municipality the
// overall responsibility for parent support on every prevention level, and asks it to map the offers that exist
// against what is needed. The age bands are INSUM's (0–2, 3–5, 6–12, 13–18), with the time before birth ahead of
// them, as INSUM has expecting mothers as a target group of their own.
import type { LocalizedText } from '../schemas/common.js';
import type { PreventionLevelId } from '../schemas/levels.js';
import type { MunicipalityEntry, MunicipalityRegister } from '../schemas/municipality.js';
import type { Offer } from '../schemas/offer.js';
import type { Evidence, Programme } from '../schemas/programme.js';
import { preventionLevelIds } from '../schemas/vocabulary.js';
import { getMunicipality } from './municipalities.js';
import { hasOfferEnded } from './offers.js';
import { ageOverlaps, isForProfessionals } from './programmes.js';

/** An age band of the grid: `pregnancy`, `0-2`, `3-5`, `6-12` or `13-18`. */
export type AgeBandId = 'pregnancy' | '0-2' | '3-5' | '6-12' | '13-18';

/** One age band of the grid, with its label in each language. */
export interface AgeBand {
  /** The band's id. */
  readonly id: AgeBandId;
  /** Its youngest and oldest age in whole years; for `pregnancy`, before birth (0–0 and `fromPregnancy`). */
  readonly min: number;
  readonly max: number;
  /** The band is the time before birth. */
  readonly fromPregnancy?: true;
  /** Its name: "Gravide / venter barn", "0–2 år". */
  readonly label: LocalizedText;
}

/** The age bands: the time before birth, then INSUM's 0–2, 3–5, 6–12 and 13–18. */
export const AGE_BANDS: readonly AgeBand[] = Object.freeze([
  { id: 'pregnancy', min: 0, max: 0, fromPregnancy: true, label: { nb: 'Gravide / venter barn', nn: 'Gravide / ventar barn', en: 'Expecting a baby' } },
  { id: '0-2', min: 0, max: 2, label: { nb: '0–2 år', nn: '0–2 år', en: '0–2 years' } },
  { id: '3-5', min: 3, max: 5, label: { nb: '3–5 år', nn: '3–5 år', en: '3–5 years' } },
  { id: '6-12', min: 6, max: 12, label: { nb: '6–12 år', nn: '6–12 år', en: '6–12 years' } },
  { id: '13-18', min: 13, max: 18, label: { nb: '13–18 år', nn: '13–18 år', en: '13–18 years' } },
] as const);

/** One cell of the grid: a prevention level at an age band. */
export interface CoverageCell {
  /** The prevention level. */
  readonly level: PreventionLevelId;
  /** The age band's id. */
  readonly band: AgeBandId;
  /** The municipality's offers that cover it, in the order given. */
  readonly offers: readonly Offer[];
  /**
   * When no offer covers it: the catalogue's programmes for families at this level whose ages overlap the band, best
   * documented first (Ungsinn level, then Blueprints); empty when the catalogue has none, or when the cell is covered.
   */
  readonly suggestions: readonly Programme[];
  /** Likewise, staff training and collaboration models that work at this level and age, apart. */
  readonly forProfessionals: readonly Programme[];
}

/** Why an offer could not be placed in the grid. */
export type UnplacedReason = 'no-levels' | 'no-ages';

/** An offer for the municipality that the grid cannot place, and why: never guessed. */
export interface UnplacedOffer {
  /** The offer. */
  readonly offer: Offer;
  /** `no-levels`: it states no levels and names no catalogue programme that has them; `no-ages`: likewise for ages. */
  readonly reason: UnplacedReason;
}

/** {@link offerCoverage}'s answer. */
export interface OfferCoverage {
  /** The municipality asked about: the register's entry, or just its number when the register does not hold it. */
  readonly municipality: MunicipalityEntry | { readonly number: string };
  /** The day the coverage is for, `YYYY-MM-DD`: offers that ended before it are left out. */
  readonly today: string;
  /** The prevention levels, rows of the grid, from the broadest. */
  readonly levels: readonly PreventionLevelId[];
  /** The age bands, columns of the grid. */
  readonly bands: readonly AgeBand[];
  /** One cell per level and band, level by level. */
  readonly cells: readonly CoverageCell[];
  /** Offers that anyone can join online: reported apart, not in the local cells. */
  readonly online: readonly Offer[];
  /** Offers for the municipality that cannot be placed, with why. */
  readonly unplaced: readonly UnplacedOffer[];
}

/** What {@link offerCoverage} needs to know. */
export interface CoverageOptions {
  /** The municipality: its number ("1804") or, with `municipalities`, any of its official names. */
  municipality: string;
  /** Today, `YYYY-MM-DD`; default the current date (UTC). Offers that ended before it are not counted. */
  today?: string;
  /** The municipality register, to name the municipality and read a name given for it. */
  municipalities?: MunicipalityRegister;
}

/** Today in UTC, `YYYY-MM-DD`. */
const currentDay = () => new Date().toISOString().slice(0, 10);

/** How well a programme's effect is documented, for ordering suggestions: Ungsinn 0–5, then Blueprints. */
function documentation(evidence: readonly Evidence[]): number {
  let best = -1;
  for (const rating of evidence) {
    const score = rating.source === 'ungsinn' ? rating.level : { Promising: 3, Model: 4, 'Model Plus': 5 }[rating.level] - 0.5;
    best = Math.max(best, score);
  }
  return best;
}

/** Whether an age range (with its `fromPregnancy`) covers a band. */
const covers = (range: { min: number; max: number; fromPregnancy?: boolean }, band: AgeBand) =>
  band.fromPregnancy ? range.fromPregnancy === true : ageOverlaps(range, band);

/** A cell's key: "universal 0-2". */
type CellKey = `${PreventionLevelId} ${AgeBandId}`;

/** Whether a local offer counts for municipality `number`: held there, or serving it. */
const isFor = (offer: Offer, number: string) => offer.municipality === number || offer.areaServed?.includes(number) === true;

/** Whether anyone can join the offer from home: reported apart from the local cells. */
const isOnline = (offer: Offer) => offer.municipality === 'online' || offer.attendance === 'online';

/** Where a local offer goes in the grid: the cells it covers, or why it goes in none. */
function placeOffer(offer: Offer, programmes: ReadonlyMap<string, Programme>): readonly CellKey[] | UnplacedReason {
  const programme = offer.programme === undefined ? undefined : programmes.get(offer.programme);
  const levels = offer.levels ?? programme?.levels ?? [];
  const ages = offer.ageRange ?? programme?.ageRange;
  if (levels.length === 0) return 'no-levels';
  if (!ages) return 'no-ages';
  return levels.flatMap((level) => AGE_BANDS.filter((band) => covers(ages, band)).map((band): CellKey => `${level} ${band.id}`));
}

/**
 * The municipality's tiltaksvifte: for each prevention level and age band, the offers that cover it and, where none
 * does, the catalogue's programmes that could. An offer counts for the municipality where it is held or that it serves
 * (`areaServed`), and not once it has ended; offers joined only online are reported apart. An offer covers the levels
 * it states (`levels`) or else its programme's, and the ages it states (`ageRange`) or else its programme's
 * (`fromPregnancy` covers the time before birth); one that has neither is listed as not placed, with why.
 */
export function offerCoverage(data: { readonly programmes: readonly Programme[] }, offers: readonly Offer[], options: CoverageOptions): OfferCoverage {
  const today = options.today ?? currentDay();
  const entry = options.municipalities ? getMunicipality(options.municipalities, options.municipality) : undefined;
  const number = entry?.number ?? options.municipality.trim().padStart(4, '0');
  const programmes = new Map(data.programmes.map((programme) => [programme.id, programme]));
  const placed = new Map<CellKey, Offer[]>();
  const online: Offer[] = [];
  const unplaced: UnplacedOffer[] = [];
  for (const offer of offers) {
    if (hasOfferEnded(offer, today)) continue;
    if (isOnline(offer)) {
      online.push(offer);
      continue;
    }
    if (!isFor(offer, number)) continue;
    const place = placeOffer(offer, programmes);
    if (typeof place === 'string') {
      unplaced.push({ offer, reason: place });
      continue;
    }
    for (const key of place) {
      const list = placed.get(key);
      if (list) list.push(offer);
      else placed.set(key, [offer]);
    }
  }
  const ranked = [...data.programmes].sort((a, b) => documentation(b.evidence) - documentation(a.evidence));
  const cells = preventionLevelIds.flatMap((level) =>
    AGE_BANDS.map((band): CoverageCell => {
      const covering = placed.get(`${level} ${band.id}`) ?? [];
      const fitting = covering.length
        ? []
        : ranked.filter((programme) => programme.levels.includes(level) && programme.ageRange && covers(programme.ageRange, band));
      return {
        level,
        band: band.id,
        offers: covering,
        suggestions: fitting.filter((programme) => !isForProfessionals(programme)),
        forProfessionals: fitting.filter(isForProfessionals),
      };
    }),
  );
  return { municipality: entry ?? { number }, today, levels: preventionLevelIds, bands: AGE_BANDS, cells, online, unplaced };
}

/** One municipality's row in {@link countyCoverage}. */
export interface CountyCoverageRow {
  /** The municipality, from the register. */
  readonly municipality: MunicipalityEntry;
  /** For each prevention level, how many of its age bands have at least one offer (of `bands.length`). */
  readonly covered: Readonly<Record<PreventionLevelId, number>>;
  /** The cells of its grid with no offer: levels × bands less the covered ones. */
  readonly gaps: number;
  /** Its local offers that are placed in the grid (held there or serving it, not ended). */
  readonly offers: number;
  /** Its local offers that could not be placed (see {@link UnplacedReason}). */
  readonly unplaced: number;
}

/**
 * {@link countyCoverage}'s answer: the county's municipalities side by side, most gaps first; the day, levels, bands
 * and online offers as in {@link OfferCoverage}.
 */
export interface CountyCoverage extends Pick<OfferCoverage, 'today' | 'levels' | 'bands' | 'online'> {
  /** The two-digit county (fylke) number. */
  readonly county: string;
  /** One row per municipality of the county in the register, with or without offers: most gaps first, then by name. */
  readonly rows: readonly CountyCoverageRow[];
}

/** What {@link countyCoverage} needs to know. */
export interface CountyCoverageOptions {
  /** The two-digit county (fylke) number, "18". */
  county: string;
  /** The municipality register: which municipalities the county has. */
  municipalities: MunicipalityRegister;
  /** Today, `YYYY-MM-DD`; default the current date (UTC). */
  today?: string;
}

/**
 * The county governor's overview: for every municipality of a county, how many age bands on each prevention level its
 * offers cover, by the rules of {@link offerCoverage}. Municipalities without any offer are rows too (all gaps): the
 * overview is of the county, not of the files given. Rows with the most gaps come first.
 */
export function countyCoverage(data: { readonly programmes: readonly Programme[] }, offers: readonly Offer[], options: CountyCoverageOptions): CountyCoverage {
  const today = options.today ?? currentDay();
  const county = options.county.trim().padStart(2, '0');
  const programmes = new Map(data.programmes.map((programme) => [programme.id, programme]));
  const members = options.municipalities.municipalities.filter((entry) => entry.county === county);
  const cells = new Map(members.map((entry) => [entry.number, new Set<CellKey>()]));
  const counts = new Map(members.map((entry) => [entry.number, { offers: 0, unplaced: 0 }]));
  const online: Offer[] = [];
  for (const offer of offers) {
    if (hasOfferEnded(offer, today)) continue;
    if (isOnline(offer)) {
      online.push(offer);
      continue;
    }
    const place = placeOffer(offer, programmes);
    // Each municipality the offer is for, once: where it is held and those it serves.
    for (const number of new Set([offer.municipality, ...(offer.areaServed ?? [])])) {
      const covered = cells.get(number);
      const count = counts.get(number);
      if (!covered || !count) continue;
      if (typeof place === 'string') count.unplaced += 1;
      else {
        count.offers += 1;
        for (const key of place) covered.add(key);
      }
    }
  }
  const rows = members.map((municipality): CountyCoverageRow => {
    const covered = cells.get(municipality.number) ?? new Set<CellKey>();
    const perLevel = Object.fromEntries(
      preventionLevelIds.map((level) => [level, AGE_BANDS.filter((band) => covered.has(`${level} ${band.id}`)).length]),
    ) as Record<PreventionLevelId, number>;
    const { offers: placed, unplaced } = counts.get(municipality.number) ?? { offers: 0, unplaced: 0 };
    return { municipality, covered: perLevel, gaps: preventionLevelIds.length * AGE_BANDS.length - covered.size, offers: placed, unplaced };
  });
  rows.sort((a, b) => b.gaps - a.gaps || a.municipality.name.localeCompare(b.municipality.name, 'nb'));
  return { county, today, levels: preventionLevelIds, bands: AGE_BANDS, rows, online };
}
