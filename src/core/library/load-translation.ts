/**
 * A library in another language: each English file replaced by its translation in
 * content/translations/<lang>/ where there is one, validated by the same schema, then checked to
 * line up with the English library. Pages without a translation stay English and are marked, so
 * every output can say so rather than pass English off as the language asked for.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Library, MeasureTexts, SourceText } from './library.ts';
import { displayPath, readContentFile } from './content-file.ts';
import {
  findBodyShapeProblems,
  findShapeProblems,
  translationsDir,
  type ContentLanguage,
} from './translations.ts';
import type { Problem } from '../problems.ts';

export type ContentTexts = [SourceText[], SourceText, SourceText, MeasureTexts, SourceText[]];

/** The texts with each translated file in place of its source, and which were replaced. */
export interface TranslatedTexts {
  texts: ContentTexts;
  /** Translated file path (as messages show it) -> the English file's path it stands in for. */
  sourceOf: Map<string, string>;
  /** Each translated file by its name below the language's folder (`worksheets/x.yaml`) -> its path. */
  byName: Map<string, string>;
  problems: Problem[];
}

/**
 * The English texts with every translation found in content/translations/<language>/ put in their
 * place. A translation of a file English does not have is refused: its id would point nowhere.
 */
export function readTranslatedTexts(
  contentDir: string,
  language: ContentLanguage,
  [pages, sources, roles, measures, worksheets]: ContentTexts,
): TranslatedTexts {
  const dir = join(contentDir, translationsDir(language));
  const problems: Problem[] = [];
  const sourceOf = new Map<string, string>();
  const byName = new Map<string, string>();
  const swap = (source: SourceText, relativePath: string): SourceText => {
    const path = join(dir, relativePath);
    if (!existsSync(path)) return source;
    const text = readContentFile(path, 'disappeared while the library was read; run again', problems);
    sourceOf.set(displayPath(path), source.path);
    byName.set(relativePath, displayPath(path));
    return { path: displayPath(path), text };
  };
  const fileName = (p: string) => p.replace(/^.*[\\/]/, '');
  for (const [folder, english, extension] of [
    ['failure-modes', pages, /\.mdx$/],
    ['worksheets', worksheets, /\.ya?ml$/],
  ] as const) {
    const known = new Set(english.map((s) => fileName(s.path)));
    for (const name of listFiles(join(dir, folder), extension).filter((n) => !known.has(n)))
      problems.push({
        file: displayPath(join(dir, folder, name)),
        message: `translates a file the English library does not have (content/${folder}/${name}); rename it after its English file or remove it`,
      });
  }
  return {
    texts: [
      pages.map((p) => swap(p, `failure-modes/${fileName(p.path)}`)),
      sources,
      swap(roles, 'roles.yaml'),
      { metrics: swap(measures.metrics, 'metrics.yaml'), pulse: swap(measures.pulse, 'pulse.yaml') },
      worksheets.map((w) => swap(w, `worksheets/${fileName(w.path)}`)),
    ],
    sourceOf,
    byName,
    problems,
  };
}

function listFiles(dir: string, extension: RegExp): string[] {
  try {
    return readdirSync(dir)
      .filter((n) => extension.test(n))
      .sort();
  } catch {
    return [];
  }
}

/**
 * Every place where the translated library's shape differs from the English one's: per page (its
 * fields and its text's frame), per role, metric, worksheet and the pulse survey.
 */
export function findTranslationShapeProblems(
  english: Library,
  translated: Library,
  { sourceOf, byName }: Pick<TranslatedTexts, 'sourceOf' | 'byName'>,
): Problem[] {
  const problems: Problem[] = [];
  const englishModes = new Map(english.modes.map((m) => [m.id, m]));
  for (const mode of translated.modes) {
    const source = englishModes.get(mode.id);
    if (!source || !sourceOf.has(mode.file)) continue;
    problems.push(
      ...findShapeProblems(mode.file, source.file, pageData(source), pageData(mode)),
      ...findBodyShapeProblems(mode.file, source.file, source.body, mode.body),
    );
  }
  const compare = (name: string, a: unknown, b: unknown) => {
    const path = byName.get(name);
    if (path) problems.push(...findShapeProblems(path, sourceOf.get(path)!, a, b));
  };
  compare('roles.yaml', { roles: english.roles }, { roles: translated.roles });
  compare('metrics.yaml', { metrics: english.metrics }, { metrics: translated.metrics });
  compare('pulse.yaml', english.pulse, translated.pulse);
  const worksheets = new Map(translated.worksheets.map((w) => [w.id, w]));
  for (const worksheet of english.worksheets)
    compare(`worksheets/${worksheet.id}.yaml`, worksheet, worksheets.get(worksheet.id));
  return problems;
}

/** A page's frontmatter fields, without what the loader added. */
function pageData(mode: Library['modes'][number]): Record<string, unknown> {
  const {
    id: _id,
    file: _file,
    body: _body,
    bodyLine: _line,
    lineOf: _lineOf,
    untranslated: _u,
    ...data
  } = mode;
  return data;
}
