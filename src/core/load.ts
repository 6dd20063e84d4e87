import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildLibrary, type Library } from './library.ts';
import { UserError } from './problems.ts';

/** The project root, found from this file so scripts work from any working directory. */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DEFAULT_CONTENT_DIR = join(PROJECT_ROOT, 'content');

/** Reads content/failure-modes/*.mdx and content/sources.yaml; throws UserError listing every problem. */
export async function loadLibrary(contentDir = DEFAULT_CONTENT_DIR): Promise<Library> {
  const modesDir = join(contentDir, 'failure-modes');
  const names = (await readdir(modesDir)).filter((n) => n.endsWith('.mdx')).sort();
  const display = (p: string) => relative(process.cwd(), p) || p;
  const pages = await Promise.all(
    names.map(async (name) => ({ path: display(join(modesDir, name)), text: await readFile(join(modesDir, name), 'utf8') })),
  );
  const sourcesPath = join(contentDir, 'sources.yaml');
  const sources = { path: display(sourcesPath), text: await readFile(sourcesPath, 'utf8') };
  const { library, problems } = buildLibrary(pages, sources);
  if (!library) throw new UserError(problems, `The playbook content has ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  return library;
}
