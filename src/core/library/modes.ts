/**
 * What the handbook needs from a loaded library: modes with a company's values in their frontmatter
 * text, and the one listing order. Apart from library.ts (which parses and checks the files) so the
 * browser builder, which receives the library already checked, carries no YAML or Markdown parser.
 */
import { CATEGORY_IDS } from '../../schemas/taxonomy.ts';
import { substituteVariables, type VariableName, type VariableValues } from '../../markdown/variables.ts';
import type { FailureMode } from './library.ts';

/** A copy of the mode with `:var[name]` in its frontmatter text resolved (defaults where no value). */
export function applyVariables(
  mode: FailureMode,
  values: VariableValues,
  neutral?: Readonly<Record<VariableName, string>>,
): FailureMode {
  const map = (value: unknown): unknown => {
    if (typeof value === 'string') return substituteVariables(value, values, neutral);
    if (Array.isArray(value)) return value.map(map);
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, map(v)]));
    return value;
  };
  const { body, file, lineOf, ...data } = mode;
  return { ...(map(data) as Omit<FailureMode, 'body' | 'file' | 'lineOf'>), body, file, lineOf };
}

/** Category order first, then title, so every listing and the handbook appendix agree. */
export function sortModes<T extends Pick<FailureMode, 'category' | 'title' | 'id'>>(modes: T[]): T[] {
  return [...modes].sort(
    (a, b) =>
      CATEGORY_IDS.indexOf(a.category) - CATEGORY_IDS.indexOf(b.category) ||
      a.title.localeCompare(b.title, 'en') ||
      a.id.localeCompare(b.id),
  );
}
