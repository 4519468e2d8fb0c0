// The fixed vocabularies of the catalogue, free of zod: code that only needs the words (a widget's filters,
// the status summary) imports them from here without pulling the validator into the page.

/** The three languages the catalogue and the elements speak. Bokmål is the source language. */
export const locales = ['nb', 'nn', 'en'] as const;

/**
 * The normalised status vocabulary. The label a report was published with is always kept beside it;
 * docs/data-format.md maps every label seen to one of these.
 */
export const statuses = ['not-started', 'ongoing', 'on-track', 'delayed', 'deviation', 'completed'] as const;

/** The kinds of body an organisation is. */
export const organisationKinds = ['ministry', 'directorate', 'agency', 'other'] as const;

/** The three prevention levels, from the broadest: for all, for families at risk, for families with problems. */
export const preventionLevelIds = ['universal', 'selective', 'indicated'] as const;

/** The three routes of help: to the child, to the parents, to systems and professionals. */
export const helpRouteIds = ['child', 'parents', 'systems'] as const;

/** Kinds of catalogue entry. Only the first two are offers parents take part in themselves. */
export const programmeCategories = [
  'parenting-programme',
  'relationship-course',
  'volunteer-home-visiting',
  'staff-training',
  'collaboration-model',
  'digital-resource',
] as const;

/** How programmes are delivered. */
export const deliveryFormats = ['group', 'individual', 'home-visits', 'video-feedback', 'digital'] as const;

/**
 * The services that run local offers, as a municipality's plan names them: the health clinic and school health
 * service, kindergarten, school, the educational-psychological service (PPT), family counselling, child welfare, NAV,
 * the municipal mental-health service, child and adolescent psychiatry (BUP), a voluntary organisation, or another.
 */
export const offerServices = [
  'helsestasjon',
  'barnehage',
  'skole',
  'ppt',
  'familievern',
  'barnevern',
  'nav',
  'psykisk-helse',
  'bup',
  'frivillig',
  'annen',
] as const;
