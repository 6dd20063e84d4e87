/** German words for the self-assessment, one part of src/i18n/de/assess.ts. How a need score reads (out of 100, urgent…, quick or deep), shared by the results, the team view, the report and the config. */
import { pluralForms } from '../../format.ts';
import type { Dictionary } from '../../index.ts';

export const assessScores: Pick<
  Dictionary['assess'],
  'outOf100' | 'noFigure' | 'sentence' | 'need' | 'depth' | 'depthShort' | 'failureModes' | 'people'
> = {
  /** A need as every output shows it. */
  outOf100: '{n} von 100',
  /** A figure not shown (too few people, or nothing rated). */
  noFigure: '–',
  /** A sentence made of a phrase that has no stop of its own (a headline). */
  sentence: '{text}.',
  /** What a need score means, by how high it is (60 and up, 40, 20, below 20). */
  need: {
    urgent: 'dringend',
    soon: 'bald angehen',
    some: 'etwas Luft nach oben',
    good: 'gut aufgestellt',
  },
  /** How a mode was scored, in full (results) and in a table cell. */
  depth: {
    quick: 'Schnellcheck (1 Aussage)',
    mixed: 'Schnellcheck und Vertiefung gemischt',
    deep: 'Vertiefung ({answered} von {questions} Aussagen, {ticked} von {signs} Warnsignalen)',
  },
  depthShort: { quick: 'Schnellcheck', deep: 'Vertiefung', mixed: 'gemischt' },
  /** Countable phrases several sentences share. */
  failureModes: pluralForms({ one: '{n} Fehlermuster', other: '{n} Fehlermuster' }),
  people: pluralForms({ one: '{n} Person', other: '{n} Personen' }),
};
