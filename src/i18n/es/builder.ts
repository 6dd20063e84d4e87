/** Spanish words for the handbook builder (/build/): one part of the dictionary src/i18n/es.ts. */
import type { Plural } from '../format.ts';
import type { Dictionary } from '../index.ts';

const plural = (forms: Plural): Plural => forms;

export const builder: Dictionary['builder'] = {
  /** The page around the form: its title, its introduction, the start and the output panels. */
  page: {
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
  },

  /** The form's fields as its labels name them, by the field's name in the config: messages use the same words. */
  fields: {
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
  },

  /** The form around its fields: the groups' legends, the labels' added hints, the buttons and the choices. */
  form: {
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
    untranslated: plural({
      one: '{n} de tus {total} capítulos aún no está traducido al {language}: se imprime en inglés.',
      other: '{n} de tus {total} capítulos aún no están traducidos al {language}: se imprimen en inglés.',
    }),
  },

  /** The date conventions offered, by locale: where, and the paper and date they give. */
  locales: {
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
  },
  /** The paper choices; `auto` leaves it to the date convention. */
  paper: { auto: 'El tamaño habitual para ese formato de fecha', A4: 'A4', Letter: 'Carta (EE. UU.)' },
  /** How often the training sessions are held, by cadence. */
  cadences: { weekly: 'semanal', fortnightly: 'quincenal', monthly: 'mensual' },

  /** The examples to start from, by id: the button, and what the status line says once started. */
  examples: {
    retailer: {
      label: 'Ejemplo: un pequeño comercio',
      started: 'Se empezó desde el ejemplo: un pequeño comercio.',
    },
    'contact-centre': {
      label: 'Ejemplo: un centro de contacto',
      started: 'Se empezó desde el ejemplo: un centro de contacto.',
    },
  },

  /** The editable rows (further standards, empowerment rows): one row's name, its fields and its messages. */
  rows: {
    others: {
      /** One row, as its group, its problems and the status line name it. */
      name: 'Estándar {n}',
      label: '{label} (estándar {n})',
      remove: 'Quitar el estándar {n}',
      removed: 'Estándar {n} quitado.',
      fields: { name: 'Nombre', value: 'Promesa' },
      /** What a row lacks, as a problem names it; {parts} is a list of `parts`. */
      needs: plural({
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
      needs: plural({
        one: 'A la fila {row} le falta {parts}: complétala o quita la fila.',
        other: 'A la fila {row} le faltan {parts}: complétalos o quita la fila.',
      }),
      parts: { role: 'un rol', decision: 'una decisión', limit: 'un límite' } as Record<string, string>,
    },
  },

  /**
   * The company's own words: what it calls each role, its words in each chosen chapter (a note,
   * plays left out, plays and an example of its own), and chapters it writes itself. {n} is a
   * chapter's number in the list, {p} a play's number within its chapter.
   */
  ownWords: {
    rolesLegend: 'Cómo se llama cada rol en tu empresa (opcional)',
    rolesHelp:
      'Las acciones indican quién las hace mediante estos roles. Escribe el cargo que se usa en tu empresa para un rol y el manual lo usará en todas partes; déjalo vacío para mantener el nombre que se muestra.',
    /** The list of roles, folded away until opened; {n} is how many there are. */
    rolesShow: 'Los cargos de tu empresa para los {n} roles',
    /** {role} is the role's name in the playbook. */
    roleTitle: 'Cargo en tu empresa para {role}',
    /** Who usually fills the role, by the size of the company. */
    roleUsually: 'Empresa pequeña: {small}. Mediana: {mid}. Grande: {large}.',

    chaptersLegend: 'Tus palabras en cada capítulo (opcional)',
    chaptersHelp:
      'Abre un capítulo para añadir una nota al principio, quitar acciones que tu empresa no va a aplicar, añadir acciones propias o poner un ejemplo propio.',
    chaptersNone:
      'Primero añade capítulos arriba; después cada uno tendrá aquí un espacio para tus palabras.',
    /** A chapter's fold: its number and title, and whether it has words of yours yet. */
    chapterSummary: '{n}. {title}',
    chapterSummaryWithWords: '{n}. {title} (con tus palabras)',
    /** A field in a chapter's fold, named with the chapter's number: "Note at the top (chapter 2)". */
    inChapter: '{label} (capítulo {n})',
    /** A field of a play of your own: "When (chapter 2, your play 1)". */
    inPlay: '{label} (capítulo {n}, acción propia {p})',
    note: 'Nota al principio',
    noteHint:
      'Se imprime al principio del capítulo, en un recuadro encabezado con el nombre de tu empresa. Admite Markdown: **negrita**, *cursiva*, listas y enlaces.',
    skip: 'Acciones que se quitan',
    skipHint:
      'Marca una acción que tu empresa no va a aplicar: desaparece del capítulo, de su ficha y de «Quién hace qué».',
    /** A play to leave out: its title and who owns it. */
    skipPlay: '{title} ({owner})',
    plays: 'Acciones propias',
    /** One play of your own, as its group, its problems and the status line name it. */
    play: 'Acción propia {p} del capítulo {n}',
    playTitle: 'Qué hacer',
    playOwner: 'Quién lo hace',
    playWith: 'Con quién',
    playWhen: 'Cuándo',
    playSteps: 'Pasos, uno por línea',
    chooseRole: 'Elige un rol',
    nobody: 'Nadie más',
    /** A role in a list of roles, by the company's title with the playbook's name after it. */
    roleAs: '{title} ({role})',
    /** A role id the playbook does not have, as a list shows it. */
    notARole: '{id} (no es un rol de la guía)',
    addPlay: 'Añadir una acción propia',
    removePlay: 'Quitar la acción propia {p}',
    playRemoved: 'Acción propia {p} quitada del capítulo {n}.',
    undoPlay: 'Deshacer: volver a poner la acción propia {p} en el capítulo {n}',
    playBack: 'La acción propia {p} vuelve a estar en el capítulo {n}.',
    example: 'Ejemplo propio',
    exampleHint:
      'Sustituye al ejemplo del capítulo, con el encabezado «Un ejemplo de» y el nombre de tu empresa. Aquí también se puede usar Markdown.',

    ownLegend: 'Capítulos propios (opcional)',
    ownHelp:
      'Escribe un capítulo propio, por ejemplo, tu promesa sobre devoluciones o a quién llamar cuando algo sale mal, y colócalo entre los demás.',
    /** One chapter of your own, as its group, its problems and the status line name it. */
    own: 'Capítulo propio {n}',
    /** A field of a chapter of your own: "Title (your chapter 1)". */
    inOwn: '{label} (capítulo propio {n})',
    ownTitle: 'Título',
    ownId: 'Nombre corto',
    ownIdHint:
      'Se usa en los enlaces dentro del manual: palabras en minúsculas unidas por guiones. Sigue al título hasta que lo cambies.',
    ownAfter: 'Va después de',
    atTheEnd: 'Al final, después del último capítulo',
    afterChapter: 'Capítulo {n}: {title}',
    /** A chapter an own chapter was placed after that is no longer in the list. */
    afterGone: '{title} (ya no está en la lista)',
    ownBody: 'Texto',
    ownBodyHint:
      'En Markdown: ## delante de un título, **negrita**, un guion delante de cada elemento de una lista, y enlaces. La vista previa lo muestra mientras escribes.',
    /** {file} is the file's name in quotation marks. */
    ownFile:
      'El archivo que abriste guarda el texto de este capítulo en {file}, que esta página no puede abrir. Pega el texto aquí.',
    addOwn: 'Añadir un capítulo propio',
    /** {name} is the chapter's title in quotation marks, or "Your chapter {n}" while it has none. */
    moveUp: 'Subir {name}',
    moveDown: 'Bajar {name}',
    remove: 'Quitar {name}',
    moved: '{name}: ahora en la posición {n} de {total}.',
    alreadyFirst: '{name} ya está en primer lugar.',
    alreadyLast: '{name} ya está en último lugar.',
    removed: 'Se quitó {name}.',
    undoRemove: 'Deshacer: volver a poner {name}',
    back: '{name} ha vuelto.',
    added: 'Se añadió el capítulo propio {n}: ponle un título y su texto.',
    /** Said when the part of the page that reads Markdown could not be fetched. */
    parserFailed:
      'No se cargó la parte de esta página que lee tus propios textos (notas, ejemplos, capítulos). Comprueba la conexión y vuelve a cargar la página; tu borrador se conserva.',
  },

  /** The chapter list and the library to add from; {title} is a chapter's title in quotation marks. */
  chapters: {
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
  },

  /** Starting again: from an example, a blank form, a saved file, last time's draft or the self-assessment. */
  start: {
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
    openedWithProblems: plural({
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
    handOverTaken: plural({
      one: 'Se tomó {n} prioridad de tu autoevaluación, por orden de importancia. Revisa los capítulos de abajo: entre tres y seis hacen un buen manual.',
      other:
        'Se tomaron {n} prioridades de tu autoevaluación, por orden de importancia. Revisa los capítulos de abajo: entre tres y seis hacen un buen manual.',
    }),
    handOverTakenWithCompany: plural({
      one: 'Se tomaron {n} prioridad y el nombre de la empresa de tu autoevaluación, por orden de importancia. Revisa los capítulos de abajo: entre tres y seis hacen un buen manual.',
      other:
        'Se tomaron {n} prioridades y el nombre de la empresa de tu autoevaluación, por orden de importancia. Revisa los capítulos de abajo: entre tres y seis hacen un buen manual.',
    }),
    handOverMerged: plural({
      one: 'Se añadió {n} capítulo de tu autoevaluación después de los tuyos; se conservan tu orden y el nombre de la empresa.',
      other:
        'Se añadieron {n} capítulos de tu autoevaluación después de los tuyos; se conservan tu orden y el nombre de la empresa.',
    }),
    /** The question when a hand-over would overwrite a draft: what it brings, what the draft has, and the question. */
    handOverQuestion: '{brings} {draft} ¿Qué hacemos con tu borrador?',
    /** {chapters} is the list of the chapters' titles in quotation marks. */
    handOverBrings: plural({
      one: 'La autoevaluación trae {n} capítulo por orden de importancia ({chapters}).',
      other: 'La autoevaluación trae {n} capítulos por orden de importancia ({chapters}).',
    }),
    handOverBringsWithCompany: plural({
      one: 'La autoevaluación trae {n} capítulo por orden de importancia ({chapters}) y el nombre de la empresa «{company}».',
      other:
        'La autoevaluación trae {n} capítulos por orden de importancia ({chapters}) y el nombre de la empresa «{company}».',
    }),
    draftHasChapters: plural({
      one: 'Tu borrador tiene {n} capítulo en tu propio orden.',
      other: 'Tu borrador tiene {n} capítulos en tu propio orden.',
    }),
    draftHasCompany: 'Tu borrador tiene el nombre de la empresa «{company}».',
    draftHasBoth: plural({
      one: 'Tu borrador tiene {n} capítulo en tu propio orden y el nombre de la empresa «{company}».',
      other: 'Tu borrador tiene {n} capítulos en tu propio orden y el nombre de la empresa «{company}».',
    }),
    handOverKept: 'Tu borrador no ha cambiado; no se tomó nada de la autoevaluación.',
  },

  /** What the status line and the notes beside the fields say as the form is edited. */
  edits: {
    notSaved:
      'Este navegador no ha guardado el borrador (navegación privada o almacenamiento lleno): descarga tu archivo de configuración (la última descarga de la lista) para no perder tu trabajo.',
    visionEmpty: 'Lo mejor es una sola frase.',
    visionSentences: plural({
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
  },

  /** The preview's frame and its status line. */
  preview: {
    frameTitle: 'Vista previa del manual',
    /** The chapters of the chosen language could not be fetched; {language} is its name. */
    languageUnavailable:
      'No se pudieron cargar los capítulos en {language}, así que la vista previa y las descargas siguen en el idioma anterior. Comprueba la conexión y vuelve a elegir el idioma.',
    chapters: plural({ one: 'Vista previa: {n} capítulo.', other: 'Vista previa: {n} capítulos.' }),
    /** The per-chapter downloads while there is no handbook yet. */
    chapterFilesWaiting: 'Aparecen cuando el formulario no tenga problemas.',
    /** {fields} is a list of the form's labels. */
    lastGood: plural({
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
  },

  /**
   * The checker's problems and notes as the form says them (src/site/builder/form-wording.ts):
   * {field} is a field's label, {title} a chapter's title in quotation marks, {file} an uploaded file's name.
   */
  problems: {
    /** What to write in a field the form needs and finds empty. */
    whenEmpty: {
      company: 'Escribe el nombre de tu empresa tal como la conocen los clientes.',
      vision: 'Escribe la frase sobre el servicio que todo el mundo pueda repetir.',
      'standards.firstResponse':
        'Indica en cuánto tiempo recibe un cliente la primera respuesta, por ejemplo, «1 hora».',
      'standards.callback':
        'Indica en cuánto tiempo se devuelve una llamada prometida, por ejemplo, «el mismo día hábil».',
      'standards.refundLimit': 'Escribe un importe como «50 €» o deja el campo vacío.',
    } as Record<string, string>,
    /** A chapter named by its place, with its title in quotation marks when it has one. */
    chapter: 'Capítulo {n}',
    chapterTitled: 'Capítulo {n} ({title})',
    /** What a message says in place of a field, a chapter, a date or a file it cannot name. */
    someField: 'Un campo',
    someChapter: 'Un capítulo',
    someDate: 'Una fecha',
    someFile: 'El archivo',
    noChapters: 'Aún no hay capítulos. Añade al menos uno de la lista de abajo.',
    /** {id} is what the chapter was written as, in quotation marks. */
    unknownChapter:
      '{field} ({id}) no está en la guía. Quítalo y añade el capítulo que buscabas de la lista de abajo.',
    unknownChapterMeant:
      '{field} ({id}) no está en la guía. ¿Querías decir {meant}? Quítalo y añade el capítulo que buscabas de la lista de abajo.',
    twice: '{title} está dos veces en la lista, como capítulo {n} y de nuevo aquí. Quita uno de los dos.',
    notAChapter:
      '{field} no es un capítulo de la guía. Quítalo y añade el capítulo que buscabas de la lista de abajo.',
    empty: '{field}: este campo está vacío. {hint}',
    fillIn: 'Complétalo.',
    tooLong: '{field} tiene {length} caracteres; no debe pasar de {max}.',
    invisible:
      '{field} contiene un carácter invisible después de {text}, que suele aparecer al copiar desde otro programa. Borra ese punto y vuelve a escribirlo.',
    accent: 'No se pudo leer el color de acento. Elige uno con el selector de color.',
    notADate: '{field} no es una fecha válida. Elige una en el calendario o deja el campo vacío.',
    /** {field} is the date field's label in quotation marks. */
    locale: 'No se pudo leer el formato de las fechas. Elige uno en {field}.',
    /** {written} is the file's value in quotation marks. */
    language: 'El idioma {written} no está disponible para el manual. Elige uno en {field}.',
    /** {name} is the setting, {meant} the one it may be a misspelling of, each in quotation marks. */
    unknownSetting:
      '{file} tiene un ajuste {name} que esta página no conoce. Corrígelo o quítalo del archivo y vuelve a abrirlo aquí.',
    unknownSettingMeant:
      '{file} tiene un ajuste {name} que esta página no conoce; quizá sea una errata de {meant}. Corrígelo o quítalo del archivo y vuelve a abrirlo aquí.',
    unreadable:
      'No se pudo leer {file}. Elige un archivo de configuración descargado de esta página o revisa esa línea con un editor de texto.',
    unreadableAt:
      'No se pudo leer {file} en la línea {line}. Elige un archivo de configuración descargado de esta página o revisa esa línea con un editor de texto.',
    emptyFile: '{file} está vacío. Elige un archivo de configuración descargado de esta página.',
    notSettings:
      '{file} no contiene una configuración de manual. Elige un archivo de configuración descargado de esta página.',
    /** A checker's message the form has no words of its own for, after the field's label or the file and the field's place in it. */
    other: '{field}: {message}',
    otherInFile: '{file}, {path}: {message}',
    /** Between the parts of a field's place in a file: "standards › others". */
    pathSeparator: ' › ',
    /** An uploaded file's line, after the message. */
    atLine: '{message} (Línea {line} de {file}.)',
    /** {name} is the logo file's name in quotation marks; {kind} and {actual} are image formats, such as PNG. */
    logoNotImage:
      'El logotipo {name} no es una imagen que el manual pueda mostrar. Elige un archivo PNG, JPEG, SVG, WebP o GIF.',
    logoEmpty: 'El archivo del logotipo está vacío. Vuelve a exportar el logotipo y elige el archivo nuevo.',
    logoTooBig:
      'El logotipo ocupa {size}; un logotipo puede ocupar como máximo {max}. Exporta un PNG más pequeño (600 px de ancho es suficiente) o un SVG.',
    logoNoImage:
      'El nombre del archivo del logotipo indica una imagen {kind}, pero no contiene ninguna imagen que el manual reconozca. Vuelve a exportar el logotipo como PNG, JPEG, SVG, WebP o GIF.',
    logoOtherImage:
      'El nombre del archivo del logotipo indica una imagen {kind}, pero contiene datos {actual}. Cámbiale el nombre para que coincida con lo que es y vuelve a elegirlo.',
    logoNotPlain:
      'El logotipo contiene {what}; un logotipo debe ser un dibujo simple. Vuelve a exportarlo como SVG simple o usa un PNG.',
    logoOutside:
      'El archivo indica su logotipo con una ruta fuera de su propia carpeta. Elige el archivo del logotipo en {field}.',
    /** What to write in a field of a play or a chapter of your own that is empty, by the field. */
    whenEmptyOwn: {
      'play.title': 'Indica qué hacer, por ejemplo, «Abrir una segunda caja cuando esperen cinco personas».',
      'play.owner': 'Elige quién lo hace.',
      'play.when': 'Indica cuándo se hace, por ejemplo, «A partir del próximo sábado».',
      'play.steps': 'Escribe al menos un paso, uno por línea.',
      'own.title': 'Ponle un título al capítulo.',
      'own.id':
        'Escribe unas palabras en minúsculas unidas por guiones, como «nuestra-promesa-de-devoluciones».',
      'own.body': 'Escribe el texto del capítulo.',
    } as Record<string, string>,
    /** Markdown the handbook will not print; {field} is the text box's label. */
    markdownLink:
      '{field} tiene un enlace a una dirección que no empieza por https:, http: ni mailto:. Cambia la dirección o quita el enlace.',
    markdownImage:
      '{field} tiene una imagen, y las imágenes no pueden ir en el texto del manual. Quítala (el logotipo va en {logo}).',
    markdownHtml:
      '{field} tiene etiquetas HTML (como <b>), que no se imprimen. Escríbelo en Markdown: **negrita**, listas, tablas.',
    /** {written} is what was written, {known} a list of what works, each in quotation marks. */
    unknownVariable: '{field} usa {written}, que el manual no sabe completar. Usa {known}.',
    unknownDirective: '{field} usa {written}, que el manual no conoce. Usa {known} o quita los dos puntos.',
    /** The line within a text box, after the message. */
    textLine: '{message} (Línea {line} del texto.)',
    /** {id} is a role's id in quotation marks; {meant} the role it may be a misspelling of. */
    unknownRole: '{field} no es uno de los roles de la guía. Elige uno de la lista.',
    unknownRoleTitle:
      '{file} da un cargo a {id}, que no es uno de los roles de la guía. Aquí se omite: escribe el cargo junto al rol que buscabas.',
    unknownRoleTitleMeant:
      '{file} da un cargo a {id}, que no es uno de los roles de la guía (¿quizá {meant}?). Aquí se omite: escribe el cargo junto al rol que buscabas.',
    wordsNotInChapters:
      '{file} tiene textos para {title}, que no es uno de sus capítulos. Se conservan aquí: añade el capítulo a la lista para imprimirlos.',
    /** {id} is the play's id in the file, in quotation marks. */
    noSuchPlay:
      '{file} quita una acción {id} que {title} no tiene. Aquí se ignora: marca las acciones que se quitan debajo del capítulo.',
    noSuchPlayUnnamed:
      '{file} quita una acción que {title} no tiene. Aquí se ignora: marca las acciones que se quitan debajo del capítulo.',
    /** {id} is the short name typed, {suggestion} one that is free; both in quotation marks. */
    ownIdTaken: '{field}: {id} ya es el nombre corto de un capítulo de la guía. Usa otro, como {suggestion}.',
    ownIdTwice: '{field}: otro de tus capítulos también tiene el nombre corto {id}. Dale a cada uno el suyo.',
    ownIdFormat:
      '{field} solo admite letras minúsculas, cifras y guiones entre palabras, como «nuestra-promesa-de-devoluciones».',
    ownAfterGone: '{field}: {title} no es uno de los capítulos de la lista. Elige dónde va este capítulo.',
    ownAfterUnknown: '{field} indica un capítulo que no está en la lista. Elige dónde va este capítulo.',
    /** {text} is the text box's label in quotation marks. */
    ownBodyOrFile:
      '{file} debe dar a {field} o bien su texto o bien un archivo con su texto, no las dos cosas ni ninguna. Aquí, escribe o pega el texto en {text}.',
    /** Notes: {chapters} is a list of chapters' titles; {amount} what the handbook says in place of a limit, in quotation marks. */
    noRefundLimit:
      'Sin límite de reembolso, el texto de {chapters} dirá {amount}. Escribe uno aquí si tu equipo lo tiene, por ejemplo, «50 €».',
    noEmpowerment:
      'Sin filas aquí, en {chapters} aparecerá una tabla de ejemplo. Añade una fila por cada rol con lo que puede decidir sin pedir permiso.',
    /** {readers} is a list of audiences. */
    otherReaders:
      '{title} está pensado para {readers}, no para los lectores que elegiste; se mantiene porque lo elegiste.',
  },

  /**
   * The comments in the config.yaml the builder writes (through src/core/config/writer.ts, which
   * writes no words of its own): the lines at the top, and one above each field. {site} is the
   * site's name.
   */
  configFile: {
    header:
      'Configuración del manual, creada con el generador de manuales del sitio {site}.\nVuelve a abrirla en el generador o genera el manual en un equipo con Node.js:\n  npx playbook generate --config config.yaml',
    comments: {
      company: 'El nombre de tu empresa tal como la conocen los clientes.',
      vision: 'La visión de servicio: una frase que cualquier empleado pueda repetir.',
      priorities: 'Los capítulos de tu manual, lo más urgente primero.',
      include:
        '"priorities" imprime solo esos capítulos; "all" añade un anexo breve con todos los demás modos de fallo.',
      audiences: 'Mostrar en el anexo solo los apartados pensados para estos lectores.',
      standards:
        'Las promesas que hace tu empresa a los clientes. Cada una se lee en una frase después de "como máximo en".',
      empowerment:
        'Quién puede decidir qué sin pedir permiso. Aparece en el capítulo sobre autonomía y en un anexo.',
      branding:
        'Los títulos y la portada usan este color; un color demasiado claro para leerse sobre blanco se oscurece.\nEl archivo del logotipo debe estar junto a este archivo de configuración.',
      language:
        'El idioma del manual: en, es, de o ar. Los capítulos aún sin traducir se imprimen en inglés.',
      locale:
        'Las fechas se escriben según la costumbre local; en-US y en-CA se imprimen en papel Carta, las demás en A4.',
      date: 'La fecha de la portada. Cámbiala cuando publiques una nueva edición.',
      output: 'Lo que escribe `playbook generate`, y dónde (relativo a la carpeta desde la que se ejecuta).',
      training: 'Fechas del plan de formación y de training-plan.ics: una sesión por capítulo.',
      chapters:
        'Tus propias palabras en los capítulos, por capítulo: una nota al principio, acciones que se quitan (por id),\nacciones propias (owner y with son ids de rol) y un ejemplo propio.',
      own: 'Capítulos escritos por tu empresa, cada uno colocado después del capítulo indicado en "after" (o al final).',
      roles:
        'Los cargos de tu empresa para los roles de la guía, por id de rol; un rol que no aparece conserva su nombre.',
    } as Record<string, string>,
  },
};
