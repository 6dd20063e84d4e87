import type { z } from 'astro/zod';
import type { EmpowermentRowSchema } from '../schemas/handbook-config.ts';
import { words } from '../i18n/index.ts';
import { markIsolated } from './isolate-marks.ts';

/**
 * The company-specific words a page body may contain as `:var[name]`. The site shows each
 * variable's neutral default (the dictionary's `neutral`); a generated handbook, the company's value.
 */
export const VARIABLE_NAMES = [
  /** The company's name. */
  'company',
  /** The service vision, one sentence. */
  'vision',
  /** The first-response standard. */
  'firstResponse',
  /** The callback standard. */
  'callback',
  /** What a frontline agent may refund without asking. */
  'refundLimit',
] as const;

export type VariableName = (typeof VARIABLE_NAMES)[number];
export type VariableValues = Partial<Record<VariableName, string>>;

/** A row of the empowerment table, as the config's schema gives it. */
export type EmpowermentRow = z.output<typeof EmpowermentRowSchema>;

/** Shown on the site, where no company has filled in its own table yet: the dictionary's sample. */
export const SAMPLE_EMPOWERMENT: readonly EmpowermentRow[] = words().sampleEmpowerment;

export function isVariableName(name: string): name is VariableName {
  return (VARIABLE_NAMES as readonly string[]).includes(name);
}

/** Returns the text a variable renders as: the company's value, or the neutral default. */
export function resolveVariable(
  name: VariableName,
  values: VariableValues,
  neutral: Readonly<Record<VariableName, string>> = words().neutral,
): string {
  return values[name] ?? neutral[name];
}

const VARIABLE_IN_TEXT = /:var\[([^\]]*)\]/g;

/** Names used as `:var[name]` in a plain string, e.g. a play step in frontmatter. */
export function findVariables(text: string): string[] {
  return [...text.matchAll(VARIABLE_IN_TEXT)].map((m) => m[1]!.trim());
}

/**
 * Replaces `:var[name]` in a plain string, so frontmatter reads the same way as the body. A
 * company's own value is marked for direction isolation (see markdown/isolate-marks.ts); a neutral
 * default is our own English and needs no mark.
 */
export function substituteVariables(
  text: string,
  values: VariableValues,
  neutral: Readonly<Record<VariableName, string>> = words().neutral,
): string {
  return text.replace(VARIABLE_IN_TEXT, (written, raw: string) => {
    const name = raw.trim();
    if (!isVariableName(name)) return written;
    const value = values[name];
    return value === undefined ? neutral[name] : markIsolated(value);
  });
}
