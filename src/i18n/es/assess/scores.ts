/** Spanish words for the self-assessment, one part of src/i18n/es/assess.ts. How a need score reads (out of 100, urgent…, quick or deep), shared by the results, the team view, the report and the config. */
import { pluralForms } from '../../format.ts';
import type { Dictionary } from '../../index.ts';

export const assessScores: Pick<
  Dictionary['assess'],
  'outOf100' | 'noFigure' | 'sentence' | 'need' | 'depth' | 'depthShort' | 'failureModes' | 'people'
> = {
  /** A need as every output shows it. */
  outOf100: '{n} de 100',
  /** A figure not shown (too few people, or nothing rated). */
  noFigure: '–',
  /** A sentence made of a phrase that has no stop of its own (a headline). */
  sentence: '{text}.',
  /** What a need score means, by how high it is (60 and up, 40, 20, below 20). */
  need: {
    urgent: 'urgente',
    soon: 'conviene arreglarlo pronto',
    some: 'hay margen de mejora',
    good: 'en buen estado',
  },
  /** How a mode was scored, in full (results) and in a table cell. */
  depth: {
    quick: 'revisión rápida (1 afirmación)',
    mixed: 'revisión rápida y análisis a fondo combinados',
    deep: 'análisis a fondo ({answered} de {questions} afirmaciones, {ticked} de {signs} señales de alerta)',
  },
  depthShort: { quick: 'revisión rápida', deep: 'análisis a fondo', mixed: 'combinado' },
  /** Countable phrases several sentences share. */
  failureModes: pluralForms({ one: '{n} modo de fallo', other: '{n} modos de fallo' }),
  people: pluralForms({ one: '{n} persona', other: '{n} personas' }),
};
