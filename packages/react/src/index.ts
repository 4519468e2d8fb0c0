// React components for the four elements, made with @lit/react: properties are set as properties (arrays and numbers
// stay typed), and the elements' events are typed callbacks (`onFsError`, `onFsFilterChange`, …). Works with React 18
// and later. Importing this registers the four tags. The elements' language follows `<html lang>` once
// `setupLocalization()` from `@foreldrestotte/elements/localization.js` has been called (once, in the app's entry).
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import {
  FsMeasureBoard,
  FsMeasureCard,
  FsPreventionLevels,
  FsProgrammeFinder,
  type FsErrorEvent,
  type FsFilterChangeEvent,
  type FsMeasureToggleEvent,
  type FsShowProgrammesEvent,
} from '@foreldrestotte/elements';
import '@foreldrestotte/elements/all.js';

const onFsError = 'fs-error' as EventName<FsErrorEvent>;
const onFsFilterChange = 'fs-filter-change' as EventName<FsFilterChangeEvent>;

/** `<fs-measure-card>`: one measure's status. Props: `measure`, `report`, `src`, …; `onFsError`. */
export const MeasureCard = createComponent({
  react: React,
  tagName: 'fs-measure-card',
  elementClass: FsMeasureCard,
  events: { onFsError },
});

/** `<fs-measure-board>`: all 34 measures by status. Events: `onFsFilterChange`, `onFsMeasureToggle`, `onFsError`. */
export const MeasureBoard = createComponent({
  react: React,
  tagName: 'fs-measure-board',
  elementClass: FsMeasureBoard,
  events: { onFsError, onFsFilterChange, onFsMeasureToggle: 'fs-measure-toggle' as EventName<FsMeasureToggleEvent> },
});

/** `<fs-programme-finder>`: parenting programmes and local offers. Events: `onFsFilterChange`, `onFsError`. */
export const ProgrammeFinder = createComponent({
  react: React,
  tagName: 'fs-programme-finder',
  elementClass: FsProgrammeFinder,
  events: { onFsError, onFsFilterChange },
});

/** `<fs-prevention-levels>`: the three prevention levels. Events: `onFsShowProgrammes`, `onFsError`. */
export const PreventionLevels = createComponent({
  react: React,
  tagName: 'fs-prevention-levels',
  elementClass: FsPreventionLevels,
  events: { onFsError, onFsShowProgrammes: 'fs-show-programmes' as EventName<FsShowProgrammesEvent> },
});

export type { FsErrorEvent, FsFilterChangeEvent, FsMeasureToggleEvent, FsShowProgrammesEvent };
