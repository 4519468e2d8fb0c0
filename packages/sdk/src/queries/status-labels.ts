import type { Status } from '../schemas/strategy.js';

// Every status label seen in Bufdir's published status reports, mapped to the normalised vocabulary.
// docs/data-format.md explains each choice; the catalogue keeps the label itself verbatim.
const LABELS: Record<string, Status> = {
  'ikke påbegynt': 'not-started',
  pågående: 'ongoing',
  pågånde: 'ongoing',
  'ferdig og samtidig pågående': 'ongoing',
  'i rute': 'on-track',
  'i rute, pågående': 'on-track',
  'pågående – i rute': 'on-track',
  'påbegynt – i rute': 'on-track',
  forsinket: 'delayed',
  avvik: 'deviation',
  ferdig: 'completed',
};

/** The normalised status of a published label ("I rute" → "on-track"), or undefined for an unknown label. */
export function normaliseStatusLabel(label: string): Status | undefined {
  const key = label
    .trim()
    .replace(/[.:]$/, '')
    .replace(/\s+-\s+/g, ' – ')
    .toLowerCase();
  return LABELS[key];
}
