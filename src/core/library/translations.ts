/**
 * Translated content (content/translations/<lang>/…): the check that a translation lines up with
 * its English source, and the fingerprints that record which version of the source it was made
 * from. A translation is validated by the same schema as its source; what this adds is that it
 * keeps the source's shape (the same plays, steps, statements, decks and cards, ids and numbers),
 * so a Spanish handbook has the same chapters, a kit the same cards and an answer code the same
 * statements as the English one.
 */
import type { Problem } from '../problems.ts';

/** The languages content may be translated into; English is the source of every translation. */
export const CONTENT_LANGUAGES = ['es', 'de', 'ar'] as const;
export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number];

/** Where a language's translations live, relative to the content folder. */
export const translationsDir = (language: ContentLanguage) => `translations/${language}`;
/** The file in that folder recording each translation's source version, field by field. */
export const STAMP_FILE = 'translated-from.yaml';

/**
 * Strings that are ids, names of kinds or references: a translation keeps them as they are.
 * Every other string is text to translate.
 */
const KEPT_STRINGS = new Set([
  'id',
  'owner',
  'with',
  'category',
  'audiences',
  'related',
  'metric',
  'metrics',
  'worksheets',
  'article',
  'point',
  'format',
  'per',
  'type',
  'unit',
  'cadence',
  'source',
  'pulse',
  'deck',
]);
/** Fields a translation writes afresh rather than item for item: the search phrases ("Sounds like"). */
const FREE_FIELDS = new Set(['symptoms']);

/**
 * Where a translation's shape differs from its source's: a missing or extra field, a list of a
 * different length, an id or number changed. Deck names are translated, so decks are compared by
 * their order of first appearance. Each problem names the field and says what the source has.
 */
export function findShapeProblems(
  file: string,
  sourceFile: string,
  source: unknown,
  translation: unknown,
): Problem[] {
  const problems: Problem[] = [];
  const at = (path: (string | number)[]) => path.join('.') || undefined;
  const problem = (path: (string | number)[], message: string) =>
    problems.push({
      file,
      field: at(path),
      message: `${message}; a translation keeps the shape of ${sourceFile} (the same plays, steps, statements, decks, cards, ids and numbers, in the same order), only its words change`,
    });
  // `kept`: the value is (or lists) ids or kinds; it holds for a list's items, not inside a group.
  const walk = (a: unknown, b: unknown, path: (string | number)[], kept: boolean) => {
    if (problems.length >= 20) return;
    if (Array.isArray(a)) {
      if (!Array.isArray(b)) return problem(path, 'should be a list, as in English');
      if (a.length !== b.length)
        return problem(
          path,
          `has ${b.length} item${b.length === 1 ? '' : 's'} where English has ${a.length}`,
        );
      a.forEach((item, i) => walk(item, b[i], [...path, i], kept));
      return;
    }
    if (a !== null && typeof a === 'object') {
      if (b === null || typeof b !== 'object' || Array.isArray(b))
        return problem(path, 'should be a group of fields, as in English');
      const keysA = Object.keys(a).filter((k) => !FREE_FIELDS.has(k));
      const keysB = Object.keys(b).filter((k) => !FREE_FIELDS.has(k));
      for (const key of keysA.filter((k) => !(k in b))) problem([...path, key], 'is missing; English has it');
      for (const key of keysB.filter((k) => !(k in a))) problem([...path, key], 'is not in English');
      for (const key of keysA.filter((k) => k in b))
        walk(
          (a as Record<string, unknown>)[key],
          (b as Record<string, unknown>)[key],
          [...path, key],
          KEPT_STRINGS.has(key),
        );
      return;
    }
    if (typeof a === 'string' && typeof b === 'string') {
      if (kept && a !== b) problem(path, `should stay "${a}" as in English: it is an id or a kind, not text`);
      // A target is a number that lives in one place: its translation restates the same figures.
      else if (path.at(-1) === 'target' && figures(a) !== figures(b))
        problem(
          path,
          `has the figures ${figures(b) || 'none'} where English has ${figures(a)}: a target keeps its numbers`,
        );
      return;
    }
    if (a !== b) problem(path, `should be ${JSON.stringify(a)} as in English`);
  };
  walk(withDeckNumbers(source), withDeckNumbers(translation), [], false);
  return problems;
}

