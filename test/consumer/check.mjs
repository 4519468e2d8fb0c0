// A consumer app, type-checked against the packed tarballs as `npm install` would lay them out: with the oldest
// TypeScript the packages support (5.5, what zod 4 needs) and the newest 5.x, under `moduleResolution` bundler and
// node16, strict and without skipLibCheck, so every published .d.ts is read. Then React 18's types: the wrappers pass
// and the React 19 native tags are refused with the note that says why. Exit code 0 when all hold.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const here = fileURLToPath(new URL('.', import.meta.url));
const PACKAGES = ['sdk', 'data', 'elements', 'cli', 'react'];
const COMPILERS = {
  'TypeScript 5.5': join(here, 'node_modules/typescript/bin/tsc'),
  [`TypeScript ${JSON.parse(readFileSync(join(root, 'node_modules/typescript/package.json'), 'utf8')).version}`]: join(root, 'node_modules/typescript/bin/tsc'),
};

const work = mkdtempSync(join(tmpdir(), 'foreldrestotte-consumer-'));
const app = join(work, 'app');
const modules = join(app, 'node_modules');
let ok = true;

try {
  // The tarballs, unpacked where npm would put them.
  for (const name of PACKAGES) {
    const dir = join(root, 'packages', name);
    const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: dir, encoding: 'utf8' }));
    const target = join(modules, '@foreldrestotte', name);
    mkdirSync(target, { recursive: true });
    execFileSync('tar', ['-xzf', join(work, packed.filename), '-C', target, '--strip-components=1']);
  }
  // Their dependencies, as the repository has them installed (each resolves its own from where it really is).
  const link = (name, from) => {
    const target = join(modules, name);
    mkdirSync(dirname(target), { recursive: true });
    rmSync(target, { recursive: true, force: true });
    symlinkSync(realpathSync(from), target, 'dir');
  };
  // Each package's own copy where the workspace nests one (the repository's root may hold another major version).
  const installed = (name, dependency) =>
    [join(root, 'packages', name, 'node_modules', dependency), join(root, 'node_modules', dependency)].find((dir) => existsSync(dir));
  for (const name of PACKAGES) {
    const manifest = JSON.parse(readFileSync(join(modules, '@foreldrestotte', name, 'package.json'), 'utf8'));
    for (const dependency of Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies })) {
      if (!dependency.startsWith('@foreldrestotte/')) link(dependency, installed(name, dependency));
    }
  }
  link('@types/react', join(root, 'node_modules/@types/react'));
  link('csstype', join(root, 'node_modules/csstype'));
  cpSync(join(here, 'app'), join(app, 'src'), { recursive: true });
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));

  const common = {
    strict: true,
    skipLibCheck: false,
    noEmit: true,
    target: 'ES2022',
    lib: ['ES2022', 'DOM', 'DOM.Iterable'],
    jsx: 'react-jsx',
    types: [],
    exactOptionalPropertyTypes: false,
  };
  const files = ['src/sdk.ts', 'src/elements.ts', 'src/react.tsx'];
  const configs = {
    bundler: { ...common, module: 'ESNext', moduleResolution: 'Bundler' },
    node16: { ...common, module: 'Node16', moduleResolution: 'Node16' },
  };
  const tsc = (compiler, config) => spawnSync(process.execPath, [compiler, '-p', config], { cwd: app, encoding: 'utf8' });

  for (const [resolution, options] of Object.entries(configs)) {
    writeFileSync(join(app, `tsconfig.${resolution}.json`), JSON.stringify({ compilerOptions: options, files }));
    for (const [label, compiler] of Object.entries(COMPILERS)) {
      const result = tsc(compiler, `tsconfig.${resolution}.json`);
      const passed = result.status === 0;
      console.log(`${passed ? 'ok' : 'FAILED'}  ${label}, moduleResolution ${resolution}`);
      if (!passed) {
        console.log(result.stdout.split('\n').slice(0, 20).join('\n'));
        ok = false;
      }
    }
  }

  // React 18's types: the wrappers type-check, the native tag is refused and the message says to use the wrappers.
  link('@types/react', join(here, 'node_modules/@types/react'));
  writeFileSync(join(app, 'tsconfig.react-18.json'), JSON.stringify({ compilerOptions: configs.bundler, files: ['src/react-18.tsx'] }));
  const result = tsc(COMPILERS['TypeScript 5.5'], 'tsconfig.react-18.json');
  const errors = result.stdout.split('\n').filter((line) => line.includes('error TS'));
  const refused = errors.length > 0 && errors.every((line) => line.includes('react-18.tsx(6,')) && /UseTheWrappersUnderReact18/.test(result.stdout);
  console.log(`${refused ? 'ok' : 'FAILED'}  React 18: wrappers pass, native tags refused with the note to use them`);
  if (!refused) {
    console.log(result.stdout.split('\n').slice(0, 20).join('\n'));
    ok = false;
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.exitCode = ok ? 0 : 1;
