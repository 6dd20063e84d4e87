/**
 * The handbook config's checks on parsed data: the schema, unknown priority ids, the logo's type, and
 * the notes (a long vision, a missing refund limit). config-check.ts runs them on a YAML file, with
 * lines; the browser builder runs them on its form's data, and so needs no YAML parser to check.
 */
import type { Document, LineCounter } from 'yaml';
import { HandbookConfigSchema, type HandbookConfig } from '../../schemas/handbook-config.ts';
import { StaffingConfigSchema } from '../../schemas/staffing.ts';
import { checkStaffingConfig } from '../staffing/check.ts';
import { renderCompanyMarkdown } from '../handbook/company-markdown.ts';
import { suggest } from '../did-you-mean.ts';
import type { Library } from '../library/library.ts';
import { LOGO_TYPES, logoTypeFor } from './logo.ts';
import { yamlPosition } from './yaml-position.ts';
import { problemsFromZod, type Problem } from '../problems.ts';
import { LAST_YEAR, planEndsInTime } from '../handbook/schedule.ts';

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

/** Where a field is written: its dotted name, and its line and column when the YAML file is known. */
type Locate = (path: (string | number)[]) => { field: string; line?: number; column?: number };

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
  problems.push(...checkWholeConfig(file, config, at), ...checkOwnWords(file, config, library, at, yaml));
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

/** A staffing block whose every field parses, judged as a whole (even when other fields have problems, so all show at once). */
function checkStaffing(file: string, raw: unknown, at: Locate): Problem[] {
  if (raw === undefined) return [];
  const parsed = StaffingConfigSchema.safeParse(raw);
  if (!parsed.success) return [];
  return checkStaffingConfig(parsed.data).map((p) => ({
    file,
    ...at(['staffing', ...p.path]),
    message: p.message,
  }));
}

/** The problem when the data is not a set of fields at all (an empty file, a list, a single value). */
function checkIsFields(file: string, raw: unknown): Problem | undefined {
  if (raw === null || raw === undefined) {
    return {
      file,
      line: 1,
      message:
        'the file is empty; expected at least company, vision, priorities and standards (run `playbook init` for a starter)',
    };
  }
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return {
      file,
      line: 1,
      message:
        'expected fields written as "name: value" (company, vision, priorities, standards), not a list or a single value; run `playbook init` for a starter',
    };
  }
  return undefined;
}

/** Priorities that look like ids but name no failure mode in the library, with a "did you mean". */
function checkPriorityIds(file: string, priorities: unknown, library: Library, at: Locate): Problem[] {
  if (!Array.isArray(priorities)) return [];
  const ids = library.modes.map((m) => m.id);
  const known = new Set(ids);
  const problems: Problem[] = [];
  priorities.forEach((id, i) => {
    if (typeof id === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id) && !known.has(id)) {
      problems.push({
        file,
        ...at(['priorities', i]),
        message: `unknown failure mode "${id}"${suggest(id, ids)}; run \`playbook list\` to see every id`,
      });
    }
  });
  return problems;
}

/** Role titles given for ids the library does not have, with a "did you mean". */
function checkRoleIds(file: string, roles: unknown, library: Library, at: Locate): Problem[] {
  if (!roles || typeof roles !== 'object' || Array.isArray(roles)) return [];
  const ids = library.roles.map((r) => r.id);
  const known = new Set(ids);
  return Object.keys(roles)
    .filter((id) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id) && !known.has(id))
    .map((id) => ({
      file,
      ...at(['roles', id]),
      message: `unknown role "${id}"${suggest(id, ids)}; the roles are ${ids.join(', ')}`,
    }));
}

/** A logo whose file name is not one of the image types the handbook can show. */
function checkLogoType(file: string, logoValue: unknown, at: Locate): Problem[] {
  if (typeof logoValue !== 'string' || logoValue.trim() === '' || logoTypeFor(logoValue.trim())) return [];
  return [
    {
      file,
      ...at(['branding', 'logo']),
      message: `"${logoValue.trim()}" is not a supported image; expected a file ending in ${Object.keys(LOGO_TYPES).join(', ')}`,
    },
  ];
}

/**
 * What only the whole config shows, once every field is valid on its own: the outputs `generate`
 * could not make from it. Checked here so that `playbook validate`, `generate` and the builder
 * refuse the same configs, with the field to change.
 */
function checkWholeConfig(file: string, config: HandbookConfig, at: Locate): Problem[] {
  const problems: Problem[] = [];
  const start = config.training?.start;
  if (config.output.formats.includes('ics') && !start) {
    problems.push({
      file,
      ...at(['output', 'formats']),
      message:
        'training-plan.ics needs the first session\'s date: add it as "training: { start: 2025-09-08 }", or take ics out of the formats',
    });
  }
  if (start && !planEndsInTime(start, config.training!.cadence, config.priorities.length)) {
    const n = config.priorities.length;
    problems.push({
      file,
      ...at(['training', 'start']),
      message: `the training plan (${n} session${n === 1 ? '' : 's'} and ${n === 1 ? 'its refresher' : 'their refreshers'}) runs past the year ${LAST_YEAR}; choose an earlier first session`,
    });
  }
  return problems;
}