/** The figures in a text, sorted (a language may put them in another order), without thousands separators. */
const figures = (text: string) =>
  [...text.replaceAll(/(\d)[,.\u00a0\u202f ](?=\d{3}\b)/g, '$1').matchAll(/\d+/g)]
    .map((m) => m[0])
    .sort()
    .join(' ');

/**
 * The page with each deck name replaced by its number in order of first appearance, in the cards
 * and in the materials that ask for them, so decks compare across languages.
 */
function withDeckNumbers(data: unknown): unknown {
  if (!data || typeof data !== 'object' || !('exercise' in data)) return data;
  const exercise = (data as { exercise: Record<string, unknown> }).exercise;
  const cards = (exercise.cards ?? []) as { deck: string }[];
  const numbers = new Map<string, string>();
  for (const card of cards) if (!numbers.has(card.deck)) numbers.set(card.deck, `deck ${numbers.size + 1}`);
  const number = (deck: string) => numbers.get(deck) ?? `unknown deck "${deck}"`;
  const materials = (exercise.materials ?? []) as unknown[];
  return {
    ...data,
    exercise: {
      ...exercise,
      cards: cards.map((card) => ({ ...card, deck: number(card.deck) })),
      materials: materials.map((m) => {
        if (!m || typeof m !== 'object') return m;
        const material = m as { cards?: Record<string, number>; uses?: { deck: string }[] };
        return {
          ...material,
          ...(material.uses ? { uses: material.uses.map((u) => ({ ...u, deck: number(u.deck) })) } : {}),
          ...(material.cards
            ? {
                cards: Object.fromEntries(
                  Object.entries(material.cards).map(([deck, n]) => [number(deck), n]),
                ),
              }
            : {}),
        };
      }),
    },
  };
}

/**
 * Where a translated page body differs in its frame from the source's: its headings (by level),
 * its boxes (`:::example`) and its variables, which layouts and handbooks rely on.
 */
export function findBodyShapeProblems(
  file: string,
  sourceFile: string,
  source: string,
  translation: string,
): Problem[] {
  const frame = (body: string) => ({
    headings: [...body.matchAll(/^(#{1,6})\s/gm)].map((m) => m[1]!.length).join(','),
    boxes: [...body.matchAll(/^:::(\w[\w-]*)/gm)].map((m) => m[1]).join(','),
    variables: [...new Set([...body.matchAll(/:var\[([^\]]*)\]/g)].map((m) => m[1]))].sort().join(','),
  });
  const a = frame(source);
  const b = frame(translation);
  const what = {
    headings: 'headings (by level)',
    boxes: 'boxes such as :::example',
    variables: 'variables such as :var[company]',
  };
  return (Object.keys(what) as (keyof typeof what)[])
    .filter((key) => a[key] !== b[key])
    .map((key) => ({
      file,
      field: 'body',
      message: `the text has different ${what[key]} from ${sourceFile} (English: ${a[key] || 'none'}; here: ${b[key] || 'none'}); translate them in place and keep each one`,
    }));
}

/**
 * A fingerprint of each field of a source file, to record which version a translation was made
 * from and to tell later which fields changed: the file's top-level fields, a list of items with
 * ids item by item (`metrics.vision-recall`), and a page's text as `body`.
 */
export function fingerprintFields(data: Record<string, unknown>, body?: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(data)) {
    const items = Array.isArray(value) && value.every((v) => v && typeof v === 'object' && 'id' in v);
    if (items && value.length > 0)
      for (const item of value as { id: unknown }[]) fields[`${key}.${String(item.id)}`] = fingerprint(item);
    else fields[key] = fingerprint(value);
  }
  if (body !== undefined) fields.body = fingerprint(body.trim());
  return fields;
}

/** The fields whose fingerprint differs from the one recorded (added and removed fields included). */
export function changedFields(recorded: Record<string, string>, current: Record<string, string>): string[] {
  const keys = new Set([...Object.keys(recorded), ...Object.keys(current)]);
  return [...keys].filter((k) => recorded[k] !== current[k]).sort();
}

/** FNV-1a over the value's JSON: short, stable across machines and Node versions, no crypto needed. */
function fingerprint(value: unknown): string {
  const text = JSON.stringify(value) ?? 'undefined';
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
