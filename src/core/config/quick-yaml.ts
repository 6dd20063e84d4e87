/**
 * A YAML file's data, the fast way: js-yaml reads a 20 KB page frontmatter in about 0.22 ms where
 * the yaml package, which keeps every node's position for messages, takes 1.8 ms (2 s of a
 * 1,000-mode build; js-yaml 5 measured 0.76 ms). Only a file with something wrong in it needs
 * positions, so the library's readers (the pages, the metrics, survey, roles, sources and
 * worksheets) read each file this way first, and the careful way (yaml-source.ts) when this cannot
 * vouch for the file or its data fails a check: then the messages, and their lines, are exactly
 * what they were.
 *
 * The data must be what the careful way makes of the same text, so it uses the careful way's rules:
 *   - the yaml package's own YAML 1.2 core tags, in its order, decide what a plain scalar is (so
 *     `1_000`, `0b1` or a date stay text, as there); no merge keys, no custom tags;
 *   - `asWritten` (the pages, as toPlainData does): a plain scalar read as a number or a
 *     true/false whose value, written back, is not what the file says (`1.10`, `0x1F`, `012`,
 *     `True`) stays the text written;
 *   - no anchors at all: the careful way caps how often aliases repeat (a "billion laughs" file);
 *   - a repeated key, a second document, deep nesting or any other error: not vouched for.
 * tests/unit/quick-yaml.test.ts holds the two ways equal on every file of the library.
 */
import type { ZodType, ZodTypeDef } from 'astro/zod';
import { FAILSAFE_SCHEMA, Type, load, type State } from 'js-yaml';
import { Scalar, Schema } from 'yaml';

interface YamlScalarTag {
  tag: string;
  test?: RegExp;
  resolve: (value: string, onError: (message: string) => void, options: object) => unknown;
}

/** One js-yaml type per YAML tag, trying the yaml package's tests for that tag in its order. */
function coreTypes(asWritten: boolean): Type[] {
  const tags = (new Schema({ schema: 'core' }).tags as unknown as YamlScalarTag[]).filter((t) => t.test);
  const byTag = new Map<string, YamlScalarTag[]>();
  for (const tag of tags) byTag.set(tag.tag, [...(byTag.get(tag.tag) ?? []), tag]);
  return [...byTag].map(
    ([name, alternatives]) =>
      new Type(name, {
        kind: 'scalar',
        resolve: (data: string) => alternatives.some((t) => t.test!.test(data)),
        construct: (data: string) => {
          const tag = alternatives.find((t) => t.test!.test(data))!;
          const resolved = tag.resolve(data, throwError, { intAsBigInt: false });
          const value = resolved instanceof Scalar ? resolved.value : resolved;
          if (!asWritten || (typeof value !== 'number' && typeof value !== 'boolean')) return value;
          return String(value) === data ? value : data;
        },
      }),
  );
}

const throwError = (message: string) => {
  throw new Error(message);
};

const CORE = FAILSAFE_SCHEMA.extend({ implicit: coreTypes(false) });
const CORE_AS_WRITTEN = FAILSAFE_SCHEMA.extend({ implicit: coreTypes(true) });

/** The file's data when it is a mapping this reading can vouch for (see above), else undefined. */
export function quickYamlData(
  text: string,
  options: { asWritten?: boolean } = {},
): Record<string, unknown> | undefined {
  let anchored = false;
  let data: unknown;
  try {
    data = load(text, {
      schema: options.asWritten ? CORE_AS_WRITTEN : CORE,
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
  // they would keep alive as long as the data lives: 20 MB more at 1,000 pages. Fresh strings hold
  // only themselves (0.09 ms a page). A value JSON cannot carry (.inf, .nan, -0) is not vouched for.
  let json: string;
  try {
    json = JSON.stringify(data, (_key, value: unknown) => {
      if (typeof value === 'number' && (!Number.isFinite(value) || Object.is(value, -0))) throw new Error();
      return value;
    });
  } catch {
    return undefined;
  }
  return JSON.parse(json) as Record<string, unknown>;
}

/**
 * The file's data read fast and valid against `schema`, or undefined: then the caller reads it the
 * careful way, whose messages name lines.
 */
export function quickValidData<T>(
  text: string,
  schema: ZodType<T, ZodTypeDef, unknown>,
  options: { asWritten?: boolean } = {},
): T | undefined {
  const data = quickYamlData(text, options);
  if (data === undefined) return undefined;
  const checked = schema.safeParse(data);
  return checked.success ? checked.data : undefined;
}
