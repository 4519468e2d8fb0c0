// Runs first on the foreign test page: records CSP violations, errors and warnings for test/browser/cdn.test.ts.
const report = { violations: [], errors: [], warnings: [] };
window.fsReport = report;
document.addEventListener('securitypolicyviolation', (event) => report.violations.push(`${event.violatedDirective} ${event.blockedURI}`));
window.addEventListener('error', (event) => report.errors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => report.errors.push(String(event.reason)));
const originalError = console.error;
console.error = (...args) => {
  report.errors.push(args.map(String).join(' '));
  originalError(...args);
};
const originalWarn = console.warn;
console.warn = (...args) => {
  report.warnings.push(args.map(String).join(' '));
  originalWarn(...args);
};
