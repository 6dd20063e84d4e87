// Run checks the library folder before any command loads it, so a wrong --content is one plain line
// rather than a loader error about some file inside it.
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { UserError } from '../core/problems.ts';
import type { Io } from './io.ts';

/**
 * A library folder named by --content or PLAYBOOK_CONTENT_DIR must hold failure-modes/ and
 * sources.yaml; anything else is the wrong folder, said in one line before the loader reads it.
 */
export async function checkContentFolder(io: Io, option: string | undefined): Promise<void> {
  const given = option ?? io.env.PLAYBOOK_CONTENT_DIR;
  if (given === undefined || (option === undefined && given === '')) return;
  const field = option !== undefined ? '--content' : 'PLAYBOOK_CONTENT_DIR';
  const fail = (message: string): never => {
    throw new UserError([{ file: given || '(empty)', field, message }], 'Cannot load the playbook');
  };
  // Empty, the loader would quietly read the project's own library instead.
  if (given.trim() === '') fail('is empty; give the library folder, e.g. --content content');
  const expected =
    "expected a folder that holds failure-modes/*.mdx and sources.yaml, such as the project's content/ folder";
  const dir = resolve(io.cwd, given);
  const kind = async (path: string) =>
    stat(path).then(
      (info) => (info.isDirectory() ? 'folder' : info.isFile() ? 'file' : 'other'),
      (error: NodeJS.ErrnoException) =>
        error.code === 'EACCES' || error.code === 'EPERM' ? 'unreadable' : 'missing',
    );
  const top = await kind(dir);
  if (top === 'missing') fail(`folder not found; ${expected}`);
  if (top === 'unreadable') fail(`permission denied; check that you may read this folder`);
  if (top !== 'folder') fail(`is not a playbook library: it is a file, not a folder; ${expected}`);
  const [modes, sources] = await Promise.all([
    kind(join(dir, 'failure-modes')),
    kind(join(dir, 'sources.yaml')),
  ]);
  const missing = [
    ...(modes !== 'folder' ? ['no failure-modes folder'] : []),
    ...(sources !== 'file' ? ['no sources.yaml file'] : []),
  ];
  if (missing.length > 0) fail(`is not a playbook library: it has ${missing.join(' and ')}; ${expected}`);
  const pages = await readdir(join(dir, 'failure-modes')).then(
    (names) => names.filter((n) => n.endsWith('.mdx')).length,
    () => fail('permission denied on its failure-modes folder; check that you may read it'),
  );
  if (pages === 0)
    fail(`is not a playbook library: its failure-modes folder holds no .mdx pages; ${expected}`);
}
