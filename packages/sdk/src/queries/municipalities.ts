import type { MunicipalityEntry, MunicipalityRegister } from '../schemas/municipality.js';
import { foldText } from './text.js';

const fold = (value: string) => foldText(value.trim()).replaceAll('oe', 'o').replace(/\s+/g, ' ');

// Folded names and numbers to entries, made once per register.
const lookups = new WeakMap<MunicipalityRegister, Map<string, MunicipalityEntry>>();

/**
 * The municipality with this number ("1804", "301" is read as "0301") or any of its official names, in any of its
 * languages, folded as search folds: "Bodø", "bodo", "Tråante", "Trondheim - Tråante", "Guovdageaidnu".
 */
export function findMunicipality(register: MunicipalityRegister, numberOrName: string): MunicipalityEntry | undefined {
  let lookup = lookups.get(register);
  if (!lookup) {
    lookup = new Map();
    for (const entry of register.municipalities) {
      for (const key of [entry.number, entry.name, ...entry.names]) lookup.set(fold(key), entry);
    }
    lookups.set(register, lookup);
  }
  const wanted = numberOrName.trim();
  return lookup.get(/^\d{3,4}$/.test(wanted) ? wanted.padStart(4, '0') : fold(wanted));
}
