// Words for the catalogue's fixed vocabularies: levels, formats, categories.
import { msg, str } from '@lit/localize';
import type { DeliveryFormat, OfferService, PreventionLevelId, ProgrammeCategory } from '@foreldrestotte/sdk';

export function levelText(level: PreventionLevelId): string {
  switch (level) {
    case 'universal':
      return msg('Universelt', { id: 'level.universal' });
    case 'selective':
      return msg('Selektivt', { id: 'level.selective' });
    case 'indicated':
      return msg('Indikativt', { id: 'level.indicated' });
  }
}

/** The level in a parent's words ("For alle"), for filters where the professional term alone would not say it. */
export function levelPlainText(level: PreventionLevelId): string {
  switch (level) {
    case 'universal':
      return msg('For alle', { id: 'level.plain.universal' });
    case 'selective':
      return msg('For familier med risiko', { id: 'level.plain.selective' });
    case 'indicated':
      return msg('For familier med vansker', { id: 'level.plain.indicated' });
  }
}

export function formatText(format: DeliveryFormat): string {
  switch (format) {
    case 'group':
      return msg('Gruppe', { id: 'format.group' });
    case 'individual':
      return msg('Individuelt', { id: 'format.individual' });
    case 'home-visits':
      return msg('Hjemmebesøk', { id: 'format.home-visits' });
    case 'video-feedback':
      return msg('Videoveiledning', { id: 'format.video-feedback' });
    case 'digital':
      return msg('Digitalt', { id: 'format.digital' });
  }
}

export function categoryText(category: ProgrammeCategory): string {
  switch (category) {
    case 'parenting-programme':
      return msg('Foreldreprogram', { id: 'category.parenting-programme' });
    case 'relationship-course':
      return msg('Samlivskurs', { id: 'category.relationship-course' });
    case 'volunteer-home-visiting':
      return msg('Frivillig hjemmebesøk', { id: 'category.volunteer-home-visiting' });
    case 'staff-training':
      return msg('Opplæring for ansatte', { id: 'category.staff-training' });
    case 'collaboration-model':
      return msg('Samarbeid mellom tjenester', { id: 'category.collaboration-model' });
    case 'digital-resource':
      return msg('Digital ressurs', { id: 'category.digital-resource' });
  }
}

export function ageText(range: { min: number; max: number; fromPregnancy?: boolean | undefined }): string {
  if (range.fromPregnancy) return msg(str`Fra svangerskap til ${range.max} år`, { id: 'age.fromPregnancy' });
  return msg(str`${range.min}–${range.max} år`, { id: 'age.range' });
}

/** The service that runs an offer, as a municipality's plan names it. */
export function serviceText(service: OfferService | undefined): string {
  switch (service) {
    case 'helsestasjon':
      return msg('Helsestasjon og skolehelsetjeneste', { id: 'service.helsestasjon' });
    case 'barnehage':
      return msg('Barnehage', { id: 'service.barnehage' });
    case 'skole':
      return msg('Skole', { id: 'service.skole' });
    case 'ppt':
      return msg('PP-tjenesten', { id: 'service.ppt' });
    case 'familievern':
      return msg('Familievernet', { id: 'service.familievern' });
    case 'barnevern':
      return msg('Barnevernet', { id: 'service.barnevern' });
    case 'nav':
      return msg('NAV', { id: 'service.nav' });
    case 'psykisk-helse':
      return msg('Psykisk helse og rus', { id: 'service.psykisk-helse' });
    case 'bup':
      return msg('BUP', { id: 'service.bup' });
    case 'frivillig':
      return msg('Frivillig organisasjon', { id: 'service.frivillig' });
    case 'annen':
      return msg('Annen tjeneste', { id: 'service.annen' });
    case undefined:
      return msg('Tjeneste ikke oppgitt', { id: 'service.none' });
  }
}

/** A prevention level in a parent's words first, the professional term after: "For alle (universelt)". */
export function levelBothText(level: PreventionLevelId, locale: string): string {
  return `${levelPlainText(level)} (${levelText(level).toLocaleLowerCase(locale)})`;
}
