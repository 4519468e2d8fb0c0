// Writing the offers file a page will read: all of it or nothing. The text goes to a temporary file beside the target
// and is renamed over it (atomic on one file system), so a full disk or a file-size limit leaves the previous file
// as it was. A target that is a source being read, or a symbolic link, is refused with a reason.
import { randomBytes } from 'node:crypto';
import { lstat, readlink, realpath, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { MessageId } from './messages.js';

/** Writes `text` to `target` whole, or leaves `target` as it was and throws. */
export async function writeWhole(target: string, text: string): Promise<void> {
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, text, { flag: 'wx' });
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Why `target` must not be written, with the files being read: undefined when it may be. */
export async function refusedTarget(target: string, inputs: readonly string[]): Promise<{ id: MessageId; detail?: string } | undefined> {
  const link = await lstat(target).catch(() => undefined);
  if (link?.isSymbolicLink()) return { id: 'symlinkOutput', detail: await readlink(target).catch(() => '?') };
  const real = async (path: string) => realpath(path).catch(() => resolve(path));
  const written = await real(target);
  for (const input of inputs) if ((await real(input)) === written) return { id: 'sameAsInput' };
  return undefined;
}
