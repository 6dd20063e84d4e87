import { missingKitParts } from '../kit/kit.ts';
import type { FailureMode } from './library.ts';

/**
 * What a page of the published library needs beyond the schema, which leaves these optional so a
 * page can be drafted in steps: a complete training kit (a trainer runs it cold), exactly one
 * headline statement (the quick scan asks it) and at least one reverse-keyed statement (agreeing with
 * everything must not look healthy).
 */
export function findUnpublishablePages(modes: readonly FailureMode[]): { file: string; message: string }[] {
  return modes.flatMap((mode) => {
    const problems: string[] = [];
    const missing = missingKitParts(mode.exercise);
    if (missing.length > 0)
      problems.push(`exercise: the training kit still lacks ${missing.join(', ').toLowerCase()}`);
    const headlines = mode.diagnosticQuestions.filter((q) => q.headline).length;
    if (headlines !== 1)
      problems.push(
        `diagnosticQuestions: mark exactly one statement headline: true (the quick scan's), not ${headlines}`,
      );
    if (!mode.diagnosticQuestions.some((q) => q.reversed))
      problems.push(
        'diagnosticQuestions: mark at least one statement reversed: true, where agreeing is the unhealthy answer',
      );
    return problems.map((message) => ({ file: mode.file, message }));
  });
}
