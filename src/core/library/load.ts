import { readdir } from 'node:fs/promises';
import type { Root } from 'mdast';
import { join } from 'node:path';
import { displayPath, readContentFile } from './content-file.ts';
import { buildLibrary, type Library, type MeasureTexts, type SourceText } from './library.ts';
import { UserError, type Problem } from '../problems.ts';
import { PROJECT_ROOT } from '../project-root.ts';
import {
  readTranslatedTexts,
  findTranslationShapeProblems,
  type ContentTexts,
  type TranslatedTexts,
} from './load-translation.ts';
import type { ContentLanguage } from './translations.ts';
import { loadDictionary } from '../../i18n/index.ts';
import { rememberParsedBodies } from '../../markdown/pipeline.ts';

export const DEFAULT_CONTENT_DIR = join(PROJECT_ROOT, 'content');

/** Which library to load: English (the source) or a language with translations. */
export interface LoadOptions {
  language?: 'en' | ContentLanguage;
  /**
   * The English library of the same folder, when the caller has loaded it already: a translation
   * is checked against it rather than against English loaded and validated once more.
   */
  english?: Library;
}

/**
 * Reads content/failure-modes/*.mdx, the library's data files and worksheets/*.yaml, in English or
 * with a language's translations in place; throws UserError listing every problem.
 */
export async function loadLibrary(
  contentDir = DEFAULT_CONTENT_DIR,
  options: LoadOptions = {},
): Promise<Library> {
  return (await loadChecked(contentDir, options, false)).library;
}

/**
 * loadLibrary, plus each page's body tree by id, from the one parse the validation made: as the
 * checks left it (the site's neutral edition, for HTML: the site's loader renders every page from
 * it) and as parsed (what the handbook builder's page embeds).
 */
export async function loadLibraryWithBodies(
  contentDir = DEFAULT_CONTENT_DIR,
  options: LoadOptions = {},
): Promise<{ library: Library; neutralBodies: Map<string, Root>; parsedBodies: Map<string, Root> }> {
  const { library, neutralBodies, parsedBodies } = await loadChecked(contentDir, options, true);
  return { library, neutralBodies: neutralBodies ?? new Map(), parsedBodies: parsedBodies ?? new Map() };
}

/**
 * loadLibrary for a process that renders the library next (the CLI): each body's tree from the one
 * parse its validation made goes to the rendering pipeline, which would otherwise parse it again
 * (about 70 ms of a 24-chapter `playbook generate`).
 */
export async function loadLibraryToRender(
  contentDir = DEFAULT_CONTENT_DIR,
  options: LoadOptions = {},
): Promise<Library> {
  const { library, parsedBodies } = await loadLibraryWithBodies(contentDir, options);
  rememberParsedBodies(
    library.modes.flatMap((mode) => {
      const tree = parsedBodies.get(mode.id);
      return tree ? [{ path: mode.file, body: mode.body, tree }] : [];
    }),
  );
  return library;
}

async function loadChecked(
  contentDir: string,
  { language = 'en', english: loaded }: LoadOptions,
  keepBodies: boolean,
) {
  const english = await readContent(contentDir);
  if (language === 'en') {
    const built = buildLibrary(...english, { keepBodies });
    if (!built.library) throw contentProblems(built.problems);
    return { ...built, library: built.library };
  }
  // The English library is the shape every translation must keep, so it must be sound first.
  const source = loaded ? { library: loaded, problems: [] } : buildLibrary(...english);
  if (!source.library) throw contentProblems(source.problems);
  const translation = readTranslatedTexts(contentDir, language, english);
  const { texts, sourceOf, problems } = translation;
  if (problems.length > 0) throw contentProblems(problems);
  // The neutral defaults ("the callback time you set") and the sample table in the library's language.
  const words = await loadDictionary(language);
  const built = buildLibrary(...texts, { keepBodies, translated: new Set(sourceOf.keys()), words });
  if (!built.library) throw contentProblems(built.problems);
  const shape = findTranslationShapeProblems(source.library, built.library, translation);
  if (shape.length > 0) throw contentProblems(shape);
  return { ...built, library: markUntranslated(built.library, language, translation) };
}

/** The library in its language, each page still in English marked so outputs can say so. */
function markUntranslated(
  library: Library,
  language: ContentLanguage,
  { sourceOf, byName }: Pick<TranslatedTexts, 'sourceOf' | 'byName'>,
): Library {
  const dataFiles = [
    'roles.yaml',
    'metrics.yaml',
    'pulse.yaml',
    ...library.worksheets.map((w) => `worksheets/${w.id}.yaml`),
  ];
  return {
    ...library,
    language,
    modes: library.modes.map((m) => (sourceOf.has(m.file) ? m : { ...m, untranslated: true as const })),
    untranslatedFiles: dataFiles.filter((f) => !byName.has(f)),
  };
}

/** More pages than this is not a library but a mistake (the benchmarks build 2,000). */
export const MAX_PAGES = 10_000;

/**
 * The pages (sorted by file name) and the sources file, as text with the paths messages show. Each
 * file is read without blocking and up to a limit, so a FIFO, a device or a huge file among the
 * pages is a problem named at its path, never a hang; every problem is reported at once.
 */
async function readContent(contentDir: string): Promise<ContentTexts> {
  const modesDir = join(contentDir, 'failure-modes');
  const display = displayPath;
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
  const read = (path: string, missing: string) => readContentFile(path, missing, problems);
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

export function contentProblems(problems: Problem[]): UserError {
  return new UserError(
    problems,
    `The playbook content has ${problems.length} problem${problems.length === 1 ? '' : 's'}`,
  );
}
