// `npm test`: every check in order, then one closing line `N passed, N failed` that counts every test of
// every suite (Node and browser) plus each whole-project check (build, typecheck, lint, packages, consumer types, api
// docs) as one.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const bin = (name) => join('node_modules', '.bin', name);
const results = 'test/.results';
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const testFiles = (dir) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((file) => file.endsWith('.test.ts'))
        .map((file) => join(dir, file))
    : [];

function run(command, args) {
  const { status } = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  return status === 0;
}

function readCounts(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

const typecheckProjects = [
  'packages/sdk',
  'packages/data',
  'packages/elements',
  'packages/cli',
  'packages/react',
  'packages/sdk/test',
  'packages/cli/test',
  'packages/react/test',
  'packages/react/test/browser',
  'packages/sdk/test/browser',
  'packages/elements/test',
  'packages/elements/tsconfig.test.json',
  'test/browser',
];

const steps = [
  { name: 'build', run: () => run('npm', ['run', '--silent', 'build']) },
  { name: 'typecheck', run: () => run(bin('tsc'), ['-b', ...typecheckProjects]) },
  {
    name: 'lint',
    run: () => run(bin('eslint'), ['--max-warnings', '0', '.']) && run(bin('prettier'), ['--check', '--log-level', 'warn', '**/*.{ts,tsx,mjs,js}']),
  },
  {
    name: 'node tests',
    suite: true,
    run: () => {
      const file = join(results, 'node.json');
      const files = ['packages/sdk/test', 'packages/data/test', 'packages/elements/test', 'packages/cli/test', 'packages/react/test'].flatMap(testFiles);
      const ok = run(process.execPath, [
        '--expose-gc',
        '--import',
        'tsx',
        '--test',
        '--test-reporter=spec',
        '--test-reporter-destination=stdout',
        '--test-reporter=./test/node-count-reporter.mjs',
        `--test-reporter-destination=${file}`,
        ...files,
      ]);
      return { ok, counts: readCounts(file) };
    },
  },
  {
    name: 'browser tests',
    suite: true,
    run: () => {
      const ok = run(bin('web-test-runner'), ['--config', 'test/web-test-runner.config.mjs']);
      return { ok, counts: readCounts(join(results, 'browser.json')) };
    },
  },
  { name: 'packages', run: () => run(process.execPath, ['test/check-packages.mjs']) },
  // A consumer app type-checks against the packed tarballs with TypeScript 5.5 and 5.9, bundler and node16 resolution.
  { name: 'consumer types', run: () => run(process.execPath, ['test/consumer/check.mjs']) },
  // The API reference builds without a warning (broken links, undocumented exports stay visible).
  { name: 'api docs', run: () => run(bin('typedoc'), ['--options', 'docs/typedoc.json', '--logLevel', 'Warn']) },
];

let passed = 0;
let failed = 0;
let skipped = 0;
const lines = [];
for (const step of steps) {
  console.log(`\n▶ ${step.name}`);
  const outcome = step.run();
  if (step.suite) {
    const counts = outcome.counts ?? { passed: 0, failed: 0, skipped: 0 };
    // A runner that dies before reporting, or fails outside any test, still counts as a failure.
    if (!outcome.ok && counts.failed === 0) counts.failed = 1;
    passed += counts.passed;
    failed += counts.failed;
    skipped += counts.skipped;
    lines.push(`${step.name.padEnd(14)} ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  } else {
    if (outcome) passed += 1;
    else failed += 1;
    lines.push(`${step.name.padEnd(14)} ${outcome ? 'ok' : 'FAILED'}`);
  }
}

console.log(`\n${lines.join('\n')}\n`);
if (skipped > 0) {
  // Said plainly beside the count: a clone without the source documents skips the checks that read them.
  const why = existsSync('../shared/seeds') ? '' : ': the checks against the source documents (../shared is not beside this clone)';
  console.log(`${skipped} skipped${why}`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
