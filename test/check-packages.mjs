// Checks what `npm publish` would ship, as a user installs it: publint and "are the types wrong" (ESM only).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

const packages = ['packages/sdk', 'packages/data', 'packages/elements', 'packages/cli', 'packages/react'];
let ok = true;
for (const dir of packages) {
  for (const [tool, args] of [
    ['publint', [dir, '--strict']],
    ['attw', ['--pack', dir, '--profile', 'esm-only', '--format', 'table-flipped']],
  ]) {
    console.log(`${tool} ${dir}`);
    const { status } = spawnSync(join('node_modules', '.bin', tool), args, { stdio: 'inherit' });
    if (status !== 0) ok = false;
  }
}
// What a first `npm publish` and a reader on npmjs.com need: the licence (and the data's notice) in the tarball, the
// addresses of the repository, its folder and its issues, public access for the scope, and README links that work
// outside the repository.
const license = readFileSync('LICENSE', 'utf8');
for (const dir of packages) {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const { stdout } = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: dir, encoding: 'utf8' });
  const files = new Set(JSON.parse(stdout)[0].files.map((file) => file.path));
  const problems = [
    !files.has('LICENSE') && 'no LICENSE in the tarball',
    files.has('LICENSE') && readFileSync(join(dir, 'LICENSE'), 'utf8') !== license && 'LICENSE differs from the repository’s',
    dir.endsWith('/data') && !files.has('NOTICE') && 'no NOTICE (Kartverket, CC BY 4.0) in the tarball',
    pkg.repository?.directory !== dir && `repository.directory is not ${dir}`,
    !pkg.homepage && 'no homepage',
    !pkg.bugs?.url && 'no bugs.url',
    !pkg.engines?.node && 'no engines.node',
    pkg.publishConfig?.access !== 'public' && 'publishConfig.access is not "public" (a scoped package is refused otherwise)',
    !/^[1-9]\d*\.\d+\.\d+$/.test(pkg.version) && `version ${pkg.version} is not a release`,
    /\]\((?!https?:|#|mailto:)[^)]+\)/.test(readFileSync(join(dir, 'README.md'), 'utf8')) && 'README.md has a relative link, dead on npmjs.com',
  ].filter(Boolean);
  for (const problem of problems) console.error(`${dir}: ${problem}`);
  if (problems.length) ok = false;
}

// Every source map shipped must resolve: each source either inside the package or carried in the map itself.
for (const dir of packages) {
  const { stdout } = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: dir, encoding: 'utf8' });
  const files = new Set(JSON.parse(stdout)[0].files.map((file) => file.path));
  for (const file of [...files].filter((path) => path.endsWith('.map'))) {
    const map = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    map.sources.forEach((source, index) => {
      const inPackage = files.has(normalize(join(dirname(file), map.sourceRoot ?? '', source)));
      if (!inPackage && typeof map.sourcesContent?.[index] !== 'string') {
        console.error(`${dir}/${file}: source ${source} is neither published nor in the map`);
        ok = false;
      }
    });
  }
}
process.exitCode = ok ? 0 : 1;
