// The documents the catalogue is curated from. Seeds are the project's copies of Norwegian source texts
// (../shared/seeds); URLs come from the research notes, which cite them.
import type { Source } from '@foreldrestotte/sdk';

export const seeds = {
  conference2018: '000_d251157d316631dd.txt',
  webResource: '001_dc765f274b9e526a.txt',
  status2021: '002_53c96cbdcd6d72f0.txt',
  status2020: '003_95dae0ae6de2b135.txt',
  whatIsParentingSupport: '004_4c7591328276c708.txt',
} as const;

export const status2021: Source = {
  title: 'Bufdir: Status på arbeidet med tiltak i foreldrestøttestrategien Trygge foreldre – trygge barn (status 2021)',
  seed: seeds.status2021,
  url: 'https://www.bufdir.no/prosjekter/status-foreldrestottestrategien/',
};

export const status2020: Source = {
  title: 'Bufdir: Status for tiltak 24–34, innsatsområdet «Økt kompetanse og kunnskap» (status 2020)',
  seed: seeds.status2020,
};

export const whatIsParentingSupport: Source = {
  title: 'Bufdir: Hva er foreldrestøtte?',
  seed: seeds.whatIsParentingSupport,
  url: 'https://www.bufdir.no/fagstotte/barnevern-oppvekst/foreldrestotte/hva-er-foreldrestotte2/',
};

export const conference2018: Source = {
  title: 'Bufdir: Nasjonal konferanse om foreldreveiledning i grupper (2018)',
  seed: seeds.conference2018,
};

/** Bufdir's status pages, one per focus area; the slugs carry the measure ranges. */
export const statusPages = {
  1: 'https://www.bufdir.no/Familie/Status_foreldrestottestrategien/Tilgjengelig_informasjon_til_alle_foreldre_tiltak_1_6/',
  2: 'https://bufdir.no/Familie/Status_foreldrestottestrategien/Treffsikre_tilskuddsordninger_tiltak_7/',
  3: 'https://bufdir.no/Familie/Status_foreldrestottestrategien/Tilpasset_stotte_til_foreldre_med_sarlige_behov_tiltak_8_19/',
  4: 'https://bufdir.no/Familie/Status_foreldrestottestrategien/Kvalitetssikret_og_samordnet_tilbud_tiltak_20_22/',
  5: 'https://bufdir.no/Familie/Status_foreldrestottestrategien/En_sterk_frivillig_sektor_tiltak_23/',
  6: 'https://www.bufdir.no/Familie/Status_foreldrestottestrategien/Okt_kompetanse_og_kunnskap_tiltak_24_34/',
} as const;

export function statusPage(focusArea: keyof typeof statusPages): Source {
  return { title: `Bufdir: Status for foreldrestøttestrategien, innsatsområde ${focusArea}`, url: statusPages[focusArea] };
}
