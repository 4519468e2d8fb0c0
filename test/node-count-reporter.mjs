// A node:test reporter that counts tests (not suites) for test/run.mjs.
export default async function* countReporter(source) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for await (const event of source) {
    const isTest = event.data?.details?.type !== 'suite';
    if (event.type === 'test:pass' && isTest) {
      if (event.data.skip || event.data.todo) counts.skipped += 1;
      else counts.passed += 1;
    } else if (event.type === 'test:fail' && isTest) {
      counts.failed += 1;
    }
  }
  yield JSON.stringify(counts);
}
