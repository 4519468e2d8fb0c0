// The municipality register: one municipality by number or by any of its official names.
import { memoByObject } from '../internal/memo.js';
import type { MunicipalityEntry, MunicipalityRegister } from '../schemas/municipality.js';
import { foldText } from './fold.js';

const fold = (value: string) => foldText(value.trim()).replaceAll('oe', 'o').replace(/\s+/g, ' ');

/** Folded names and numbers to entries, made once per register. */
const lookupOf = memoByObject((register: MunicipalityRegister) => {
  const lookup = new Map<string, MunicipalityEntry>();
  for (const entry of register.municipalities) {
    for (const key of [entry.number, entry.name, ...entry.names]) lookup.set(fold(key), entry);
  }
  return lookup;
});

/**
 * The municipality with this number ("1804", "301" is read as "0301") or any of its official names, in any of its
 * languages, folded as search folds: "Bodø", "bodo", "Tråante", "Trondheim - Tråante", "Guovdageaidnu".
 */
export function getMunicipality(register: MunicipalityRegister, numberOrName: string): MunicipalityEntry | undefined {
  const wanted = numberOrName.trim();
  if (wanted.length > 100) return undefined;
  return lookupOf(register).get(/^\d{3,4}$/.test(wanted) ? wanted.padStart(4, '0') : fold(wanted));
}