/**
 * The company's own words against the library and its own priorities: notes only for chapters of
 * this handbook, plays left out that the chapter has, own plays given to known roles, own chapters
 * placed after a chapter of this handbook under ids of their own, and every piece of Markdown
 * printable as written (its problems at their lines in the file).
 */
function checkOwnWords(
  file: string,
  config: HandbookConfig,
  library: Library,
  at: Locate,
  yaml: YamlPositions | undefined,
): Problem[] {
  const problems: Problem[] = [];
  const chosen = new Set(config.priorities);
  const roleIds = library.roles.map((r) => r.id);
  const checkRole = (id: string | undefined, path: (string | number)[]) => {
    if (id !== undefined && !roleIds.includes(id)) {
      problems.push({
        file,
        ...at(path),
        message: `unknown role "${id}"${suggest(id, roleIds)}; \`playbook list --roles\` shows them`,
      });
    }
  };
  const checkMarkdown = (text: string | undefined, path: (string | number)[]) => {
    if (text === undefined) return;
    const base = at(path);
    // A block scalar's text starts on the line after its key.
    const first = base.line !== undefined ? base.line + 1 : undefined;
    for (const p of renderCompanyMarkdown(text, path.join('.'), { target: 'html', headingDepth: 2 })
      .problems) {
      problems.push({
        file,
        field: base.field,
        ...(first !== undefined && p.line !== undefined
          ? { line: first + p.line - 1 }
          : base.line !== undefined
            ? { line: base.line }
            : {}),
        message: p.message,
      });
    }
  };
  for (const [id, words] of Object.entries(config.chapters)) {
    const mode = library.modes.find((m) => m.id === id);
    if (!chosen.has(id)) {
      problems.push({
        file,
        ...at(['chapters', id]),
        message: `"${id}" is not one of this handbook's chapters; add it to priorities, or remove these words${suggest(id, config.priorities)}`,
      });
      continue;
    }
    const playIds = mode?.plays.map((p) => p.id) ?? [];
    words.skip.forEach((playId, i) => {
      if (!playIds.includes(playId)) {
        problems.push({
          file,
          ...at(['chapters', id, 'skip', i]),
          message: `the chapter has no play "${playId}"${suggest(playId, playIds)}; \`playbook list --plays ${id}\` shows its plays`,
        });
      }
    });
    words.plays.forEach((play, i) => {
      checkRole(play.owner, ['chapters', id, 'plays', i, 'owner']);
      checkRole(play.with, ['chapters', id, 'plays', i, 'with']);
    });
    checkMarkdown(words.note, ['chapters', id, 'note']);
    checkMarkdown(words.example, ['chapters', id, 'example']);
  }
  const libraryIds = new Set(library.modes.map((m) => m.id));
  config.own.forEach((chapter, i) => {
    if (libraryIds.has(chapter.id)) {
      problems.push({
        file,
        ...at(['own', i, 'id']),
        message: `"${chapter.id}" is already a failure mode's id; give your chapter an id of its own, e.g. "our-${chapter.id}"`,
      });
    }
    if (chapter.after !== undefined && !chosen.has(chapter.after)) {
      problems.push({
        file,
        ...at(['own', i, 'after']),
        message: `"${chapter.after}" is not one of this handbook's chapters${suggest(chapter.after, config.priorities)}; name a priority, or leave after out to put the chapter last`,
      });
    }
    checkMarkdown(chapter.body, ['own', i, 'body']);
  });
  void yaml;
  return problems;
}

/** The notes on a valid config, in the order they are shown: vision, refund limit, empowerment rows, audiences. */
function noteConfig(file: string, config: HandbookConfig, library: Library, at: Locate): Problem[] {
  const warnings: Problem[] = [];
  if (countSentences(config.vision) > 1) {
    warnings.push({
      file,
      ...at(['vision']),
      message:
        'the vision is longer than one sentence; a single sentence is easier for everyone to remember and quote',
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
  if (config.audiences) warnings.push(...noteAudiences(file, config, chapters, at));
  return warnings;
}

/** Chosen chapters written for none of the audiences the config lists: kept, but noted. */
function noteAudiences(
  file: string,
  config: HandbookConfig,
  chapters: Library['modes'],
  at: Locate,
): Problem[] {
  const wanted = new Set(config.audiences);
  const warnings: Problem[] = [];
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
  return warnings;
}

/** Counts sentences the simple way: a full stop, question or exclamation mark followed by more words. */
export function countSentences(text: string): number {
  return text.trim().split(/[.!?]+["'”’)]*\s+(?=\S)/).length;
}
