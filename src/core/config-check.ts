import { dirname, extname, isAbsolute, join } from 'node:path';
import type { Document, LineCounter } from 'yaml';
import { HandbookConfigSchema, type HandbookConfig } from '../schemas/handbook-config.ts';
import { suggest, type Library, type SourceText } from './library.ts';
import { parseYamlDocument, problemsFromZod, type Problem } from './problems.ts';

/** Image types a logo may have, by file extension, with the media type used in the data URI. */
export const LOGO_TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
};

export interface ConfigCheckOptions {
  /** Answers whether a file exists; injected so this module stays free of I/O. */
  fileExists?: (absolutePath: string) => boolean;
}

export interface CheckedConfig {
  /** Present only when there are no problems. */
  config?: HandbookConfig;
  /** Absolute path of the logo, when the config names one. */
  logoPath?: string;
  /** Mistakes that stop generation. */
  problems: Problem[];
  /** Things worth knowing that do not stop generation (a long vision, a missing refund limit). */
  warnings: Problem[];
}

/**
 * Parses and checks a handbook config against the library: YAML syntax, the schema, unknown and
 * duplicate priority ids, the logo file. Every problem is returned at once, with field and line.
 */
export function checkHandbookConfig(source: SourceText, library: Library, options: ConfigCheckOptions = {}): CheckedConfig {
  const file = source.path;
  const parsed = parseYamlDocument(file, source.text);
  if (parsed.problems.length > 0) return { problems: parsed.problems, warnings: [] };
  const raw: unknown = parsed.doc.toJS();
  if (raw === null || raw === undefined) {
    return {
      problems: [{ file, line: 1, message: 'the file is empty; expected at least company, vision, priorities and standards (run `playbook init` for a starter)' }],
      warnings: [],
    };
  }
  const at = (path: (string | number)[]) => ({ field: path.join('.'), ...locate(parsed.doc, parsed.lines, path) });

  const result = HandbookConfigSchema.safeParse(raw);
  const problems: Problem[] = result.success ? [] : problemsFromZod(file, result.error.issues, parsed.doc, parsed.lines);
  const warnings: Problem[] = [];

  // The library-dependent checks run even when the schema failed elsewhere, so every problem shows at once.
  const rawConfig = (typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const ids = library.modes.map((m) => m.id);
  const known = new Set(ids);
  if (Array.isArray(rawConfig.priorities)) {
    rawConfig.priorities.forEach((id, i) => {
      if (typeof id === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id) && !known.has(id)) {
        problems.push({
          file,
          ...at(['priorities', i]),
          message: `unknown failure mode "${id}"${suggest(id, ids)}; run \`playbook list\` to see every id`,
        });
      }
    });
  }

  let logoPath: string | undefined;
  const branding = rawConfig.branding as Record<string, unknown> | undefined;
  if (branding && typeof branding.logo === 'string' && branding.logo.trim() !== '') {
    const logo = branding.logo.trim();
    logoPath = isAbsolute(logo) ? logo : join(dirname(file), logo);
    const type = LOGO_TYPES[extname(logo).toLowerCase()];
    if (!type) {
      problems.push({
        file,
        ...at(['branding', 'logo']),
        message: `"${logo}" is not a supported image; expected a file ending in ${Object.keys(LOGO_TYPES).join(', ')}`,
      });
    } else if (options.fileExists && !options.fileExists(logoPath)) {
      problems.push({
        file,
        ...at(['branding', 'logo']),
        message: `logo file "${logo}" not found (looked for ${logoPath}); the path is relative to the config file. Fix the path or remove the logo line`,
      });
    }
  }

  if (!result.success || problems.length > 0) return { problems, warnings };
  const config = result.data;

  if (countSentences(config.vision) > 1) {
    warnings.push({
      file,
      ...at(['vision']),
      message: 'the vision is longer than one sentence; a single sentence is easier for everyone to remember and quote',
    });
  }
  const chapters = config.priorities.map((id) => library.modes.find((m) => m.id === id)!);
  const uses = (pattern: RegExp) => chapters.filter((m) => pattern.test(m.body)).map((m) => m.id);
  const usingRefund = uses(/:var\[\s*refundLimit\s*\]/);
  if (!config.standards.refundLimit && usingRefund.length > 0) {
    warnings.push({
      file,
      ...at(['standards']),
      message: `standards.refundLimit is not set, so ${usingRefund.join(', ')} will say "an agreed amount"; add e.g. \`refundLimit: 50 GBP\``,
    });
  }
  const usingTable = uses(/^::empowerment-table\s*$/m);
  if (config.empowerment.length === 0 && usingTable.length > 0) {
    warnings.push({
      file,
      field: 'empowerment',
      message: `no empowerment rows, so ${usingTable.join(', ')} shows a sample table; add rows with role, decision and limit`,
    });
  }
  if (config.audiences) {
    const wanted = new Set(config.audiences);
    config.priorities.forEach((id, i) => {
      const mode = chapters[i]!;
      if (!mode.audiences.some((a) => wanted.has(a))) {
        warnings.push({
          file,
          ...at(['priorities', i]),
          message: `"${id}" is written for ${mode.audiences.join(', ')}, none of the audiences listed; it is kept because you chose it`,
        });
      }
    });
  }
  return { config, logoPath, problems, warnings };
}

function locate(doc: Document, lines: LineCounter, path: (string | number)[]): { line?: number; column?: number } {
  const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
  if (!node?.range) return {};
  const pos = lines.linePos(node.range[0]);
  return { line: pos.line, column: pos.col };
}

/** Counts sentences the simple way: a full stop, question or exclamation mark followed by more words. */
export function countSentences(text: string): number {
  return text.trim().split(/[.!?]+["'”’)]*\s+(?=\S)/).length;
}
