import { readFile, readdir } from 'node:fs/promises';
import type { Root } from 'mdast';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildLibrary, type Library, type SourceText } from './library.ts';
import { UserError, type Problem } from './problems.ts';

/** The project root, found from this file so scripts work from any working directory. */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DEFAULT_CONTENT_DIR = join(PROJECT_ROOT, 'content');

/** Reads content/failure-modes/*.mdx and content/sources.yaml; throws UserError listing every problem. */
export async function loadLibrary(contentDir = DEFAULT_CONTENT_DIR): Promise<Library> {
  const { library, problems } = buildLibrary(...(await readContent(contentDir)));
  if (!library) throw contentProblems(problems);
  return library;
}

/**
 * loadLibrary, plus each page's body tree by id, from the one parse the validation made: as the
 * checks left it (the site's neutral edition, for HTML: the site's loader renders every page from
 * it) and as parsed (what the handbook builder's page embeds).
 */
export async function loadLibraryWithBodies(contentDir = DEFAULT_CONTENT_DIR): Promise<{ library: Library; neutralBodies: Map<string, Root>; parsedBodies: Map<string, Root> }> {
  const { library, problems, neutralBodies, parsedBodies } = buildLibrary(...(await readContent(contentDir)), { keepBodies: true });
  if (!library) throw contentProblems(problems);
  return { library, neutralBodies: neutralBodies ?? new Map(), parsedBodies: parsedBodies ?? new Map() };
}

/** The pages (sorted by file name) and the sources file, as text with the paths messages show. */
async function readContent(contentDir: string): Promise<[SourceText[], SourceText]> {
  const modesDir = join(contentDir, 'failure-modes');
  const names = (await readdir(modesDir)).filter((n) => n.endsWith('.mdx')).sort();
  const display = (p: string) => relative(process.cwd(), p) || p;
  const pages = await Promise.all(
    names.map(async (name) => ({ path: display(join(modesDir, name)), text: await readFile(join(modesDir, name), 'utf8') })),
  );
  const sourcesPath = join(contentDir, 'sources.yaml');
  const sources = { path: display(sourcesPath), text: await readFile(sourcesPath, 'utf8') };
  return [pages, sources];
}

function contentProblems(problems: Problem[]): UserError {
  return new UserError(problems, `The playbook content has ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
}
