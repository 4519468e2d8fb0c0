// Synthetic records for the finder benchmark: variations of the real programmes with varied names, so that a search
// matches some and not others, and local offers spread over municipalities. Deterministic (no randomness), so two
// runs measure the same work.
const WORDS = [
  'trygghet',
  'samspill',
  'foreldre',
  'familie',
  'mestring',
  'følelser',
  'hverdag',
  'grenser',
  'lek',
  'språk',
  'søvn',
  'ungdom',
  'småbarn',
  'samliv',
  'nettverk',
  'rutiner',
];
const word = (i) => WORDS[i % WORDS.length];

// The SDK client refuses bodies over 5 MB, so long texts are cut to their first words: the benchmark is about
// matching and rendering, and names (what a search hits first) stay whole.
const short = (text) => Object.fromEntries(Object.entries(text).map(([locale, value]) => [locale, value.split(' ').slice(0, 4).join(' ')]));

export function syntheticCatalogue(catalogue, count) {
  const real = catalogue.programmes;
  const programmes = Array.from({ length: count }, (_, i) => {
    const base = real[i % real.length];
    const suffix = ` ${word(i)} ${word(i * 7 + 3)} ${i}`;
    return {
      ...base,
      id: `${base.id}-${i}`,
      name: { nb: base.name.nb + suffix, nn: base.name.nn + suffix, en: base.name.en + suffix },
      alternativeNames: base.alternativeNames.slice(0, 1),
      summary: short(base.summary),
      audience: short(base.audience),
      ...(base.length ? { length: short(base.length) } : {}),
      ...(base.responsibleBody ? { responsibleBody: short(base.responsibleBody) } : {}),
      evidence: base.evidence.slice(0, 1).map((rating) => ({ ...rating, note: undefined })),
      relatedMeasures: [],
      // A variant points at the first copy of its parent, which always exists.
      ...(base.partOf ? { partOf: `${base.partOf}-${real.findIndex((p) => p.id === base.partOf)}` } : {}),
      sources: base.sources.slice(0, 1),
    };
  });
  return { ...catalogue, programmes };
}

export function syntheticOffers(catalogue, count) {
  const offers = Array.from({ length: count }, (_, i) => {
    const programme = catalogue.programmes[(i * 13) % catalogue.programmes.length];
    const title = `${programme.abbreviation ?? word(i)} ${word(i * 5 + 1)} kurs ${i}`;
    return {
      id: `offer-${i}`,
      title: { nb: title, nn: title, en: title },
      programme: programme.id,
      provider: { name: `Eksempelvik ${word(i * 3)}senter`, kind: i % 2 ? 'ngo' : 'municipality' },
      municipality: String(1000 + (i % 900)).padStart(4, '0'),
      startDate: '2027-01-12',
      languages: ['nb'],
      price: i % 4 ? { free: true } : { free: false, amountNok: 200 },
    };
  });
  return { offers };
}
