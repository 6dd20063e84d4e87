import { z } from 'astro/zod';
import { ModeIdSchema } from './failure-mode.ts';
import { RESPONDENT_ROLE_IDS } from './respondent-roles.ts';

/** The `format` marker of an answers file, so a stray JSON file is recognised as not one of ours. */
export const ANSWERS_FORMAT = 'service-playbook-assessment';
/** The answers-file version this code writes and reads. */
export const ANSWERS_VERSION = 1;

/** Who filled in the assessment; leaders and managers form "leadership", compared with the front line. */
export const RespondentRoleSchema = z.enum(RESPONDENT_ROLE_IDS, {
  errorMap: () => ({ message: `expected one of ${RESPONDENT_ROLE_IDS.join(', ')}` }),
});

/** One answer on the diagnostic scale: 1 (not true of us) to 5 (completely true of us). */
export const AnswerValueSchema = z
  .number({ invalid_type_error: 'expected a number from 1 to 5' })
  .int('expected a whole number from 1 to 5')
  .min(1, 'expected a number from 1 to 5')
  .max(5, 'expected a number from 1 to 5');

/** A question's position in its mode's `diagnosticQuestions`, counted from 0, written as a JSON key. */
const QuestionIndexSchema = z
  .string()
  .regex(/^(?:0|[1-9]\d*)$/, 'expected a question number counted from 0, e.g. "0" or "2"');

/** The person behind one answers file. */
export const RespondentSchema = z
  .object({
    /** A name or nickname; optional, and shown to the team only when everyone gave one. */
    name: z.string().trim().max(120, 'keep the name under 120 characters').default(''),
    /**
     * A random id the page makes once per browser, so the same person's answers given twice are
     * counted once; it says nothing about who the person is.
     */
    id: z
      .string()
      .regex(/^[A-Za-z0-9_-]{8}$/, 'expected the 8-character id the /assess/ page writes')
      .optional(),
    /** Leader, manager, frontline or other. */
    role: RespondentRoleSchema,
  })
  .strict();

/** One person's answers, as the /assess/ page saves and exports them and `playbook assess` reads them. */
export const AnswersFileSchema = z
  .object({
    /** Always "service-playbook-assessment". */
    format: z.literal(ANSWERS_FORMAT, {
      errorMap: () => ({
        message: `expected "${ANSWERS_FORMAT}"; is this an answers file from the /assess/ page?`,
      }),
    }),
    /** The file format version; 1. */
    version: z.literal(ANSWERS_VERSION, {
      errorMap: () => ({
        message: `expected ${ANSWERS_VERSION}; this file was written by a different version of the assessment`,
      }),
    }),
    respondent: RespondentSchema,
    /** The company name, when the respondent typed one; used for the handbook config. */
    company: z.string().trim().max(200, 'keep the company name under 200 characters').optional(),
    /** Scale answers by failure-mode id, then by question number ("0", "1", ...). Unanswered questions are left out. */
    answers: z.record(ModeIdSchema, z.record(QuestionIndexSchema, AnswerValueSchema)).default({}),
    /** Warning signs the respondent recognised, by failure-mode id: the signs' numbers counted from 0. */
    warningSigns: z
      .record(
        ModeIdSchema,
        z
          .array(z.number().int().min(0, 'expected a warning-sign number counted from 0'))
          .max(100, 'expected at most 100 warning signs per failure mode'),
      )
      .default({}),
  })
  .strict();

export type AnswersFile = z.infer<typeof AnswersFileSchema>;
