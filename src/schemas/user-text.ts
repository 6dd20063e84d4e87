import { z } from 'astro/zod';

/** Line breaks and other whitespace controls that YAML block scalars or pasted text can carry. */
const WHITESPACE_RUN = /[\s\u0085\u2028\u2029]+/gu;

/**
 * Characters no name, vision or standard needs, and that can change how an output reads: C0 and C1
 * controls, DEL, and bidirectional embeddings, overrides and isolates (direction is handled by the
 * renderers with dir="auto", never by characters in the text).
 */
const INVISIBLE_CONTROL = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;

/** Longest text a single config field may hold; a vision or a standard is a sentence, not a chapter. */
export const MAX_FIELD_LENGTH = 2000;

function describeControl(value: string): string {
  const index = value.search(INVISIBLE_CONTROL);
  const code = value.codePointAt(index)!.toString(16).toUpperCase().padStart(4, '0');
  return `contains an invisible control character (U+${code}) after "${value.slice(Math.max(0, index - 20), index)}"; delete it and retype that spot (it often comes from text copied out of another program)`;
}

/**
 * Text a person wrote into a config or answers file: whitespace runs (line breaks included) fold to
 * one space, and invisible control characters are refused with their position, so that whatever
 * reaches an output is plain text.
 */
export function userText(what: string, options: { max?: number } = {}) {
  const max = options.max ?? MAX_FIELD_LENGTH;
  return z
    .string({ required_error: `${what} is required`, invalid_type_error: `${what} must be text` })
    .transform((value) => value.replace(WHITESPACE_RUN, ' ').trim())
    .superRefine((value, ctx) => {
      if (value.length === 0)
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: `${what} cannot be empty` });
      else if (value.length > max)
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          message: `${what} is ${value.length} characters long; keep it under ${max}`,
        });
      else if (INVISIBLE_CONTROL.test(value))
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: describeControl(value) });
    });
}

/** The controls Markdown may carry: a line break and a tab. */
const MARKDOWN_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;

/** Longest Markdown a company may write into one field: a chapter of its own, a few pages. */
export const MAX_MARKDOWN_LENGTH = 20_000;

/**
 * Markdown a company wrote (a note, an example, a chapter of its own): kept with its line breaks
 * (Windows line endings become plain ones), refused when it holds other invisible controls or runs
 * past its limit. What it may contain once parsed (no HTML, safe links, no images) is the
 * Markdown pipeline's to enforce.
 */
export function userMarkdown(what: string, options: { max?: number } = {}) {
  const max = options.max ?? MAX_MARKDOWN_LENGTH;
  return z
    .string({ required_error: `${what} is required`, invalid_type_error: `${what} must be text` })
    .transform((value) => value.replace(/\r\n?/g, '\n').trim())
    .superRefine((value, ctx) => {
      if (value.length === 0)
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: `${what} cannot be empty` });
      else if (value.length > max)
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          message: `${what} is ${value.length.toLocaleString('en')} characters long; keep it under ${max.toLocaleString('en')}`,
        });
      else if (MARKDOWN_CONTROL.test(value)) {
        const index = value.search(MARKDOWN_CONTROL);
        const code = value.codePointAt(index)!.toString(16).toUpperCase().padStart(4, '0');
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          message: `contains an invisible control character (U+${code}) after "${value.slice(Math.max(0, index - 20), index)}"; delete it and retype that spot`,
        });
      }
    });
}
