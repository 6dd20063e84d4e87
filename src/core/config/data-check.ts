/**
 * The handbook config's checks on parsed data, in the order that shows every problem at once: the
 * schema and the field checks, then what only a valid config shows, then the notes. check.ts runs
 * them on a YAML file, with lines; the browser builder runs them on its form's data, and so needs no
 * YAML parser to check. Each kind of check has its file in data-check/.
 */
import type { Document, LineCounter } from 'yaml';
import { HandbookConfigSchema, type HandbookConfig } from '../../schemas/handbook-config.ts';
import type { Library } from '../library/library.ts';
import { yamlPosition } from './yaml-position.ts';
import { problemsFromZod, type Problem } from '../problems.ts';
import {
  checkIsFields,
  checkLogoType,
  checkPriorityIds,
  checkRoleIds,
  checkStaffing,
  type Locate,
} from './data-check/fields.ts';
import { checkOwnWords, checkWholeConfig } from './data-check/whole-config.ts';
import { noteConfig } from './data-check/notes.ts';

export interface CheckedConfig {
  /** Present only when there are no problems. */
  config?: HandbookConfig;
  /** The logo as written in the config (relative to the config file) and where, for the reader's messages. */
  logo?: { path: string; line?: number; column?: number };
  /** Where each chapter the config keeps in a file names it, for the reader's messages, by `own.N.file`. */
  positions?: Record<string, { line?: number; column?: number }>;
  /** Mistakes that stop generation. */
  problems: Problem[];
  /** Things worth knowing that do not stop generation (a long vision, a missing refund limit). */
  warnings: Problem[];
}

/** The parsed YAML file the data came from, so problems can name their lines. */
export interface YamlPositions {
  doc: Document;
  lines: LineCounter;
}

/**
 * The same checks on config data that is already parsed (the browser builder's form), with the same
 * messages; without the YAML document the problems name fields but no lines.
 */
export function checkHandbookConfigData(
  file: string,
  raw: unknown,
  library: Library,
  yaml?: YamlPositions,
): CheckedConfig {
  const notFields = checkIsFields(file, raw);
  if (notFields) return { problems: [notFields], warnings: [] };
  const where = (path: (string | number)[]) => (yaml ? (yamlPosition(yaml, path) ?? {}) : {});
  const at: Locate = (path) => ({ field: path.join('.'), ...where(path) });

  const result = HandbookConfigSchema.safeParse(raw);
  const problems: Problem[] = result.success
    ? []
    : problemsFromZod(file, result.error.issues, yaml?.doc, yaml?.lines, 0, HandbookConfigSchema);
  problems.push(...checkStaffing(file, (raw as Record<string, unknown>).staffing, at));
  // The library-dependent checks run even when the schema failed elsewhere, so every problem shows at once.
  const rawConfig = raw as Record<string, unknown>;
  problems.push(...checkPriorityIds(file, rawConfig.priorities, library, at));
  problems.push(...checkRoleIds(file, rawConfig.roles, library, at));
  const logoValue = (rawConfig.branding as Record<string, unknown> | undefined)?.logo;
  problems.push(...checkLogoType(file, logoValue, at));

  // The reader checks the file itself, even when other fields have problems, so all show at once.
  const logo =
    typeof logoValue === 'string' &&
    logoValue.trim() !== '' &&
    !problems.some((p) => p.field === 'branding.logo')
      ? { path: logoValue.trim(), ...where(['branding', 'logo']) }
      : undefined;
  if (!result.success || problems.length > 0) return { problems, warnings: [], ...(logo ? { logo } : {}) };
  const config = result.data;
  problems.push(...checkWholeConfig(file, config, at), ...checkOwnWords(file, config, library, at));
  if (problems.length > 0) return { problems, warnings: [], ...(logo ? { logo } : {}) };
  const positions = Object.fromEntries(
    config.own.flatMap((c, i) =>
      c.file !== undefined ? [[`own.${i}.file`, where(['own', i, 'file'])] as const] : [],
    ),
  );
  return {
    config,
    ...(logo ? { logo } : {}),
    positions,
    problems,
    warnings: noteConfig(file, config, library, at),
  };
}
