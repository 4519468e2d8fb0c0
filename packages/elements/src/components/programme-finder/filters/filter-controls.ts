// The finder's programme filters: prevention level and format as checkboxes, age, type and arena as lists.
import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import {
  deliveryFormats,
  localize,
  preventionLevelIds,
  programmeCategories,
  type Arena,
  type DeliveryFormat,
  type Locale,
  type PreventionLevelId,
  type ProgrammeCategory,
} from '@foreldrestotte/sdk';
import { ageText, categoryText, formatText, levelBothText } from '../../../internal/vocabulary.js';
import { AGE_BANDS, parseAge, type AgeSpan } from './filters.js';

/** The finder's filter properties, which the controls set. */
export interface FilterHost {
  levels: PreventionLevelId[];
  age: AgeSpan | undefined;
  formats: DeliveryFormat[];
  categories: ProgrammeCategory[];
  arenas: string[];
}

const toggleIn = <T>(list: readonly T[], item: T, on: boolean): T[] => (on ? [...list.filter((x) => x !== item), item] : list.filter((x) => x !== item));

/** The filter controls; `changed` is called after the reader changed one. */
export function renderFilterControls(host: FilterHost, arenas: readonly Arena[], locale: Locale, changed: () => void) {
  const presetAge = host.age && !AGE_BANDS.some((band) => band.min === host.age?.min && band.max === host.age?.max) ? host.age : undefined;
  const renderCheck = (group: string, value: string, label: string, checked: boolean, toggle: (on: boolean) => void) => html`<label class="check">
      <input type="checkbox" name=${group} value=${value} .checked=${checked} @change=${(event: Event) => {
        toggle((event.target as HTMLInputElement).checked);
        changed();
      }} />
      ${label}
    </label>`;
  return html`<div class="filters" part="filters">
    <fieldset>
      <legend>${msg('Forebyggingsnivå', { id: 'finder.levels' })}</legend>
      ${preventionLevelIds.map((level) =>
        renderCheck('level', level, levelBothText(level, locale), host.levels.includes(level), (on) => {
          host.levels = toggleIn(host.levels, level, on);
        }),
      )}
    </fieldset>
    <fieldset>
      <legend>${msg('Form', { id: 'finder.formats' })}</legend>
      ${deliveryFormats.map((format) =>
        renderCheck('format', format, formatText(format), host.formats.includes(format), (on) => {
          host.formats = toggleIn(host.formats, format, on);
        }),
      )}
    </fieldset>
    <div class="field">
      <label for="age">${msg('Barnets alder', { id: 'finder.age' })}</label>
      <select id="age" @change=${(event: Event) => {
        host.age = parseAge((event.target as HTMLSelectElement).value);
        changed();
      }}>
        <option value="" ?selected=${!host.age}>${msg('Alle aldre', { id: 'finder.allAges' })}</option>
        ${presetAge ? html`<option value="${presetAge.min}-${presetAge.max}" selected>${ageText(presetAge)}</option>` : nothing}
        ${AGE_BANDS.map(
          (band) =>
            html`<option value="${band.min}-${band.max}" ?selected=${host.age?.min === band.min && host.age?.max === band.max}>${ageText(band)}</option>`,
        )}
      </select>
      <label for="category">${msg('Type', { id: 'finder.category' })}</label>
      <select id="category" @change=${(event: Event) => {
        const value = (event.target as HTMLSelectElement).value as ProgrammeCategory | '';
        host.categories = value ? [value] : [];
        changed();
      }}>
        <option value="" ?selected=${host.categories.length === 0}>${msg('Alle typer', { id: 'finder.allCategories' })}</option>
        ${programmeCategories.map(
          (category) =>
            html`<option value=${category} ?selected=${host.categories.length === 1 && host.categories[0] === category}>${categoryText(category)}</option>`,
        )}
      </select>
      <label for="arena">${msg('Hvor tilbudet gis', { id: 'finder.arena' })}</label>
      <select id="arena" @change=${(event: Event) => {
        const value = (event.target as HTMLSelectElement).value;
        host.arenas = value ? [value] : [];
        changed();
      }}>
        <option value="" ?selected=${host.arenas.length === 0}>${msg('Alle steder', { id: 'finder.allArenas' })}</option>
        ${arenas.map(
          (arena) =>
            html`<option value=${arena.id} ?selected=${host.arenas.length === 1 && host.arenas[0] === arena.id}>${localize(arena.name, locale)}</option>`,
        )}
      </select>
    </div>
  </div>`;
}
