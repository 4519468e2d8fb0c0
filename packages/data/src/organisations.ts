import type { Organisation } from '@foreldrestotte/sdk';
import { t } from './text.js';

// The bodies the 2020 and 2021 status reports name as responsible ("Ansvarlig:"), under their official names.
// `reportedAs` keeps the reports' own wording: they write "Helsedepartementet" and "Justisdepartementet".
export const organisations: Organisation[] = [
  {
    id: 'bfd',
    kind: 'ministry',
    name: t('Barne- og familiedepartementet', 'Barne- og familiedepartementet', 'Ministry of Children and Families'),
    abbreviation: 'BFD',
    reportedAs: ['Barne- og familiedepartementet'],
  },
  {
    id: 'hod',
    kind: 'ministry',
    name: t('Helse- og omsorgsdepartementet', 'Helse- og omsorgsdepartementet', 'Ministry of Health and Care Services'),
    abbreviation: 'HOD',
    reportedAs: ['Helsedepartementet'],
  },
  {
    id: 'kd',
    kind: 'ministry',
    name: t('Kunnskapsdepartementet', 'Kunnskapsdepartementet', 'Ministry of Education and Research'),
    abbreviation: 'KD',
    reportedAs: ['Kunnskapsdepartementet'],
  },
  {
    id: 'jd',
    kind: 'ministry',
    name: t('Justis- og beredskapsdepartementet', 'Justis- og beredskapsdepartementet', 'Ministry of Justice and Public Security'),
    abbreviation: 'JD',
    reportedAs: ['Justisdepartementet'],
  },
  {
    id: 'hdir',
    kind: 'directorate',
    name: t('Helsedirektoratet', 'Helsedirektoratet', 'Norwegian Directorate of Health'),
    reportedAs: ['Helsedirektoratet'],
  },
];
