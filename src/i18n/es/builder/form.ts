/** Spanish words for the handbook builder's form: its fields, choices, editable rows and chapter list, together so a field's label, hint and choices are translated side by side; composed in ../builder.ts. */
import { pluralForms } from '../../format.ts';
import type { Dictionary } from '../../index.ts';

/** The form's fields as its labels name them, by the field's name in the config: messages use the same words. */
export const fields: Dictionary['builder']['fields'] = {
  company: 'Nombre de la empresa',
  vision: 'Visión de servicio',
  priorities: 'Capítulos',
  include: 'El resto de la guía',
  audiences: 'Lectores',
  'standards.firstResponse': 'Primera respuesta',
  'standards.callback': 'Devolución de llamada',
  'standards.refundLimit': 'Límite de reembolso',
  standards: 'Otros estándares',
  empowerment: 'Quién puede decidir qué',
  'branding.accent': 'Color de acento',
  'branding.logo': 'Logotipo',
  locale: 'Formato de las fechas',
  language: 'Idioma del manual',
  output: 'Papel',
  date: 'Fecha de la portada',
  'training.start': 'Primera sesión de formación',
  training: 'Frecuencia de las sesiones',
};

/** The form around its fields: the groups' legends, the labels' added hints, the buttons and the choices. */
export const form: Dictionary['builder']['form'] = {
  yourCompany: 'Tu empresa',
  /** {label} is the field's label (`fields`). */
  visionLabel: '{label} (una frase que todo el mundo pueda repetir)',
  chaptersHelp: 'Lo más urgente, primero. Mueve un capítulo con sus botones o arrastrándolo.',
  filter: 'Añadir capítulos: filtrar los modos de fallo',
  includePriorities: 'Solo estos capítulos',
  includeAll: 'Añadir todos los demás modos de fallo como anexo breve',
  audiencesLegend: '{label} (no marques ninguno para dirigirlo a todo el mundo)',
  standards: 'Estándares (cada uno se lee después de «como máximo en»)',
  firstResponsePlaceholder: '1 hora',
  callbackPlaceholder: 'el mismo día hábil',
  refundLimitLabel: '{label} (opcional)',
  refundLimitHint:
    'Lo que un empleado de primera línea puede reembolsar sin pedir permiso, por ejemplo, 50 €.',
  refundLimitPlaceholder: '50 €',
  addStandard: 'Añadir un estándar',
  empowermentLegend: '{label} sin pedir permiso',
  addRow: 'Añadir una fila',
  lookAndDates: 'Aspecto y fechas',
  logoLabel: '{label} (PNG, JPEG, SVG, WebP o GIF, 1 MB como máximo)',
  removeLogo: 'Quitar el logotipo',
  dateLabel: '{label} (vacío si no hay fecha)',
  trainingStartLabel: '{label} (vacío para un plan sin fechas)',
  /** What goes before a note beside a field (a problem has a warning sign instead). */
  noteLabel: 'Nota: ',
  /** Under the handbook's language: what it changes, and what it leaves to the next choice. */
  languageHelp:
    'Sus títulos y rótulos, y sus capítulos cuando están traducidos. Las fechas y el papel dependen de la opción siguiente.',
  /** Under the handbook's language, when some chosen chapters are still English; {language} is the language's name. */
  untranslated: pluralForms({
    one: '{n} de tus {total} capítulos aún no está traducido al {language}: se imprime en inglés.',
    other: '{n} de tus {total} capítulos aún no están traducidos al {language}: se imprimen en inglés.',
  }),
};

/** The date conventions offered, by locale: where, and the paper and date they give. */
export const locales: Dictionary['builder']['locales'] = {
  'en-GB': 'Reino Unido (A4; día, mes y año)',
  'en-IE': 'Irlanda (A4)',
  'en-AU': 'Australia (A4)',
  'en-NZ': 'Nueva Zelanda (A4)',
  'en-US': 'Estados Unidos (Carta; mes, día y año)',
  'en-CA': 'Canadá (Carta)',
  'es-ES': 'España (A4)',
  'es-MX': 'México (Carta)',
  'de-DE': 'Alemania (A4)',
  'de-AT': 'Austria (A4)',
  'de-CH': 'Suiza (A4)',
};

