/** Spanish words for the handbook builder's status lines as a handbook is started, edited and previewed, together so those sentences read alike; composed in ../builder.ts. */
import { pluralForms } from '../../format.ts';
import type { Dictionary } from '../../index.ts';

/** Starting again: from an example, a blank form, a saved file, last time's draft or the self-assessment. */
export const start: Dictionary['builder']['start'] = {
  replace: 'Sustituir mi borrador',
  keep: 'Conservar mi borrador',
  merge: 'Combinar: añadir los capítulos nuevos a los míos',
  unchanged: 'Tu borrador no ha cambiado.',
  replaceWithExample: '¿Sustituir tu borrador por el ejemplo? Puedes deshacerlo justo después.',
  replaceWithBlank: '¿Sustituir tu borrador por un formulario en blanco? Puedes deshacerlo justo después.',
  startedBlank: 'Se empezó un formulario en blanco.',
  startOverQuestion: '¿Empezar de nuevo con un formulario en blanco? Puedes deshacerlo justo después.',
  startedOver: 'Se empezó de nuevo con un formulario en blanco.',
  undo: 'Deshacer: recuperar el borrador que tenías',
  draftBack: 'Tu borrador ha vuelto tal como estaba.',
  /** {size} is in KB. */
  fileTooBig:
    '{file} ocupa {size} KB; un archivo de configuración de esta página ocupa unos pocos KB. Elige el que descargaste aquí.',
  replaceWithFile: '¿Sustituir tu borrador por {file}? Puedes deshacerlo justo después.',
  fileUnreadable:
    'No se pudo leer {file}, así que tu borrador no ha cambiado. Lo que falla se indica encima del formulario.',
  opened: 'Se abrió {file}.',
  openedWithProblems: pluralForms({
    one: 'Se abrió {file}: tiene {n} problema, señalado en el formulario.',
    other: 'Se abrió {file}: tiene {n} problemas, señalados en el formulario.',
  }),
  /** Said after `opened` when the file names a logo; {field} is the logo field's label. */
  openedLogo: 'Menciona el logotipo «{logo}»: elige ese archivo en {field} para ponerlo en la portada.',
  /** Two sentences said one after the other. */
  sentences: '{first} {second}',
  draftUnreadable:
    'No se pudo leer un borrador guardado en este navegador, así que el formulario empieza en blanco. El borrador anterior se conserva con el nombre «{key}» en el almacenamiento de este sitio; no se ha borrado.',
  /** {startOver} is the Start over button's label in quotation marks. */
  draftRestored: 'Ha vuelto tu borrador de la última vez. {startOver}, al final, lo borra.',
  handOverTaken: pluralForms({
    one: 'Se tomó {n} prioridad de tu autoevaluación, por orden de importancia. Revisa los capítulos de abajo: entre tres y seis hacen un buen manual.',
    other:
      'Se tomaron {n} prioridades de tu autoevaluación, por orden de importancia. Revisa los capítulos de abajo: entre tres y seis hacen un buen manual.',
  }),
  handOverTakenWithCompany: pluralForms({
    one: 'Se tomaron {n} prioridad y el nombre de la empresa de tu autoevaluación, por orden de importancia. Revisa los capítulos de abajo: entre tres y seis hacen un buen manual.',
    other:
      'Se tomaron {n} prioridades y el nombre de la empresa de tu autoevaluación, por orden de importancia. Revisa los capítulos de abajo: entre tres y seis hacen un buen manual.',
  }),
  handOverMerged: pluralForms({
    one: 'Se añadió {n} capítulo de tu autoevaluación después de los tuyos; se conservan tu orden y el nombre de la empresa.',
    other:
      'Se añadieron {n} capítulos de tu autoevaluación después de los tuyos; se conservan tu orden y el nombre de la empresa.',
  }),
  /** The question when a hand-over would overwrite a draft: what it brings, what the draft has, and the question. */
  handOverQuestion: '{brings} {draft} ¿Qué hacemos con tu borrador?',
  /** {chapters} is the list of the chapters' titles in quotation marks. */
  handOverBrings: pluralForms({
    one: 'La autoevaluación trae {n} capítulo por orden de importancia ({chapters}).',
    other: 'La autoevaluación trae {n} capítulos por orden de importancia ({chapters}).',
  }),
  handOverBringsWithCompany: pluralForms({
    one: 'La autoevaluación trae {n} capítulo por orden de importancia ({chapters}) y el nombre de la empresa «{company}».',
    other:
      'La autoevaluación trae {n} capítulos por orden de importancia ({chapters}) y el nombre de la empresa «{company}».',
  }),
  draftHasChapters: pluralForms({
    one: 'Tu borrador tiene {n} capítulo en tu propio orden.',
    other: 'Tu borrador tiene {n} capítulos en tu propio orden.',
  }),
  draftHasCompany: 'Tu borrador tiene el nombre de la empresa «{company}».',
  draftHasBoth: pluralForms({
    one: 'Tu borrador tiene {n} capítulo en tu propio orden y el nombre de la empresa «{company}».',
    other: 'Tu borrador tiene {n} capítulos en tu propio orden y el nombre de la empresa «{company}».',
  }),
  handOverKept: 'Tu borrador no ha cambiado; no se tomó nada de la autoevaluación.',
};

