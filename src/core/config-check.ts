import { HandbookConfigSchema, type HandbookConfig } from '../schemas/handbook-config.ts';
import { suggest } from './did-you-mean.ts';
import type { Library, SourceText } from './library.ts';
import { LOGO_TYPES, logoTypeFor } from './logo.ts';
import { problemsFromZod, type Problem } from './problems.ts';
import { parseYamlDocument, toPlainData, yamlPosition } from './yaml-source.ts';

export interface CheckedConfig {
  /** Present only when there are no problems. */
  config?: HandbookConfig;
  /** The logo as written in the config (relative to the config file) and where, for the reader's messages. */
  logo?: { path: string; line?: number; column?: number };
  /** Mistakes that stop generation. */
  problems: Problem[];
  /** Things worth knowing that do not stop generation (a long vision, a missing refund limit). */
  warnings: Problem[];
}

/**
 * Parses and checks a handbook config against the library: YAML syntax, the schema, unknown and
 * duplicate priority ids, the logo's type. Every problem is returned at once, with field and line.
 */
export function checkHandbookConfig(source: SourceText, library: Library): CheckedConfig {
  const file = source.path;
  const parsed = parseYamlDocument(file, source.text);
  if (parsed.problems.length > 0) return { problems: parsed.problems, warnings: [] };
  const plain = toPlainData(file, parsed);
  if (plain.problems.length > 0) return { problems: plain.problems, warnings: [] };
  const raw = plain.data;
  if (raw === null || raw === undefined) {
    return {
      problems: [{ file, line: 1, message: 'the file is empty; expected at least company, vision, priorities and standards (run `playbook init` for a starter)' }],
      warnings: [],
    };
  }
  const at: Locate = (path) => ({ field: path.join('.'), ...yamlPosition(parsed, path) });

  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return {
      problems: [{ file, line: 1, message: 'expected fields written as "name: value" (company, vision, priorities, standards), not a list or a single value; run `playbook init` for a starter' }],
      warnings: [],
    };
  }
  const result = HandbookConfigSchema.safeParse(raw);
  const problems: Problem[] = result.success ? [] : problemsFromZod(file, result.error.issues, parsed.doc, parsed.lines, 0, HandbookConfigSchema);

  // The library-dependent checks run even when the schema failed elsewhere, so every problem shows at once.
  const rawConfig = raw as Record<string, unknown>;
  problems.push(...checkPriorityIds(rawConfig, library, at, file));
  const logoValue = (rawConfig.branding as Record<string, unknown> | undefined)?.logo;
  const logoPath = typeof logoValue === 'string' ? logoValue.trim() : '';
  if (logoPath !== '' && !logoTypeFor(logoPath)) {
    problems.push({ file, ...at(['branding', 'logo']), message: `"${logoPath}" is not a supported image; expected a file ending in ${Object.keys(LOGO_TYPES).join(', ')}` });
  }
  // The reader checks the file itself, even when other fields have problems, so all show at once.
  const logo = logoPath !== '' && !problems.some((p) => p.field === 'branding.logo') ? { path: logoPath, ...yamlPosition(parsed, ['branding', 'logo']) } : undefined;
  if (!result.success || problems.length > 0) return { problems, warnings: [], ...(logo ? { logo } : {}) };
  return { config: result.data, ...(logo ? { logo } : {}), problems, warnings: configWarnings(result.data, library, at, file) };
}

type Locate = (path: (string | number)[]) => { field: string; line?: number; column?: number };

/** Priorities that name no failure mode in the library (well-formed ids only; the schema reports the rest). */
function checkPriorityIds(rawConfig: Record<string, unknown>, library: Library, at: Locate, file: string): Problem[] {
  if (!Array.isArray(rawConfig.priorities)) return [];
  const ids = library.modes.map((m) => m.id);
  const known = new Set(ids);
  return rawConfig.priorities.flatMap((id, i) =>
    typeof id === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id) && !known.has(id)
      ? [{ file, ...at(['priorities', i]), message: `unknown failure mode "${id}"${suggest(id, ids)}; run \`playbook list\` to see every id` }]
      : [],
  );
}

/** Things worth knowing about a valid config that do not stop generation. */
function configWarnings(config: HandbookConfig, library: Library, at: Locate, file: string): Problem[] {
  const warnings: Problem[] = [];
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
  return warnings;
}

/** Counts sentences the simple way: a full stop, question or exclamation mark followed by more words. */
export function countSentences(text: string): number {
  return text.trim().split(/[.!?]+["'”’)]*\s+(?=\S)/).length;
}
