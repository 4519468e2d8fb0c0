// Checks what `npm publish` would ship, as a user installs it: publint and "are the types wrong" (ESM only).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const packages = ['packages/sdk', 'packages/data', 'packages/elements'];
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
process.exitCode = ok ? 0 : 1;