/** What the status line and the notes beside the fields say as the form is edited. */
export const edits: Dictionary['builder']['edits'] = {
  notSaved:
    'Este navegador no ha guardado el borrador (navegación privada o almacenamiento lleno): descarga tu archivo de configuración (la última descarga de la lista) para no perder tu trabajo.',
  visionEmpty: 'Lo mejor es una sola frase.',
  visionSentences: pluralForms({
    one: 'Es {n} frase; una sola es más fácil de recordar y citar.',
    other: 'Son {n} frases; una sola es más fácil de recordar y citar.',
  }),
  visionOne: 'Una sola frase: bien.',
  logoRemoved: 'Logotipo quitado.',
  logoRefused: 'No se aceptó el logotipo; el motivo se indica a su lado.',
  logoAdded: 'Logotipo {file} añadido.',
  logoNamed: 'Logotipo: {file}.',
  noLogo: 'Sin logotipo.',
  /** {ratio} is the contrast against white, such as "4.5". */
  accentAsChosen: 'Se usa tal como lo elegiste: {colour}, contraste {ratio}:1 sobre blanco.',
  accentDarkened:
    'Demasiado claro para leerse sobre blanco, así que el manual usa {colour} (contraste {ratio}:1).',
  fixFirst: 'Primero corrige los problemas señalados en el formulario.',
  /** The Undo button after a change that took something away. */
  undo: 'Deshacer',
};

/** The preview's frame and its status line. */
export const preview: Dictionary['builder']['preview'] = {
  frameTitle: 'Vista previa del manual',
  /** The chapters of the chosen language could not be fetched; {language} is its name. */
  languageUnavailable:
    'No se pudieron cargar los capítulos en {language}, así que la vista previa y las descargas siguen en el idioma anterior. Comprueba la conexión y vuelve a elegir el idioma.',
  chapters: pluralForms({ one: 'Vista previa: {n} capítulo.', other: 'Vista previa: {n} capítulos.' }),
  /** The per-chapter downloads while there is no handbook yet. */
  chapterFilesWaiting: 'Aparecen cuando el formulario no tenga problemas.',
  /** {fields} is a list of the form's labels. */
  lastGood: pluralForms({
    one: 'La vista previa, Imprimir y las descargas muestran la última versión correcta mientras haya que revisar esto: {fields}.',
    other:
      'La vista previa, Imprimir y las descargas muestran la última versión correcta mientras haya que revisar esto: {fields}.',
  }),
  lastGoodForm:
    'La vista previa, Imprimir y las descargas muestran la última versión correcta mientras haya que revisar el formulario.',
  waitingForFixes: 'La vista previa aparece cuando se corrijan los problemas señalados en el formulario.',
  waitingForFields: 'La vista previa aparece cuando se complete esto: {fields}.',
  waitingForBoth:
    'La vista previa aparece cuando se corrijan los problemas señalados en el formulario y se rellene esto: {fields}.',
  /** Where a problem no field shows is listed, as the status line names it. */
  topList: 'la lista de arriba',
};
