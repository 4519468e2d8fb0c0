// Runs inside a page served with `Content-Security-Policy: default-src 'self'`: loads the SDK's browser
// bundle, validates the whole catalogue with zod, and reports any CSP violation to the parent test.
const violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.violatedDirective} ${event.blockedURI}`);
});

try {
  const sdk = await import('/packages/sdk/cdn/index.js');
  const client = sdk.createCatalogueClient({ baseUrl: '/test-api/' });
  const catalogue = await client.catalogue();
  const embedded = await sdk.loadCatalogue();
  // Give the browser a moment to dispatch any violation events.
  await new Promise((resolve) => setTimeout(resolve, 50));
  parent.postMessage({ measures: catalogue.measures.length, embedded: embedded.measures.length, violations }, '*');
} catch (error) {
  parent.postMessage({ error: String(error), violations }, '*');
}