/** The paper choices; `auto` leaves it to the date convention. */
export const paper: Dictionary['builder']['paper'] = {
  auto: 'El tamaño habitual para ese formato de fecha',
  A4: 'A4',
  Letter: 'Carta (EE. UU.)',
};

/** How often the training sessions are held, by cadence. */
export const cadences: Dictionary['builder']['cadences'] = {
  weekly: 'semanal',
  fortnightly: 'quincenal',
  monthly: 'mensual',
};

/** The examples to start from, by id: the button, and what the status line says once started. */
export const examples: Dictionary['builder']['examples'] = {
  retailer: {
    label: 'Ejemplo: un pequeño comercio',
    started: 'Se empezó desde el ejemplo: un pequeño comercio.',
  },
  'contact-centre': {
    label: 'Ejemplo: un centro de contacto',
    started: 'Se empezó desde el ejemplo: un centro de contacto.',
  },
};

/** The editable rows (further standards, empowerment rows): one row's name, its fields and its messages. */
export const rows: Dictionary['builder']['rows'] = {
  others: {
    /** One row, as its group, its problems and the status line name it. */
    name: 'Estándar {n}',
    label: '{label} (estándar {n})',
    remove: 'Quitar el estándar {n}',
    removed: 'Estándar {n} quitado.',
    fields: { name: 'Nombre', value: 'Promesa' },
    /** What a row lacks, as a problem names it; {parts} is a list of `parts`. */
    needs: pluralForms({
      one: 'Al estándar {row} le falta {parts}: complétalo o quita el estándar.',
      other: 'Al estándar {row} le faltan {parts}: complétalos o quita el estándar.',
    }),
    parts: { name: 'un nombre', value: 'una promesa' } as Record<string, string>,
  },
  empowerment: {
    name: 'Fila {n}',
    label: '{label} (fila {n})',
    remove: 'Quitar la fila {n}',
    removed: 'Fila {n} quitada.',
    fields: { role: 'Rol', decision: 'Decisión', limit: 'Límite' },
    needs: pluralForms({
      one: 'A la fila {row} le falta {parts}: complétala o quita la fila.',
      other: 'A la fila {row} le faltan {parts}: complétalos o quita la fila.',
    }),
    parts: { role: 'un rol', decision: 'una decisión', limit: 'un límite' } as Record<string, string>,
  },
};

/** The chapter list and the library to add from; {title} is a chapter's title in quotation marks. */
export const chapters: Dictionary['builder']['chapters'] = {
  numbered: '{n}. {title}',
  dragHandle: 'Arrastrar para reordenar',
  up: '↑ Subir',
  down: '↓ Bajar',
  remove: 'Quitar',
  add: 'Añadir',
  /** The accessible names of the buttons; {title} is the chapter's title as it is. */
  moveUp: 'Subir {title}',
  moveDown: 'Bajar {title}',
  removeNamed: 'Quitar {title}',
  addNamed: 'Añadir {title}',
  /** A library entry already chosen: its chapter number in place of its Add button. */
  chosenAs: 'Capítulo {n}',
  none: 'Aún no hay capítulos: añade alguno de la lista de abajo.',
  noMatch: 'Ningún modo de fallo coincide con esas palabras.',
  alreadyFirst: '{title} ya está en primer lugar.',
  alreadyLast: '{title} ya está en último lugar.',
  moved: '{title}: ahora en la posición {n} de {total}.',
  removed: 'Se quitó {title} de los capítulos.',
  /** The removal's Undo button; {title} is the chapter's title as it is. */
  undoRemove: 'Deshacer: volver a poner {title} como capítulo {n}',
  alreadyChapter: '{title} ya es el capítulo {n}.',
  back: '{title} vuelve a ser el capítulo {n}.',
  added: 'Se añadió {title} como capítulo {n}.',
  dragStays: '{title} sigue en la posición {n}: suelta sobre la lista para mover un capítulo.',
};
