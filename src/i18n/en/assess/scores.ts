/** English words for the self-assessment, one part of src/i18n/en/assess.ts. How a need score reads (out of 100, urgent…, quick or deep), shared by the results, the team view, the report and the config. */
import { pluralForms } from '../../format.ts';

export const assessScores = {
  /** A need as every output shows it. */
  outOf100: '{n} of 100',
  /** A figure not shown (too few people, or nothing rated). */
  noFigure: '–',
  /** A sentence made of a phrase that has no stop of its own (a headline). */
  sentence: '{text}.',
  /** What a need score means, by how high it is (60 and up, 40, 20, below 20). */
  need: {
    urgent: 'urgent',
    soon: 'worth fixing soon',
    some: 'some room to improve',
    good: 'in good shape',
  },
  /** How a mode was scored, in full (results) and in a table cell. */
  depth: {
    quick: 'quick scan (1 statement)',
    mixed: 'quick scan and deep dive mixed',
    deep: 'deep dive ({answered} of {questions} statements, {ticked} of {signs} warning signs)',
  },
  depthShort: { quick: 'quick scan', deep: 'deep dive', mixed: 'mixed' },
  /** Countable phrases several sentences share. */
  failureModes: pluralForms({ one: '{n} failure mode', other: '{n} failure modes' }),
  people: pluralForms({ one: '{n} person', other: '{n} people' }),
};
