/**
 * The assessment model from the library, built at build time (the page embeds it) and by the CLI.
 * Kept apart from the scoring so the page's script never imports the schema module (and zod).
 */
import {
  DiagnosticStatementSchema,
  headlineStatement,
  type DiagnosticStatement,
} from '../../schemas/failure-mode.ts';
import type { CategoryId } from '../../schemas/taxonomy.ts';
import type { AssessmentModel } from './score.ts';

/** A library mode as the model needs it; statements may be plain strings (healthy when true). */
export interface ModelSource {
  id: string;
  title: string;
  category: CategoryId;
  diagnosticQuestions: readonly (string | DiagnosticStatement)[];
  warningSigns: readonly string[];
}

/** The assessment model: modes in library order with their headline and reversed statements, categories in reading order. */
export function buildAssessmentModel(
  modes: readonly ModelSource[],
  categories: Readonly<Record<CategoryId, { label: string; inSentence: string }>>,
): AssessmentModel {
  return {
    modes: modes.map((m) => {
      const statements = m.diagnosticQuestions.map((s) => DiagnosticStatementSchema.parse(s));
      const headline = headlineStatement({ diagnosticQuestions: statements });
      return {
        id: m.id,
        title: m.title,
        category: m.category,
        questions: statements.length,
        signs: m.warningSigns.length,
        headline: statements.indexOf(headline),
        reversed: statements.flatMap((s, i) => (s.reversed ? [i] : [])),
      };
    }),
    categories: (Object.keys(categories) as CategoryId[]).map((id) => ({
      id,
      label: categories[id].label,
      inSentence: categories[id].inSentence,
    })),
  };
}
