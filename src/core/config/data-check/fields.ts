/**
 * The checks a config's fields get one by one, run even when the schema fails elsewhere so every
 * problem shows at once: is it fields at all, the staffing block, ids the library does not have, the
 * logo's file type.
 */
import { ID_PATTERN } from '../../../schemas/fields.ts';
import { StaffingConfigSchema } from '../../../schemas/staffing.ts';
import { checkStaffingConfig } from '../../staffing/check.ts';
import { suggest } from '../../did-you-mean.ts';
import type { Library } from '../../library/library.ts';
import type { Problem } from '../../problems.ts';
import { LOGO_TYPES, logoTypeFor } from '../logo.ts';

/** Where a field is written: its dotted name, and its line and column when the YAML file is known. */
export type Locate = (path: (string | number)[]) => { field: string; line?: number; column?: number };

/** A staffing block whose every field parses, judged as a whole (even when other fields have problems, so all show at once). */
export function checkStaffing(file: string, raw: unknown, at: Locate): Problem[] {
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
export function checkIsFields(file: string, raw: unknown): Problem | undefined {
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
export function checkPriorityIds(file: string, priorities: unknown, library: Library, at: Locate): Problem[] {
  if (!Array.isArray(priorities)) return [];
  const ids = library.modes.map((m) => m.id);
  const known = new Set(ids);
  const problems: Problem[] = [];
  priorities.forEach((id, i) => {
    if (typeof id === 'string' && ID_PATTERN.test(id) && !known.has(id)) {
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
export function checkRoleIds(file: string, roles: unknown, library: Library, at: Locate): Problem[] {
  if (!roles || typeof roles !== 'object' || Array.isArray(roles)) return [];
  const ids = library.roles.map((r) => r.id);
  const known = new Set(ids);
  return Object.keys(roles)
    .filter((id) => ID_PATTERN.test(id) && !known.has(id))
    .map((id) => ({
      file,
      ...at(['roles', id]),
      message: `unknown role "${id}"${suggest(id, ids)}; the roles are ${ids.join(', ')}`,
    }));
}

/** A logo whose file name is not one of the image types the handbook can show. */
export function checkLogoType(file: string, logoValue: unknown, at: Locate): Problem[] {
  if (typeof logoValue !== 'string' || logoValue.trim() === '' || logoTypeFor(logoValue.trim())) return [];
  return [
    {
      file,
      ...at(['branding', 'logo']),
      message: `"${logoValue.trim()}" is not a supported image; expected a file ending in ${Object.keys(LOGO_TYPES).join(', ')}`,
    },
  ];
}
