// A React app page with the elements, both ways (checked by tsc with packages/react/test, not served by npm start):
// the wrappers, for React 18 and later, and React 19's native custom elements with the typed JSX.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
// One entry per element: each registers only its own tag, so a page pays only for what it shows.
import { MeasureCard } from '@foreldrestotte/react/measure-card';
import { ProgrammeFinder } from '@foreldrestotte/react/programme-finder';
import type { FsFilterChangeEvent } from '@foreldrestotte/react';
// React 19's native tags: the JSX types, and the tag registered by its element module.
import '@foreldrestotte/react/jsx';
import '@foreldrestotte/elements/fs-prevention-levels.js';
import { setupLocalization } from '@foreldrestotte/elements/localization.js';

// Once, in the app's entry: the elements follow <html lang> (nb, nn or en).
setupLocalization();

function App() {
  const [query, setQuery] = useState('');
  return (
    <main>
      <h1>Foreldrestøtte i kommunen</h1>
      {/* Wrapper: props are set as properties, events arrive as typed callbacks. */}
      <MeasureCard measure={29} onFsError={(event) => console.warn(event.detail.message)} />
      <ProgrammeFinder
        municipality="1804"
        offersSrc="/tilbud.json"
        onFsFilterChange={(event: FsFilterChangeEvent) => setQuery(event.detail.filters.query ?? '')}
      />
      <p>Søket: {query || '(tomt)'}</p>
      {/* React 19: the element itself, typed by '@foreldrestotte/react/jsx'. */}
      <fs-prevention-levels onfs-show-programmes={(event) => console.info(event.detail.level)} />
    </main>
  );
}

createRoot(document.querySelector('#app') as HTMLElement).render(<App />);
