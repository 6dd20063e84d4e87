/**
 * The one YAML-position lookup: where a field is written in a parsed file, for every message that
 * names a line (frontmatter, configs, unknown keys). Type-only use of the yaml package.
 */
import type { Document, LineCounter } from 'yaml';

/** A line and column in a file, both counted from 1. */
export interface YamlPosition {
  line: number;
  column: number;
}

export interface YamlPositionOptions {
  /** Lines before the YAML in its file, e.g. 1 for frontmatter after a `---` line. */
  lineOffset?: number;
  /** Where the key is written rather than its value, e.g. for an unknown field. */
  key?: boolean;
  /** When `path` does not exist, the deepest part of it that does, so a missing field points at its parent. */
  nearest?: boolean;
}

/**
 * Where the field at `path` (e.g. ['plays', 0, 'owner']) is written in a parsed YAML file. The one
 * lookup every message uses, so a field's line is found the same way for frontmatter and configs.
 */
export function yamlPosition(
  parsed: { doc: Document; lines: LineCounter },
  path: readonly (string | number)[],
  options: YamlPositionOptions = {},
): YamlPosition | undefined {
  const { doc, lines } = parsed;
  const shortest = options.nearest ? 0 : path.length;
  for (let depth = path.length; depth >= shortest; depth--) {
    const node =
      options.key && depth === path.length
        ? keyNode(doc, path)
        : depth === 0
          ? doc.contents
          : doc.getIn(path.slice(0, depth), true);
    const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
    if (range) {
      const at = lines.linePos(range[0]);
      return { line: at.line + (options.lineOffset ?? 0), column: at.col };
    }
  }
  return undefined;
}

/**
 * The key node of the last step of `path`, when its parent is a map. Read by shape, not with the
 * yaml package's isMap and isScalar: the browser builder checks its form with the modules that use
 * this one and loads the yaml package only for files, so nothing here may import it at run time.
 */
function keyNode(doc: Document, path: readonly (string | number)[]): unknown {
  const parent = path.length <= 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
  const key = String(path.at(-1));
  const items = (parent as { items?: unknown } | null | undefined)?.items;
  if (!Array.isArray(items)) return undefined;
  for (const item of items as { key?: { value?: unknown } | null }[]) {
    if (item?.key && typeof item.key === 'object' && 'value' in item.key && String(item.key.value) === key)
      return item.key;
  }
  return undefined;
}
