/**
 * A page's frontmatter as plain data, the fast way: js-yaml reads a 20 KB frontmatter in about
 * 0.22 ms where the yaml package, which keeps every node's position for messages, takes 1.8 ms
 * (2 s of a 1,000-mode build; js-yaml 5 measured 0.76 ms). A page only needs positions when
 * something in it is wrong, so mode-page.ts reads every page this way first and goes the careful
 * way (config/yaml-source.ts) for a page this cannot vouch for, or that fails its checks: then its
 * messages, and their lines, are exactly what they were.
 *
 * The data must be what the careful way makes of the same text, so the same rules hold here:
 *   - the YAML 1.2 core schema (no dates, no `<<` merges, no custom tags);
 *   - a plain scalar YAML would read as a number or a true/false whose value, written back, is not
 *     what the file says (`1.10`, `0x1F`, `012`, `True`) stays the text written;
 *   - no anchors at all: the careful way caps how often aliases repeat (a "billion laughs" file);
 *   - a repeated key, a second document, deep nesting or any other error: not vouched for.
 * tests/unit/frontmatter-data.test.ts holds the two ways equal on every page of the library.
 */
import * as jsYaml from 'js-yaml';
import { FAILSAFE_SCHEMA, Type, load, type State } from 'js-yaml';

// js-yaml exports its built-in types and gives each its tag; @types/js-yaml 4.0.9 declares neither.
type TaggedType = Type & { tag: string };
const { types } = jsYaml as unknown as { types: Record<'null' | 'bool' | 'int' | 'float', TaggedType> };

/** A type of the core schema that leaves a value as written when reading it would change it. */
const asWritten = (type: TaggedType) =>
  new Type(type.tag, {
    kind: 'scalar',
    resolve: (data: string) => type.resolve(data),
    construct: (data: string) => {
      const value: unknown = type.construct(data);
      return String(value) === data ? value : data;
    },
  });

const CORE_AS_WRITTEN = FAILSAFE_SCHEMA.extend({
  implicit: [types.null, asWritten(types.bool), asWritten(types.int), asWritten(types.float)],
});

/** The frontmatter's fields, or undefined when this reading cannot vouch for them (see above). */
export function quickFrontmatterData(text: string): Record<string, unknown> | undefined {
  let anchored = false;
  let data: unknown;
  try {
    data = load(text, {
      schema: CORE_AS_WRITTEN,
      // At a node's close, js-yaml's state holds the node's anchor, if it has one (undeclared in @types/js-yaml).
      listener: (event, state: State & { anchor?: string | null }) => {
        if (event === 'close' && state.anchor != null) anchored = true;
      },
    });
  } catch {
    return undefined;
  }
  if (anchored || !data || typeof data !== 'object' || Array.isArray(data)) return undefined;
  // js-yaml reads a copy of the text it is given, and its strings are slices of that copy, which
  // they would keep alive as long as the page lives: 20 MB more at 1,000 pages. Fresh strings hold
  // only themselves (0.09 ms a page). No value is lost on the way: numbers here are finite and never
  // -0, since those are kept as written.
  return JSON.parse(JSON.stringify(data)) as Record<string, unknown>;
}
