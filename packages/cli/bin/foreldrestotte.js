#!/usr/bin/env node
// The `foreldrestotte` command. Output is flushed before the exit code is set, so nothing is cut off in a pipe.
import { run } from '../dist/cli.js';

// A file-size limit (ulimit -f) reached while writing would kill the process at once; heard, it is an error the
// command answers instead, after taking its half-written temporary file away.
process.on('SIGXFSZ', () => {});

const code = await run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
  cwd: process.cwd(),
}).catch((error) => {
  process.stderr.write(`foreldrestotte: ${error instanceof Error ? error.message : String(error)}\n`);
  return 1;
});
process.exitCode = code;
