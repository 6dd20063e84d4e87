/**
 * Filling the dictionary's sentences: placeholders (`"Page {n} of {total}"`), plural forms chosen
 * by `Intl.PluralRules`, lists joined by `Intl.ListFormat`, numbers by `Intl.NumberFormat`, all in
 * the dictionary's language. A sentence is whole in the dictionary, so a translation can put its
 * parts in any order; code never joins fragments of English.
 */

/** The forms of a countable phrase, by plural category; `other` is always there, `{n}` is the count. */
export type Plural = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

/** A dictionary entry's plural forms, checked as such where the dictionary is written: `pluralForms({ one: '…', other: '{n} …' })`. */
export const pluralForms = (forms: Plural): Plural => forms;

type Value = string | number;
const PLACEHOLDER = /\{(\w+)\}/g;

/** The template with each `{name}` replaced by its value; a number is written the language's way. */
export function fill(lang: string, template: string, values: Record<string, Value> = {}): string {
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    name in values ? show(lang, values[name]!) : whole,
  );
}

/**
 * The template split at its placeholders, each replaced by its value as given (a list of values in
 * place): for sentences that hold a company's own words or links, which a layout keeps as nodes
 * (user text isolated, a link a link) rather than flattening them to text.
 */
export function fillParts<T>(
  lang: string,
  template: string,
  values: Record<string, Value | T | T[]>,
): (string | T)[] {
  const parts: (string | T)[] = [];
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    const name = match[1]!;
    if (!(name in values)) continue;
    if (match.index > last) parts.push(template.slice(last, match.index));
    const value = values[name]!;
    if (Array.isArray(value)) parts.push(...value);
    else
      parts.push(typeof value === 'string' || typeof value === 'number' ? show(lang, value) : (value as T));
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push(template.slice(last));
  return parts;
}

/** The form of a countable phrase for `n`, filled with `n` and any other values. */
export function plural(lang: string, n: number, forms: Plural, values: Record<string, Value> = {}): string {
  const rule = formatter(pluralRules, lang, () => new Intl.PluralRules(lang)).select(n);
  return fill(lang, forms[rule] ?? forms.other, { ...values, n });
}

/** Items joined as the language joins a list: "a, b and c". */
export function list(
  lang: string,
  items: readonly string[],
  type: Intl.ListFormatType = 'conjunction',
): string {
  return new Intl.ListFormat(lang, { type }).format(items);
}

const show = (lang: string, value: Value) =>
  typeof value === 'number'
    ? formatter(numberFormats, lang, () => new Intl.NumberFormat(lang)).format(value)
    : value;

// One formatter per language, made on first use: making one costs far more than using it, and a
// site build fills tens of thousands of sentences (issue 28's profile: 1.6 s of a 1,000-mode build).
const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

function formatter<T>(cache: Map<string, T>, lang: string, make: () => T): T {
  let found = cache.get(lang);
  if (!found) cache.set(lang, (found = make()));
  return found;
}
