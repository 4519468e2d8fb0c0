import type { FocusArea, Source } from '@foreldrestotte/sdk';
import { status2021, statusPage } from './sources.js';
import { t } from './text.js';

const list: Source = { title: 'Home-Start Familiekontaktene: Trygge foreldre – trygge barn', url: 'https://homestartnorge.no/trygge-foreldre-trygge-barn/' };

// The six innsatsområder, in the strategy's order; seed 002 uses the same headings.
export const focusAreas: FocusArea[] = [
  {
    id: 1,
    title: t('Tilgjengelig informasjon til alle foreldre', 'Tilgjengeleg informasjon til alle foreldre', 'Accessible information for all parents'),
    sources: [status2021, statusPage(1), list],
  },
  {
    id: 2,
    title: t('Treffsikre tilskuddsordninger', 'Treffsikre tilskotsordningar', 'Well-targeted grant schemes'),
    sources: [status2021, statusPage(2), list],
  },
  {
    id: 3,
    title: t(
      'Tilpasset støtte til foreldre med særlige behov',
      'Tilpassa støtte til foreldre med særlege behov',
      'Adapted support for parents with special needs',
    ),
    sources: [status2021, statusPage(3), list],
  },
  {
    id: 4,
    title: t('Kvalitetssikret og samordnet tilbud', 'Kvalitetssikra og samordna tilbod', 'Quality-assured and coordinated services'),
    sources: [status2021, statusPage(4), list],
  },
  {
    id: 5,
    title: t('En sterk frivillig sektor', 'Ein sterk frivillig sektor', 'A strong voluntary sector'),
    sources: [status2021, statusPage(5), list],
  },
  {
    id: 6,
    title: t('Økt kompetanse og kunnskap', 'Auka kompetanse og kunnskap', 'More competence and knowledge'),
    sources: [status2021, statusPage(6), list],
  },
];
