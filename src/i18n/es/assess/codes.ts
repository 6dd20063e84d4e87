/** Spanish words for the self-assessment, one part of src/i18n/es/assess.ts. Why a pasted answer code is refused or counted once, told to the person who collects the codes. */
import type { Dictionary } from '../../index.ts';

export const assessCodes: Pick<Dictionary['assess'], 'code' | 'duplicates'> = {
  /** Why an answer code cannot be read, for the person who pasted it. */
  code: {
    notACode: 'no es un código de respuestas: los códigos empiezan por {prefix}',
    otherVersion:
      'lo creó otra versión de la autoevaluación ({version}); vuelve a pedir las respuestas desde esta página',
    stray: 'contiene «{character}», que no aparece en ningún código; vuelve a copiar el código',
    aSpace: 'un espacio',
    incomplete:
      'está incompleto o mal escrito (su suma de control no coincide); pide a la persona que vuelva a copiar el código entero',
    otherStatements:
      'se creó con un conjunto de afirmaciones distinto del que tiene ahora esta guía (han cambiado desde entonces); pide a la persona que vuelva a hacer la revisión rápida en esta página',
    damaged:
      'está dañado: la suma de control coincide, pero las respuestas no encajan con esta guía; vuelve a pedir el código',
    tooLong:
      'el texto pegado tiene {length} caracteres; pega {max} como máximo (un código tiene unos cientos)',
  },

  /** Notes on the same person's answers given twice: {source} and {earlier} name where each came from. */
  duplicates: {
    sameAnswers: '{source} tiene las mismas respuestas que {earlier}, así que se contaron una vez',
    samePerson:
      '{source} y {earlier} son de la misma persona, así que se contaron una vez (con {source}, el más reciente)',
  },
};
