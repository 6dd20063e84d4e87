import { readdir } from 'node:fs/promises';
import { readBounded } from '../bounded-read.ts';
import { decodeUtf8 } from '../config/yaml-source.ts';
import type { Root } from 'mdast';
import { join, relative, sep } from 'node:path';
import { buildLibrary, type Library, type MeasureTexts, type SourceText } from './library.ts';
import { UserError, type Problem } from '../problems.ts';
import { PROJECT_ROOT } from '../project-root.ts';

export const DEFAULT_CONTENT_DIR = join(PROJECT_ROOT, 'content');

/** Reads content/failure-modes/*.mdx, the library's data files and worksheets/*.yaml; throws UserError listing every problem. */
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
export async function loadLibraryWithBodies(
  contentDir = DEFAULT_CONTENT_DIR,
): Promise<{ library: Library; neutralBodies: Map<string, Root>; parsedBodies: Map<string, Root> }> {
  const { library, problems, neutralBodies, parsedBodies } = buildLibrary(
    ...(await readContent(contentDir)),
    { keepBodies: true },
  );
  if (!library) throw contentProblems(problems);
  return { library, neutralBodies: neutralBodies ?? new Map(), parsedBodies: parsedBodies ?? new Map() };
}

/** A page or the sources file larger than this is not content (the longest page is about 20 KB). */
export const MAX_CONTENT_FILE_BYTES = 1024 * 1024;
/** More pages than this is not a library but a mistake (the benchmarks build 2,000). */
export const MAX_PAGES = 10_000;

/**
 * The pages (sorted by file name) and the sources file, as text with the paths messages show. Each
 * file is read without blocking and up to a limit, so a FIFO, a device or a huge file among the
 * pages is a problem named at its path, never a hang; every problem is reported at once.
 */
async function readContent(
  contentDir: string,
): Promise<[SourceText[], SourceText, SourceText, MeasureTexts, SourceText[]]> {
  const modesDir = join(contentDir, 'failure-modes');
  const display = (p: string) => relative(process.cwd(), p) || p;
  const notALibrary = (why: string) =>
    new UserError(
      [
        {
          file: display(contentDir),
          message: `${why}; a playbook library is a folder with failure-modes/*.mdx, sources.yaml, roles.yaml, metrics.yaml and pulse.yaml. Check the folder you gave as --content (or PLAYBOOK_CONTENT_DIR)`,
        },
      ],
      'Cannot load the playbook',
    );
  let names: string[];
  try {
    names = (await readdir(modesDir)).filter((n) => n.endsWith('.mdx')).sort();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw notALibrary(
      code === 'ENOENT' || code === 'ENOTDIR'
        ? 'is not a playbook library: it has no failure-modes folder'
        : `its failure-modes folder cannot be read (${code ?? 'unknown error'})`,
    );
  }
  if (names.length > MAX_PAGES)
    throw notALibrary(
      `has ${names.length.toLocaleString('en')} pages in failure-modes; a library may hold at most ${MAX_PAGES.toLocaleString('en')}`,
    );
  const problems: Problem[] = [];
  const read = (path: string, missing: string): string => {
    const result = readBounded(path, MAX_CONTENT_FILE_BYTES);
    if ('bytes' in result) {
      const decoded = decodeUtf8(display(path), result.bytes);
      problems.push(...decoded.problems);
      return decoded.text ?? '';
    }
    const why: Record<string, string> = {
      ENOENT: missing,
      'not-a-file':
        'is not a regular file (a pipe, device or socket); content files must be ordinary text files',
      folder: 'is a folder; content files must be ordinary text files',
      'too-large': `is larger than ${MAX_CONTENT_FILE_BYTES / 1024 / 1024} MB; a content file is a few KB, so check that this is the right file`,
    };
    problems.push({
      file: display(path),
      message: why[result.reason] ?? `cannot be read (${result.reason})`,
    });
    return '';
  };
  const pages = names.map((name) => ({
    path: display(join(modesDir, name)),
    text: read(join(modesDir, name), 'disappeared while the library was read; run again'),
  }));
  const sourcesPath = join(contentDir, 'sources.yaml');
  const sources = {
    path: display(sourcesPath),
    text: read(
      sourcesPath,
      'not found: every library needs a sources.yaml listing the articles its pages cite',
    ),
  };
  const rolesPath = join(contentDir, 'roles.yaml');
  const roles = {
    path: display(rolesPath),
    text: read(
      rolesPath,
      'not found: every library needs a roles.yaml naming the people its plays are given to',
    ),
  };
  const dataFile = (name: string, missing: string): SourceText => {
    const path = join(contentDir, name);
    return { path: display(path), text: read(path, missing) };
  };
  const measures = {
    metrics: dataFile(
      'metrics.yaml',
      'not found: every library needs a metrics.yaml defining the metrics its pages use',
    ),
    pulse: dataFile(
      'pulse.yaml',
      'not found: every library needs a pulse.yaml holding the staff survey its pulse metrics report',
    ),
  };
  const worksheetsDir = join(contentDir, 'worksheets');
  const listed = await listWorksheetFiles(worksheetsDir);
  if ('code' in listed)
    problems.push({
      file: display(worksheetsDir),
      message: `cannot be read as a folder of worksheets (${listed.code}); it must be a folder of .yaml files, or absent`,
    });
  const worksheets = ('names' in listed ? listed.names : []).map((name) => ({
    path: display(join(worksheetsDir, name)),
    text: read(join(worksheetsDir, name), 'disappeared while the library was read; run again'),
  }));
  if (problems.length > 0) throw contentProblems(problems);
  return [pages, sources, roles, measures, worksheets];
}

/** The worksheet files, sorted; a library without a worksheets folder has none. */
async function listWorksheetFiles(dir: string): Promise<{ names: string[] } | { code: string }> {
  try {
    return { names: (await readdir(dir)).filter((n) => /\.ya?ml$/.test(n)).sort() };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    return code === 'ENOENT' ? { names: [] } : { code };
  }
}

function contentProblems(problems: Problem[]): UserError {
  return new UserError(
    problems,
    `The playbook content has ${problems.length} problem${problems.length === 1 ? '' : 's'}`,
  );
}
