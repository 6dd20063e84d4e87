/**
 * The notes on a valid config: things worth knowing that do not stop generation (a long vision, a
 * missing refund limit, chapters written for other audiences), shown as warnings.
 */
import type { HandbookConfig } from '../../../schemas/handbook-config.ts';
import type { Library } from '../../library/library.ts';
import type { Problem } from '../../problems.ts';
import type { Locate } from './fields.ts';

/** The notes on a valid config, in the order they are shown: vision, refund limit, empowerment rows, audiences. */
export function noteConfig(file: string, config: HandbookConfig, library: Library, at: Locate): Problem[] {
  const warnings: Problem[] = [];
  if (countSentences(config.vision) > 1) {
    warnings.push({
      file,
      ...at(['vision']),
      message:
        'the vision is longer than one sentence; a single sentence is easier for everyone to remember and quote',
    });
  }
  const chapters = config.priorities.map((id) => library.modes.find((m) => m.id === id)!);
  const uses = (pattern: RegExp) => chapters.filter((m) => pattern.test(m.body)).map((m) => m.id);
  const usingRefund = uses(/:var\[\s*refundLimit\s*\]/);
  if (!config.standards.refundLimit && usingRefund.length > 0) {
    warnings.push({
      file,
      ...at(['standards']),
      message: `standards.refundLimit is not set, so ${usingRefund.join(', ')} will say "an agreed amount"; add e.g. \`refundLimit: 50 GBP\``,
    });
  }
  const usingTable = uses(/^::empowerment-table\s*$/m);
  if (config.empowerment.length === 0 && usingTable.length > 0) {
    warnings.push({
      file,
      field: 'empowerment',
      message: `no empowerment rows, so ${usingTable.join(', ')} shows a sample table; add rows with role, decision and limit`,
    });
  }
  if (config.audiences) warnings.push(...noteAudiences(file, config, chapters, at));
  return warnings;
}

/** Chosen chapters written for none of the audiences the config lists: kept, but noted. */
function noteAudiences(
  file: string,
  config: HandbookConfig,
  chapters: Library['modes'],
  at: Locate,
): Problem[] {
  const wanted = new Set(config.audiences);
  const warnings: Problem[] = [];
  config.priorities.forEach((id, i) => {
    const mode = chapters[i]!;
    if (!mode.audiences.some((a) => wanted.has(a))) {
      warnings.push({
        file,
        ...at(['priorities', i]),
        message: `"${id}" is written for ${mode.audiences.join(', ')}, none of the audiences listed; it is kept because you chose it`,
      });
    }
  });
  return warnings;
}

/** Counts sentences the simple way: a full stop, question or exclamation mark followed by more words. */
export function countSentences(text: string): number {
  return text.trim().split(/[.!?]+["'”’)]*\s+(?=\S)/).length;
}
