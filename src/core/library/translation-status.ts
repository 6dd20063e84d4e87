/**
 * Which English version each translation was made from, and which translations have fallen behind.
 * Each language folder has one record, content/translations/<lang>/translated-from.yaml, with a
 * fingerprint of every field of every source file at the time of translating; comparing it with
 * the source today lists, field by field, what a translator has to look at again.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, stringify } from 'yaml';
import { readContentFile } from './content-file.ts';
import { FRONTMATTER } from './mode-page.ts';
import { PROJECT_ROOT } from '../project-root.ts';
import type { Problem } from '../problems.ts';
import {
  CONTENT_LANGUAGES,
  STAMP_FILE,
  changedFields,
  fingerprintFields,
  translationsDir,
  type ContentLanguage,
} from './translations.ts';

type Stamps = Record<string, Record<string, string>>;

/** A translation and the fields of its source that changed since it was made. */
export interface StaleTranslation {
  language: ContentLanguage;
  /** The translated file, relative to the content folder's translations/<lang>/. */
  file: string;
  /** Source fields changed since; empty with `unrecorded` when no version was ever recorded. */
  fields: string[];
  unrecorded?: true;
}

/** The translated files of a language, relative to its folder (failure-modes/x.mdx, metrics.yaml…). */
export function listTranslations(contentDir: string, language: ContentLanguage): string[] {
  const dir = join(contentDir, translationsDir(language));
  const walk = (sub: string): string[] => {
    try {
      return readdirSync(join(dir, sub), { withFileTypes: true }).flatMap((entry) => {
        const path = sub ? `${sub}/${entry.name}` : entry.name;
        if (entry.isDirectory()) return walk(path);
        return /\.(mdx|ya?ml)$/.test(entry.name) && path !== STAMP_FILE ? [path] : [];
      });
    } catch {
      return [];
    }
  };
  return walk('').sort();
}

/** The English file a translation stands in for: content/<file>, or the site's guides in src/guides. */
export function sourcePathOf(contentDir: string, file: string): string {
  return file.startsWith('guides/') ? join(PROJECT_ROOT, 'src', file) : join(contentDir, file);
}

/** Every translation whose source changed since it was made, or that records no source version. */
export function findStaleTranslations(contentDir: string, problems: Problem[] = []): StaleTranslation[] {
  return CONTENT_LANGUAGES.flatMap((language) => {
    const stamps = readStamps(contentDir, language, problems);
    return listTranslations(contentDir, language).flatMap((file): StaleTranslation[] => {
      const recorded = stamps[file];
      if (!recorded) return [{ language, file, fields: [], unrecorded: true }];
      const current = sourceFingerprints(sourcePathOf(contentDir, file), problems);
      const fields = current ? changedFields(recorded, current) : [];
      return fields.length > 0 ? [{ language, file, fields }] : [];
    });
  });
}

/**
 * Records the current English version as the source of the given translations (all of the
 * language's when none are named); for a translator who has brought them up to date.
 */
export function stampTranslations(contentDir: string, language: ContentLanguage, files?: string[]): string[] {
  const problems: Problem[] = [];
  const known = listTranslations(contentDir, language);
  const chosen = files && files.length > 0 ? files : known;
  const unknown = chosen.filter((f) => !known.includes(f));
  if (unknown.length > 0)
    throw new Error(`no such translation in ${translationsDir(language)}: ${unknown.join(', ')}`);
  const stamps = readStamps(contentDir, language, problems);
  for (const file of chosen) {
    const current = sourceFingerprints(sourcePathOf(contentDir, file), problems);
    if (current) stamps[file] = current;
  }
  if (problems.length > 0) throw new Error(problems.map((p) => `${p.file}: ${p.message}`).join('\n'));
  const sorted = Object.fromEntries(Object.entries(stamps).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(
    join(contentDir, translationsDir(language), STAMP_FILE),
    `# The English version each translation here was made from: a fingerprint of every field of its\n# source. Written by \`npm run translations:stamp -- ${language} <file>\` once a translation matches its\n# source; \`npm run check:content\` lists the fields whose English changed since.\n${stringify(sorted)}`,
  );
  return chosen;
}

function readStamps(contentDir: string, language: ContentLanguage, problems: Problem[]): Stamps {
  const path = join(contentDir, translationsDir(language), STAMP_FILE);
  if (!existsSync(path)) return {};
  const text = readContentFile(path, 'disappeared while it was read', problems);
  try {
    const data = parse(text) as unknown;
    return data && typeof data === 'object' ? (data as Stamps) : {};
  } catch (error) {
    problems.push({
      file: relative(process.cwd(), path),
      message: `is not valid YAML (${(error as Error).message})`,
    });
    return {};
  }
}

/** The fingerprint of each field of a source file: a page's frontmatter fields and body, a YAML file's fields. */
function sourceFingerprints(path: string, problems: Problem[]): Record<string, string> | undefined {
  const text = readContentFile(
    path,
    'is gone: the English source of this translation no longer exists',
    problems,
  );
  if (!text) return undefined;
  try {
    if (path.endsWith('.mdx')) {
      const match = FRONTMATTER.exec(text);
      const data = (match ? parse(match[1]!) : {}) as Record<string, unknown>;
      return fingerprintFields(data, match ? text.slice(match[0].length) : text);
    }
    return fingerprintFields(parse(text) as Record<string, unknown>);
  } catch (error) {
    problems.push({
      file: relative(process.cwd(), path),
      message: `cannot be read as YAML (${(error as Error).message})`,
    });
    return undefined;
  }
}
