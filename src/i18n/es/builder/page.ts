/** Spanish words for the handbook builder's page around the form (introduction, start and output panels), apart so a translator sees what greets a visitor on one screen; composed in ../builder.ts. */
import type { Dictionary } from '../../index.ts';

/** The page around the form: its title, its introduction, the start and the output panels. */
export const page: Dictionary['builder']['page'] = {
  title: 'Generador de manuales',
  description:
    'Crea el manual de servicio de tu empresa en el navegador: elige los capítulos, fija tus estándares y tu imagen, revisa la vista previa, imprime y descarga. Nada sale de tu navegador.',
  heading: 'Crea tu manual de servicio',
  lede: 'Completa el formulario y tu manual va tomando forma a su lado; después imprímelo o descarga los archivos. Todo se queda en este navegador: nada de lo que escribes se envía a ninguna parte, y tu borrador se guarda aquí hasta que empieces de nuevo.',
  /** Shown when JavaScript is off; {modes} is the link `noScriptModes`. */
  noScript:
    'El generador funciona en tu navegador y necesita JavaScript: actívalo para este sitio si quieres usarlo. Las {modes} y sus fichas imprimibles funcionan sin él.',
  noScriptModes: 'páginas de los modos de fallo',
  /** Shown when the list of failure modes the builder fetches as it starts does not arrive. */
  libraryUnavailable:
    'El generador no pudo cargar la lista de modos de fallo, así que no puede arrancar. Comprueba la conexión y vuelve a cargar la página.',
  startFrom: 'Empezar desde',
  startBlank: 'Un formulario en blanco',
  startFile: 'Un archivo de configuración guardado…',
  /** {assessment} is the link `fromAssessmentLink`; the quoted words are the assessment's link to this page. */
  fromAssessment:
    '¿Vienes de la {assessment}? Sus resultados tienen un enlace «Crear este manual» que trae aquí tus prioridades.',
  fromAssessmentLink: 'autoevaluación',
  output: 'Tu manual',
  print: 'Imprimir / guardar como PDF',
  toDownloads: 'Descargas',
  previewPlaceholder: 'Tu manual aparece aquí a medida que completas el formulario.',
  files: 'Descargar los archivos',
  /** A download: {file} is its button (the file's name), {summary} what it holds. */
  file: '{file} ({summary})',
  icsNeedsDate: '(necesita la fecha de la primera sesión de formación)',
  configSummary:
    'tu configuración: un archivo que puedes abrir aquí más adelante para seguir donde lo dejaste',
  /** The heading over a per-chapter format's downloads: "Handouts, one per chapter". */
  perChapter: '{title}, una por capítulo',
  startOver: 'Empezar de nuevo',
};
