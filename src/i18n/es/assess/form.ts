/** Spanish words for the self-assessment, one part of src/i18n/es/assess.ts. What a person sees while answering: the progress line and the messages of the buttons. */
import { pluralForms } from '../../format.ts';
import type { Dictionary } from '../../index.ts';

export const assessForm: Pick<Dictionary['assess'], 'form'> = {
  /** The questionnaire's progress line and the messages of its buttons (the page's first script). */
  form: {
    progress: 'Revisión rápida: {answered} de {total} afirmaciones respondidas.',
    progressDone: pluralForms({
      one: 'Revisión rápida terminada: respondida la única afirmación.',
      other: 'Revisión rápida terminada: respondidas las {n} afirmaciones.',
    }),
    deeper: 'Análisis a fondo: {n} más.',
    notSaved: 'Las respuestas no se pueden guardar en este navegador, así que no cierres esta pestaña.',
    cleared: 'Se borraron todas las respuestas. {progress}',
    codeCopied: 'Código copiado. Pégalo en un mensaje para quien reúne las respuestas.',
    codeSelected: 'El código está seleccionado: cópialo con Ctrl+C (⌘C en Mac).',
    linkCopied:
      'Enlace copiado. Quien lo abra añadirá tus respuestas a su vista de equipo, que muestra resultados cuando hay respuestas de {min} personas.',
    copyThisLink: 'Copia este enlace: {link}',
    roleFirst:
      'Primero elige tu rol en «Sobre ti», para que la vista de equipo pueda comparar la dirección con la primera línea.',
    exported: pluralForms({
      one: 'Se exportaron tus respuestas ({n} afirmación). Es más fácil enviar el código: lleva las mismas respuestas.',
      other:
        'Se exportaron tus respuestas ({n} afirmaciones). Es más fácil enviar el código: lleva las mismas respuestas.',
    }),
    roleFirstMine: 'Primero elige tu rol en «Sobre ti» y después añade tus propias respuestas.',
  },
};
