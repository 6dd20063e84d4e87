/** Spanish words for the self-assessment, one part of src/i18n/es/assess.ts. The team's one-page report, printed or as Markdown (`playbook assess --format md`). */
import { pluralForms } from '../../format.ts';
import type { Dictionary } from '../../index.ts';

export const assessReport: Pick<Dictionary['assess'], 'report' | 'markdown'> = {
  /** The team's figures as the page and the one-page report word them. */
  report: {
    title: 'Autoevaluación del servicio: informe del equipo',
    titleFor: 'Autoevaluación del servicio: informe del equipo de {company}',
    respondents: 'Respuestas de {people}: {groups}.',
    respondentsNamed: 'Respuestas de {people}: {groups}. Todo el mundo dio su nombre: {names}.',
    groups: {
      leadership: '{n} de la dirección',
      frontline: '{n} de primera línea',
      other: '{n} con el rol «Otro»',
    },
    fewRaters: pluralForms({
      one: '{n} modo de fallo tiene puntuaciones de menos de {min} personas y queda fuera.',
      other: '{n} modos de fallo tienen puntuaciones de menos de {min} personas y quedan fuera.',
    }),
    dash: 'Un guion: menos de {min} personas de ese grupo lo puntuaron (o hay otro grupo así de pequeño), así que solo se muestra la cifra del equipo.',
    cutTie: pluralForms({
      one: '{n} modo de fallo más también tiene {need}, empatado con las últimas filas: {modes}.',
      other: '{n} modos de fallo más también tienen {need}, empatados con las últimas filas: {modes}.',
    }),
    topModes: pluralForms({
      one: 'El modo de fallo con más necesidad',
      other: 'Los {n} modos de fallo con más necesidad',
    }),
    noDisagreement: 'Ningún modo de fallo divide al equipo por {points} puntos o más.',
    columns: {
      rank: 'N.º',
      mode: 'Modo de fallo',
      team: 'Equipo',
      leadership: 'Dirección',
      frontline: 'Primera línea',
      gap: 'Diferencia',
      scoredBy: 'Método',
    },
  },

  /** Only in the Markdown report (`playbook assess --format md`). */
  markdown: {
    countedOnce: pluralForms({
      one: 'Un conjunto de respuestas se dio dos veces y se contó una vez.',
      other: '{n} conjuntos de respuestas se dieron dos veces y se contaron una vez.',
    }),
    byCategory: 'Necesidad por categoría',
    categoryColumns: { category: 'Categoría', need: 'Necesidad' },
    modeWithNeed: '{mode} ({reading})',
    disagreementsTitle: 'Dónde discrepa más el equipo',
    disagreement: '{mode}: las puntuaciones de las personas se separan {points} puntos o más',
    needScale: 'La necesidad va de 0 (en buen estado) a 100 (urgente).',
    needScaleTied:
      'La necesidad va de 0 (en buen estado) a 100 (urgente); «2=» indica modos de fallo empatados con la misma puntuación.',
    gapMeaning:
      'La diferencia es la necesidad de la primera línea menos la de la dirección: positiva donde la primera línea ve más necesidad.',
  },
};
