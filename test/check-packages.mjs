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
