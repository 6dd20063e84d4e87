/**
 * A page's diagnostic statements: what the self-assessment asks and how it scores them, kept apart
 * because the assessment model needs them without the rest of the page.
 */
import { z } from 'astro/zod';
import { requiredText } from '../fields.ts';

/**
 * One statement of the self-assessment, answered on the diagnostic scale. A plain string is a
 * statement that is true of a healthy organisation; the object form can flag the other cases.
 */
export const DiagnosticStatementSchema = z
  .union([
    requiredText('a diagnostic statement'),
    z
      .object({
        /** The statement, as the person taking the assessment reads it. */
        text: requiredText('a diagnostic statement'),
        /** True when agreeing is the unhealthy answer; scoring turns the scale round. */
        reversed: z.boolean().default(false),
        /** The one statement the quick scan asks for this mode; written to stand alone. */
        headline: z.boolean().default(false),
      })
      .strict(),
  ])
  .transform((s) => (typeof s === 'string' ? { text: s, reversed: false, headline: false } : s));

export type DiagnosticStatement = z.infer<typeof DiagnosticStatementSchema>;

/** The statement the quick scan asks: the one marked headline, else the first. */
export function headlineStatement(mode: { diagnosticQuestions: DiagnosticStatement[] }): DiagnosticStatement {
  return mode.diagnosticQuestions.find((s) => s.headline) ?? mode.diagnosticQuestions[0]!;
}
