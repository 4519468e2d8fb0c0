// A consumer's use of the SDK, the data and the CLI, as a developer writes it after `npm install`.
import {
  createCatalogueClient,
  createProgrammeSearch,
  describeIssue,
  findMeasures,
  getLatestReport,
  isCatalogueValidationError,
  loadCatalogue,
  localize,
  offerCoverage,
  AGE_BANDS,
  type AgeBandId,
  type Catalogue,
  type Measure,
  type Offer,
  type Programme,
} from '@foreldrestotte/sdk';
import { checkOffers } from '@foreldrestotte/sdk/client';
import { highlight } from '@foreldrestotte/sdk/search';
import { offerSchema } from '@foreldrestotte/sdk/schemas';
import catalogueData from '@foreldrestotte/data/catalogue';
import { run, type Io } from '@foreldrestotte/cli';

export async function titles(): Promise<string[]> {
  const catalogue: Catalogue = await loadCatalogue();
  const delayed: Measure[] = findMeasures(catalogue, { year: 2021, status: 'delayed' });
  // @ts-expect-error -- the embedded catalogue is frozen, and its type says so
  catalogue.measures[0]!.number = 3;
  const search = createProgrammeSearch(catalogue);
  const hits = search.search('sinne', { limit: 3 });
  const first: Programme | undefined = hits[0]?.item;
  const parts = highlight(localize(first?.name ?? {}, 'nb'), hits[0]?.terms ?? []);
  return [...delayed.map((measure) => `${measure.number} ${getLatestReport(measure)?.label ?? ''}`), ...parts.map((part) => part.text)];
}

export async function remote(url: string): Promise<readonly Offer[]> {
  const client = createCatalogueClient({ baseUrl: url, timeout: 5_000 });
  try {
    return (await client.checkOffers('tilbud.json')).offers;
  } catch (error) {
    if (isCatalogueValidationError(error)) console.error(error.issues.map((issue) => describeIssue(issue, 'nn')));
    return [];
  }
}

/** The gaps of a municipality's tiltaksvifte, as a planner's script lists them. */
export async function gaps(offers: readonly Offer[]): Promise<string[]> {
  const coverage = offerCoverage(await loadCatalogue(), offers, { municipality: '1804', today: '2027-01-15' });
  const band: AgeBandId = AGE_BANDS[0]!.id;
  // @ts-expect-error -- not an age band
  const wrong: AgeBandId = '0-5';
  return coverage.cells.filter((cell) => cell.offers.length === 0 && cell.band !== band && cell.band !== wrong).map((cell) => `${cell.level} ${cell.band}`);
}

export const parsed = offerSchema.safeParse({}).success;
export const checked = checkOffers({ offers: [] }).rejected.length;
export const data: unknown = catalogueData;
export const io: Io = { stdout: () => {}, stderr: () => {}, cwd: '.' };
export const code: Promise<number> = run(['--version'], io);
