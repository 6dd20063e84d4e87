/**
 * Text from answer codes and files on its way into a handbook config (the company name), made to
 * pass the same rules `playbook validate` applies to a config's text (src/schemas/user-text.ts):
 * whitespace runs, line breaks included, fold to one space, and invisible control characters (C0,
 * DEL, C1, bidirectional embeddings, overrides and isolates) are taken out, with a note saying
 * which. Kept free of zod so the page's first-visit script can clean the builder link's company;
 * tests/unit/assessment-text.test.ts checks that every character agrees with the schema.
 */
import { fill } from '../../i18n/format.ts';
import type { AssessWords } from './words.ts';

/** As in user-text.ts: runs of whitespace, including the separators yaml would write raw. */
const WHITESPACE_RUN = /[\s\u0085\u2028\u2029]+/gu;
/** As in user-text.ts: the characters `playbook validate` refuses in a config's text. */
const INVISIBLE_CONTROL = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/gu;

/** Longest company name a config may hold (as HandbookConfigSchema's `company`). */
export const MAX_COMPANY_LENGTH = 200;

export interface ConfigText {
  text: string;
  /** The invisible characters taken out, as "U+202E", each once, in the order first met. */
  removed: string[];
  /** True when the text was longer than the config allows and was cut. */
  cut: boolean;
}

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Text as a config may hold it: whitespace folded, invisible controls removed, at most `max` characters. */
export function toConfigText(value: string, max = MAX_COMPANY_LENGTH): ConfigText {
  const removed = new Set<string>();
  let text = value
    .replace(WHITESPACE_RUN, ' ')
    .replace(INVISIBLE_CONTROL, (c) => {
      removed.add(codePoint(c));
      return '';
    })
    .replace(/ {2,}/g, ' ')
    .trim();
  const cut = text.length > max;
  if (cut) {
    // Cut by whole characters, so a name never ends in half of an emoji.
    let kept = '';
    for (const c of text) {
      if (kept.length + c.length > max) break;
      kept += c;
    }
    text = kept.trim();
  }
  return { text, removed: [...removed], cut };
}

/**
 * What cleaning changed, as one sentence without a final stop, about `what` (the subject, e.g. "The
 * company name"), for the page's status line and the command's notes; undefined when nothing
 * changed but spacing.
 */
export function describeConfigText(
  w: AssessWords,
  what: string,
  cleaned: ConfigText,
  max = MAX_COMPANY_LENGTH,
): string | undefined {
  const words = w.assess.configText;
  const removed = cleaned.removed.length > 0;
  if (!removed && !cleaned.cut) return undefined;
  const template = removed && cleaned.cut ? words.both : removed ? words.removed : words.cut;
  // The code points are written as code ("U+202E, U+0007"), not as a list in words.
  return fill(w.locale, template, { what, characters: cleaned.removed.join(', '), max });
}
