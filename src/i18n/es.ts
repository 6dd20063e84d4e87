/**
 * The Spanish dictionary: every word the playbook itself prints around the content, translated
 * from src/i18n/en.ts with the same keys, placeholders and plural forms. Register, typography and
 * the glossary of the playbook's terms: docs/languages/es.md. Spanish for Spain and Latin America
 * alike: "tú" to one reader, "ustedes" to a group (never "vosotros").
 */
import type { Plural } from './format.ts';
import type { SectionId } from './keys.ts';
import type { Dictionary } from './index.ts';
import { site } from './es/site.ts';
import { builder } from './es/builder.ts';
import { assess } from './es/assess.ts';
import { staffing } from './es/staffing.ts';

const plural = (forms: Plural): Plural => forms;

export const es: Dictionary = {
  /** BCP 47 language of these words and of the content: `<html lang>` comes from here, never from a config's locale. */
  language: 'es',
  /** The conventions its lists, plurals and numbers follow (Spain: decimal comma, "a, b y c", 50 %). */
  locale: 'es-ES',
  /** Text direction of the language: `dir` on every page and document. */
  direction: 'ltr' as 'ltr' | 'rtl',
  siteName: 'Service Playbook',
  /** A label that introduces what follows it: "Owner:". */
  labelled: '{label}:',
  /** A quotation, in the language's quotation marks (angle quotes, as the RAE recommends first). */
  quoted: '«{text}»',

  /** The heading of each section; the story (the page body) has none of its own, its prose brings its own headings. */
  sections: {
    'warning-signs': 'Señales de alerta',
    'sounds-like': 'Así suena',
    story: undefined,
    'root-causes': 'Causas raíz',
    'diagnostic-questions': 'Preguntas de diagnóstico',
    plays: 'Acciones',
    metrics: 'Indicadores',
    exercise: 'Ejercicio de formación',
    related: 'Modos de fallo relacionados',
    sources: 'Fuentes',
  } as Record<SectionId, string | undefined>,

  /** The categories a failure mode belongs to, by id (src/schemas/taxonomy.ts holds their order). */
  categories: {
    'vision-leadership': {
      label: 'Visión y liderazgo',
      /** The name inside a sentence ("Only … has answers so far"). */
      inSentence: 'visión y liderazgo',
      blurb: 'Lo que la dirección dice que es el servicio y lo que demuestra con sus actos.',
    },
    'hiring-training': {
      label: 'Selección y formación',
      inSentence: 'selección y formación',
      blurb: 'Quién entra en el equipo y cómo aprende a atender, el primer día y cada mes después.',
    },
    'empowerment-communication': {
      label: 'Autonomía y comunicación',
      inSentence: 'autonomía y comunicación',
      blurb: 'Si las personas pueden actuar, saben lo que pasa y se las escucha cuando hablan.',
    },
    'working-conditions': {
      label: 'Condiciones de trabajo y recursos',
      inSentence: 'condiciones de trabajo y recursos',
      blurb: 'Personal, herramientas y el trato que la empresa da a quienes atienden.',
    },
    'recognition-culture': {
      label: 'Reconocimiento y cultura',
      inSentence: 'reconocimiento y cultura',
      blurb: 'Agradecer, celebrar y el ambiente de cada día en el equipo.',
    },
    'customer-processes': {
      label: 'Procesos de cliente',
      inSentence: 'procesos de cliente',
      blurb: 'Tiempos de respuesta, recuperación del servicio y procesos pensados desde el lado del cliente.',
    },
    'measurement-improvement': {
      label: 'Medición y mejora',
      inSentence: 'medición y mejora',
      blurb: 'Ver el servicio como lo ven los clientes, encontrar las causas raíz y mejorar a propósito.',
    },
  },

  /** Who a page speaks to, by id. */
  audiences: {
    executives: 'Dirección',
    managers: 'Mandos intermedios',
    frontline: 'Personal de primera línea',
    hr: 'RR. HH.',
    trainers: 'Formadores',
  },

  /** The same readers inside a sentence ("For executives, managers and HR."). */
  audiencesInSentence: {
    executives: 'la dirección',
    managers: 'los mandos intermedios',
    frontline: 'el personal de primera línea',
    hr: 'Recursos Humanos',
    trainers: 'los formadores',
  },

  /** The answer scale of the diagnostic statements, from 1 to 5. */
  scale: [
    'No se cumple en absoluto',
    'Se cumple pocas veces',
    'Se cumple a veces',
    'Se cumple casi siempre',
    'Se cumple por completo',
  ],
  /** The scale's two ends inside a sentence ("from 1 (not true of us) to 5 (completely true of us)"). */
  scaleEnds: { low: 'no se cumple en absoluto', high: 'se cumple por completo' },

  /** A training exercise's format, as a reader says it, by id. */
  exerciseFormats: {
    'role-play': 'juego de roles',
    discussion: 'debate',
    workshop: 'taller',
    'case-study': 'estudio de caso',
    simulation: 'simulación',
    walkthrough: 'recorrido guiado',
  },

  /** A length of time, "1 h 30 min" or "45 min": the hours and the minutes, joined by a space. */
  duration: { hours: '{h} h', minutes: '{m} min' },

  /** What a company value reads as where no company has given one (the site's neutral edition), by variable. */
  neutral: {
    company: 'tu empresa',
    vision: 'tu visión de servicio en una sola frase',
    firstResponse: 'el plazo de primera respuesta que se haya fijado',
    callback: 'el plazo de devolución de llamada que se haya fijado',
    refundLimit: 'un importe acordado',
  },

  /** The empowerment table shown until a company agrees its own: a sample to start from. */
  sampleEmpowerment: [
    {
      role: 'Agente de primera línea',
      decision: 'Reembolso o saldo a favor sin pedir permiso',
      limit: 'Un importe fijo por cliente',
    },
    {
      role: 'Agente de primera línea',
      decision: 'Anular un cargo o enviar un reemplazo',
      limit: 'Una vez por pedido',
    },
    {
      role: 'Líder de equipo',
      decision: 'Gesto de buena voluntad tras una queja',
      limit: 'Un importe fijo mayor',
    },
    {
      role: 'Responsable de servicio',
      decision: 'Excepciones a la política',
      limit: 'Cualquiera, registrada con su motivo',
    },
  ],

  /** The words of a failure mode's document: the site page, a handbook chapter, a handout. */
  mode: {
    diagnosticIntro:
      'Puntúa cada afirmación de {low} ({lowLabel}) a {high} ({highLabel}). Las puntuaciones bajas indican por dónde empezar.',
    metricColumns: ['Indicador', 'Qué mide', 'Objetivo'],
    /** A metric's definition with what holds only on this page after it. */
    metricNote: '{definition} {note}',
    owner: 'Responsable',
    /** A play's owner and the role they work with. */
    ownerWith: '{owner}, con {with}',
    when: 'Cuándo',
    format: 'Formato',
    time: 'Duración',
    group: 'Grupo',
    setup: 'Preparación',
    /** The setup's label, run into its paragraph: "Setup. Split the room…". */
    setupLead: '{label}.',
    roles: 'Roles',
    prompts: 'Preguntas guía',
    debrief: 'Puesta en común',
    /** The audiences, as a list in lower case. */
    audiences: 'Para {list}.',
    printHandout: 'Imprimir ficha',
    printKit: 'Imprimir kit de formación',
    printThisKit: 'Imprimir este kit',
    qrLabel: 'Código QR de esta página en la web: {address}',
    beforeYouStart: 'Antes de empezar',
    handoutKicker: 'Ficha de formación · {category}',
    chapterKicker: 'Capítulo {n} · {category}',
    chapterTitle: '{n}. {title}',
    relatedChapter: 'Capítulo {n}: {title}',
    relatedAppendix: '{title} (anexo)',
    relatedElsewhere: '{title} (en la guía completa, no en este manual)',
    /** Under a play: the worksheets it asks a team to fill in, as links. */
    playWorksheets: plural({ one: 'Hoja de trabajo', other: 'Hojas de trabajo' }),
  },

  /** A metric's full entry, as the site's glossary and a handbook's appendix print it (src/document/metrics.ts). */
  metric: {
    /** The label of each fact of an entry, in the order printed. */
    facts: {
      target: 'Objetivo',
      targetReason: 'Por qué este objetivo',
      counts: 'Qué se cuenta',
      window: 'Periodo',
      unit: 'Unidad',
      scale: 'Escala',
      minimumSample: 'Muestra mínima para que la cifra diga algo',
      cadence: 'Cada cuánto se mira',
      pulse: 'Afirmación de la encuesta',
      source: 'Fuente',
      /** The pages (on the site) or chapters (in a handbook) that use the metric. */
      usedOn: 'Se usa en',
      usedIn: 'Se usa en',
    },
    /** What a metric's figure is, by unit id (src/schemas/metrics.ts). */
    units: {
      percent: 'Porcentaje',
      count: 'Recuento',
      ratio: 'Proporción',
      score: 'Puntuación',
      minutes: 'Minutos',
      seconds: 'Segundos',
      days: 'Días',
    },
    /** How often a figure is read or the survey runs, by cadence id, as it reads on its own. */
    cadences: {
      weekly: 'Cada semana',
      monthly: 'Cada mes',
      quarterly: 'Cada trimestre',
      'half-yearly': 'Cada seis meses',
      yearly: 'Cada año',
    },
    /** A handbook chapter that uses the metric: "Chapter 3". */
    chapterRef: 'Capítulo {n}',
    /** Under the heading of a handbook's appendix of metrics. */
    appendixIntro:
      'Todas las cifras que los capítulos piden seguir, cada una definida una sola vez: qué se cuenta y en qué periodo, la muestra mínima para que la cifra diga algo, y el objetivo con su motivo. La tabla de indicadores de cada capítulo enlaza con sus entradas aquí.',
  },

  /** The staff pulse survey: its form (a handbook's appendix) and how it runs (the form and the site). */
  pulse: {
    title: 'Encuesta de clima del personal',
    /** Above the form's statements. */
    formIntro:
      'No escribas tu nombre en este formulario. Marca una casilla en cada afirmación, según cómo están las cosas para ti en este momento.',
    /** The line to fill in above the statements: the team, so its result can be counted. */
    formFields: 'Equipo: {line}   Fecha: {line}',
    statementColumn: 'Afirmación',
    /** How the results are read; {agree} is the answers that count, {threshold} the smallest team shown, {cadence} how often it runs. */
    howItRuns:
      'Las respuestas {agree} cuentan como acuerdo. Muestra el resultado de un equipo solo cuando hayan respondido al menos {threshold} de sus personas, para que no destaquen las respuestas de nadie. Recoge los formularios de forma que nadie pueda saber de quién es cada uno, por ejemplo, en una urna cerrada. {cadence} se vuelven a plantear las mismas afirmaciones.',
  },

  /** The handbook's front and back matter. */
  handbook: {
    kicker: 'Manual de servicio',
    title: 'Manual de servicio de {company}',
    visionLabel: 'Nuestra visión de servicio',
    contents: 'Índice',
    /** The running footer of a printed page. */
    pageOf: 'Página {n} de {total}',
    howToUse: 'Cómo usar este manual',
    /** The "How to use this handbook" paragraphs; {company} is the company, {chapters} how many chapters it picked. */
    howToUseParagraphs: [
      '{company} ha elegido {chapters} para este manual: los problemas de servicio que más queremos resolver, en el orden en que pensamos abordarlos. Cada capítulo describe una forma en que el buen servicio se deteriora, cómo detectarla aquí y qué vamos a hacer al respecto.',
      'Antes de la sesión de formación de un capítulo, léelo por tu cuenta. Empieza por las señales de alerta: si varias te recuerdan a la semana pasada, el capítulo habla de nosotros. Después puntúa cada afirmación de diagnóstico de 1 (no se cumple en absoluto) a 5 (se cumple por completo). Comparemos las puntuaciones en equipo y pongamos el esfuerzo donde sean más bajas.',
      'Las acciones son lo que vamos a hacer. Cada acción tiene un responsable y un plazo, así que al terminar cada sesión debe quedar claro quién se encarga de cada acción. Los indicadores muestran si el cambio funciona: anotemos cómo están hoy y volvamos a mirarlos al cabo de un mes.',
      'El plan de formación convierte el ejercicio de cada capítulo en una sesión. Nuestros estándares (una primera respuesta como máximo en {firstResponse}, devolución de llamadas como máximo en {callback}) y la tabla de autonomía son promesas: la tabla indica lo que cada rol puede decidir sin pedir permiso a nadie.',
    ],
    howToUseChapters: plural({ one: 'un capítulo', other: '{n} capítulos' }),
    howToUseAppendix:
      'El anexo resume en pocas líneas otros {n} modos de fallo. Si alguno encaja mejor que un capítulo, cámbialo en las prioridades y vuelve a generar el manual.',
    standards: 'Nuestros estándares de servicio',
    /** {company} is the company's own name, kept apart from the sentence around it. */
    standardsIntro:
      'Estas son las promesas que {company} hace a cada cliente. Los capítulos se refieren a ellas por su nombre.',
    standardColumns: ['Estándar', 'Nuestra promesa'],
    firstResponse: 'Primera respuesta',
    callback: 'Devolución de llamada',
    refundLimit: 'Reembolso sin pedir permiso en primera línea',
    training: 'Plan de formación',
    trainingColumns: {
      session: 'Sesión',
      date: 'Fecha',
      chapter: 'Capítulo',
      exercise: 'Ejercicio',
      format: 'Formato',
      duration: 'Duración',
    },
    total: 'Total',
    /** The training plan's opening: what it holds, in all, and how often. */
    trainingIntro:
      '{sessions}{refreshers}, {total} en total{cadence}. En cada sesión se hace el ejercicio de su capítulo; imprime la ficha de ese capítulo para cada participante y pide que lean el capítulo antes.',
    trainingSessions: plural({ one: 'Una sesión', other: '{n} sesiones' }),
    trainingRefreshers: plural({ one: ' y un repaso', other: ' y {n} repasos' }),
    trainingCadence: ', con frecuencia {cadence}',
    trainingCadenceNames: { weekly: 'semanal', fortnightly: 'quincenal', monthly: 'mensual' },
    refresherIntro:
      'Un repaso vuelve sobre una sesión {after} sesiones después ({minutes}, justo después de la sesión de ese día o por separado cuando ya no quedan capítulos): se comprueba qué ha cambiado desde entonces con las preguntas de la puesta en común del capítulo.',
    calendarNote:
      'El calendario de formación que acompaña a este manual contiene las mismas sesiones y repasos en las mismas fechas.',
    refresherRow: 'Repaso de la sesión {n}',
    refresherFormat: 'Repaso',
    otherModes: 'Anexo {letter}: Otros modos de fallo',
    otherModesIntro:
      'El resto de la guía, en resumen. Cualquiera de ellos podría convertirse en un capítulo de una próxima edición.',
    firstStep: 'Un primer paso:',
    empowerment: 'Anexo {letter}: Quién puede decidir qué',
    metricsAppendix: 'Anexo {letter}: Indicadores',
    pulseAppendix: 'Anexo {letter}: Encuesta de clima del personal',
    empowermentSample:
      'Todavía no se han acordado límites, así que esta tabla es un ejemplo para empezar. Conviene acordar límites reales con las personas que van a usarlos y añadirlos después al manual en «Quién puede decidir qué sin pedir permiso».',
    /** {company} is the company's own name, kept apart from the sentence around it. */
    empowermentIntro:
      'Lo que cada rol de {company} puede decidir sin pedir permiso a nadie, y hasta qué límite. Las decisiones tomadas dentro de estos límites no se cuestionan después.',
    empowermentColumns: ['Rol', 'Puede decidir', 'Hasta'],
    sources: 'Fuentes',
    sourcesIntro:
      'Los capítulos están redactados con palabras propias de la guía, a partir de estos artículos.',
    drawnOnIn: 'Se usa en: {chapters}',
    chapterRef: 'capítulo {n}',
    logoAlt: 'Logotipo de {company}',
    /** The head of the company's note at the top of a chapter. */
    companyNote: 'En {company}',
    /** The head of the company's own example, which stands where the library's stood. */
    companyExample: 'Un ejemplo de {company}',
    /** Above a play the company added to a chapter. */
    ownPlay: 'Acción propia de {company}',
    /** The kicker of a chapter the company wrote itself. */
    ownChapterKicker: 'Capítulo {n} · Propio de {company}',
    /** The session on a chapter the company wrote itself. */
    ownSession: {
      title: 'Leer y comentar: {title}',
      setup:
        'Todo el mundo lee el capítulo antes. Se comenta en el orden en que está escrito y después se acuerda quién hace qué primero.',
      prompts: ['¿Qué te pide este capítulo a ti, en tu rol?', '¿En qué se aleja de él lo que hacemos hoy?'],
      debrief: [
        '¿Qué hará primero cada persona, y para cuándo?',
        '¿Qué nos lo impediría, y quién puede quitar ese obstáculo?',
      ],
    },
    /** "Who does what": the roles, each with the chapters its plays are in. */
    whoDoesWhat: 'Quién hace qué',
    whoDoesWhatIntro:
      'Cada rol, con el nombre que se usa aquí, y los capítulos en los que es responsable de una acción o participa en ella.',
    whoDoesWhatColumns: ['Rol', 'Capítulos con sus acciones'],
    playsInChapter: plural({ one: '{chapter} (una acción)', other: '{chapter} ({n} acciones)' }),
    /** The audiences, as a list in lower case. */
    forAudiences: 'Para {list}',
  },

  /** The whole playbook in print (/print/ and `playbook print`). */
  playbook: {
    kicker: 'La guía completa',
    title: 'Service Playbook',
    intro:
      '{modes} razones estructurales por las que las empresas fallan en la atención al cliente, en {categories} categorías, cada una con sus señales de alerta, causas raíz, afirmaciones de diagnóstico, acciones, indicadores y un ejercicio de formación. Los datos de empresa muestran valores neutros; el generador de manuales del sitio de la guía los sustituye por los tuyos.',
    contents: 'Índice',
    metrics: 'Indicadores',
    pulse: 'Encuesta de clima del personal',
    sources: 'Fuentes',
    sourcesIntro: 'La guía está redactada con palabras propias, a partir de estos artículos.',
    subject:
      'Las razones estructurales por las que las empresas fallan en la atención al cliente, y qué hacer con cada una',
    /** On screen only, above /print/'s cover: the way back, and how to print. */
    siteNav: 'El sitio de la guía',
    backToSite: '← Volver a la guía',
    printHint:
      'Para imprimirla, usa la orden Imprimir del navegador (Ctrl+P o ⌘P): cada capítulo empieza en una página nueva, con números de página.',
    /** On screen only, once the page's script runs: the paper the contents is numbered for. */
    paperLegend: 'Papel',
    paperNames: { A4: 'A4', Letter: 'Carta (EE. UU.)' },
    printButton: 'Imprimir',
  },

  // ──────────────────────────────────────────────────────────────────────────────────────────────
  /**
   * The site's own pages and layout: navigation, home, lists, search, sources, 404, the handbook
   * guide, the handout and kit pages; and the few words the site shares with the generator (the
   * callouts in a page body, the titles of a handbook's handout and kit files).
   */
  site,
  // ──────────────────────────────────────────────────────────────────────────────────────────────

  // ──────────────────────────────────────────────────────────────────────────────────────────────
  /** The handbook builder (/build/): its form, messages, notes, status lines and the settings file it writes. */
  builder,
  // ──────────────────────────────────────────────────────────────────────────────────────────────

  // ──────────────────────────────────────────────────────────────────────────────────────────────
  /** The self-assessment (/assess/), its results, team view and one-page team report. */
  assess,
  // ──────────────────────────────────────────────────────────────────────────────────────────────

  // ──────────────────────────────────────────────────────────────────────────────────────────────
  /** The staffing calculator (/tools/staffing/) and "What our standards take" in the handbook: its readings and questions. */
  staffing,
  // ──────────────────────────────────────────────────────────────────────────────────────────────

  // ──────────────────────────────────────────────────────────────────────────────────────────────
  /** A training kit: the facilitator sheet and the cards. */
  kit: {
    /** Between the parts of a footer: the company, the playbook, the mode. */
    separator: ' · ',
    kicker: 'Kit de formación · Hoja de facilitación · {category}',
    forMode: 'Para el modo de fallo «{title}»: {summary}',
    facts: { format: 'Formato', length: 'Duración', group: 'Grupo', prep: 'Preparación', cards: 'Tarjetas' },
    minutes: plural({ one: '{n} minuto', other: '{n} minutos' }),
    noCards: 'ninguna',
    cardsOnSheets: '{cards} en {sheets}',
    sheets: plural({ one: '{n} hoja', other: '{n} hojas' }),
    /** Printed in bold, as a label, before the list of missing parts. */
    missingLabel: 'Pendiente de redactar',
    missing: '{parts}. Este kit imprime lo que hay por ahora.',
    /** The parts a complete kit has, by exercise field, as a trainer names them (and a page's author reads them). */
    parts: {
      prepMinutes: 'tiempo de preparación',
      materials: 'lista de materiales',
      agenda: 'agenda con tiempos',
      cards: 'tarjetas',
      facilitator: 'notas de facilitación',
      remote: 'variante en remoto',
      followUp: 'seguimiento',
    },
    beforeSession: 'Antes de la sesión',
    cardsToPrint: 'Tarjetas para imprimir',
    printCutOut:
      'Imprime las tarjetas recortables que siguen a esta hoja y recórtalas por las líneas discontinuas.',
    fullPages: plural({
      one: 'Una hoja se imprime en una página aparte, para fotocopiarla como indica la lista de arriba: {titles}.',
      other:
        '{n} hojas se imprimen cada una en una página aparte, para fotocopiarlas como indica la lista de arriba: {titles}.',
    }),
    agenda: 'Agenda',
    roles: 'Roles',
    prompts: 'Preguntas guía',
    facilitatorNotes: 'Notas de facilitación',
    debrief: 'Preguntas para la puesta en común',
    remote: 'Cómo hacerlo en remoto',
    /** A call that takes a different time from the room: its length and the page's reason. */
    remoteLength: 'En videollamada, la sesión dura {minutes}: {why}',
    beforeCall: 'Antes de la llamada',
    onTheCall: 'Durante la llamada',
    afterSession: 'Después de la sesión',
    next30Days: 'En los próximos 30 días',
    atRefresher: 'En el repaso',
    agendaColumns: { clock: 'Tramo', minutes: 'Minutos', step: 'Qué ocurre' },
    /** A step's place on the session clock: "0:05–0:20". */
    clockRange: '{start}–{end}',
    deckColumns: { deck: 'Mazo', cards: 'Tarjetas', sets: 'Quién recibe un juego' },
    setsSeparator: '; ',
    noSets: 'Aún no se indica en los materiales',
    watchFor: 'A qué prestar atención',
    quietGroup: 'Si el grupo está callado',
    defensiveGroup: 'Si el grupo se pone a la defensiva',
    debriefPoint: 'La idea que la puesta en común debe dejar clara',
    cutOutCards: 'Tarjetas recortables',
    cutNote: plural({
      one: '{n} tarjeta, {sheets} de hasta {perSheet}. Recorta por las líneas discontinuas.',
      other: '{n} tarjetas, {sheets} de hasta {perSheet}. Recorta por las líneas discontinuas.',
    }),
    cutSheets: plural({ one: 'una hoja', other: '{n} hojas' }),
    sheetLabel: 'Hoja de tarjetas {n} de {total}',
    /** A card's deck and place in it: "Customer messages · 3 of 8". */
    roleBriefsDeck: 'Fichas de rol',
    cardPosition: '{deck} · {n} de {of}',
    /** Who is handed a set of cards, by the material's `per`. */
    holders: {
      room: 'para toda la sala',
      trainer: 'solo para quien facilita',
      person: 'por persona',
      pair: 'por pareja',
      group: 'por grupo',
      table: 'por mesa',
    },
    /**
     * Sets of a deck are counted in words up to ten: "two sets per group". "un", not "uno": the word
     * stands before its noun, and both nouns it counts (juego, ejemplar) are masculine.
     */
    numberWords: ['un', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez'],
    /** {count} is the number in words. A deck of one card is a sheet to copy, not a set to sort. */
    sets: plural({ one: '{count} juego', other: '{count} juegos' }),
    copies: plural({ one: '{count} ejemplar', other: '{count} ejemplares' }),
    setsFor: '{sets} {holder}',
    partOfDeck: '{count} de las {size} tarjetas {holder}',
    partOfDeckSets: '{count} de las {size} tarjetas {holder}, {sets}',
  },
  // ──────────────────────────────────────────────────────────────────────────────────────────────

  // ──────────────────────────────────────────────────────────────────────────────────────────────
  /** The training calendar (training-plan.ics): its events' titles and descriptions. */
  calendar: {
    /** The calendar's product identifier (RFC 5545 PRODID); its last part names the language of its text. */
    productId: '-//service-playbook//plan de formación//ES',
    /** The calendar's name, with the company's name or without. */
    name: 'Formación de {company} en atención al cliente',
    nameWithoutCompany: 'Formación en atención al cliente',
    sessionTitle: 'Formación en atención al cliente, sesión {n}: {exercise}',
    refresherTitle: 'Repaso: {title}',
    categories: { session: 'Formación', refresher: 'Repaso' },
    mode: 'Modo de fallo: {title}. {summary}',
    exercise: 'Ejercicio: {title} ({format}, {length}{group}).',
    group: ', {group}',
    setup: 'Preparación: {setup}',
    debrief: 'Puesta en común:\n{questions}',
    /** One line of a list in an event's text. */
    listItem: '- {item}',
    refresherIntro:
      'Un breve regreso a la sesión {n}, «{title}», para que lo que se practicó allí se afiance.',
    refresherCheck: 'Comprueba que se ha afianzado: {check}',
    /** A refresher's check when the exercise has none of its own: a general retrospective. */
    refresherRetrospective:
      'Pide a cada persona un momento desde la sesión en que marcó la diferencia y otro en que no. Después, revisa con el grupo los indicadores del capítulo: ¿se han movido? Elijan entre todos una cosa que volver a intentar antes de la próxima sesión.',
    agreed: 'Acordado para los 30 días siguientes a la sesión:\n{actions}',
    revisit: 'Preguntas para retomar:\n{questions}',
    readMore: 'Más información: {link}',
    /** A play's review (from its review week in "Our first 90 days"), an all-day event. */
    reviewTitle: 'Revisión: {play}',
    reviewCategory: 'Revisión',
    reviewDescription:
      'Semana {week} del plan del manual: se revisa si «{play}» (capítulo {n}, {chapter}) está funcionando y se decide qué mantener, cambiar o dejar de hacer. Responsable: {owner}.',
  },
  // ──────────────────────────────────────────────────────────────────────────────────────────────

  // ──────────────────────────────────────────────────────────────────────────────────────────────
  /** Worksheets (content/worksheets/): the printed form, its site pages and a handbook's appendix of them. */
  worksheets: {
    /** The line above a worksheet's title. */
    kicker: 'Hoja de trabajo',
    /** The heading of the paragraph on how to fill it in. */
    howTo: 'Cómo completarla',
    /** A blank to write on after a label, as text (Markdown, Word); HTML draws a line instead. Dots, as Markdown would escape underscores. */
    blank: '..............................',
    /** A line to write on, as text. */
    line: '..........................................................................................',
    /** A box to tick before a checklist item. */
    tickBox: '☐ {item}',
    /** The footer of a printed worksheet: where it comes from. */
    footer: '{site} · {title}',
    footerWithCompany: '{company} · {site} · {title}',
    /** The site's index of every worksheet (/worksheets/). */
    index: {
      title: 'Hojas de trabajo',
      description:
        'Todos los formularios que las acciones de la guía piden completar a un equipo, cada uno en una página impresa.',
      lede: 'Los formularios que las acciones te piden completar: registros, listas de comprobación, planes y hojas de revisión. Cada uno se imprime en una página A4 o Carta.',
      /** Before the plays that use a worksheet, as links. */
      usedIn: 'Se usa en',
      /** The link to the index from the list of failure modes. */
      link: 'Hojas de trabajo: todos los formularios que piden las acciones, listos para imprimir',
    },
    /** One worksheet's page (/worksheets/<id>/). */
    page: {
      title: 'Hoja de trabajo: {title}',
      back: '← Todas las hojas de trabajo',
      print: 'Imprimir esta hoja de trabajo',
      printNote: 'Se imprime en una página, A4 o Carta. Usa la orden Imprimir del navegador (Ctrl+P o ⌘P).',
      usedBy: 'Las acciones que la usan',
      /** One play that uses it: the play's title and the failure mode it belongs to. */
      usedByPlay: '{play}, en {mode}',
    },
    /** A handbook's appendix of the worksheets its chapters use. */
    appendix: {
      heading: 'Anexo {letter}: Hojas de trabajo',
      intro:
        'Los formularios que las acciones de este manual te piden completar, una página cada uno. Fotocópialos cuando los necesites.',
      /** Under each worksheet: the plays that use it, as links. */
      usedIn: 'Se usa en {plays}.',
      /** One play in that list: the play's title and its chapter. */
      play: '«{play}» (capítulo {n})',
    },
    /** The title of the worksheets file of a handbook. */
    fileTitle: 'Hojas de trabajo · {company}',
  },

  /** "Our first 90 days": the chapters' plays laid out by the week each starts. */
  firstDays: {
    heading: 'Nuestros primeros 90 días',
    /** With a start date; the calendar note is added when the training calendar holds the reviews. */
    introDated:
      'Semana a semana desde el {date} (semana 0): cada acción de estos capítulos en la semana en que empieza, con la persona responsable, y en la semana en que el equipo vuelve a comprobar si funciona.',
    introUndated:
      'Semana a semana desde el día de inicio (semana 0): cada acción de estos capítulos en la semana en que empieza, con la persona responsable, y en la semana en que el equipo vuelve a comprobar si funciona. Pon una fecha de inicio al plan de formación para ver aquí la fecha de cada semana.',
    calendarNote:
      'El calendario de formación que acompaña a este manual también incluye las fechas de revisión.',
    /** A week's heading. */
    week: 'Semana {n}',
    weekDated: 'Semana {n} · desde el {date}',
    /** A play that starts in the week: {play} is its title, {owner} its owner (and whoever helps). */
    starts: 'Empezar {play} (capítulo {n}). Responsable: {owner}.',
    /** The same, with the week it is reviewed in. */
    startsWithReview: 'Empezar {play} (capítulo {n}). Responsable: {owner}. Revisión en la semana {review}.',
    /** A play due for review in the week. */
    review: 'Revisar {play} (capítulo {n}): ¿funciona? Responsable: {owner}.',
    /** The heading over the weeks after week 12. */
    later: 'Después de los primeros 90 días',
    unscheduled: 'Nuestras acciones propias, todavía sin semana',
    unscheduledIntro: 'Acordemos con cada responsable una semana de inicio y otra de revisión para cada una.',
    unscheduledPlay: '{play} (capítulo {n}). Responsable: {owner}.',
    /** A handbook whose chapters have no plays with weeks. */
    empty: 'Ninguna acción de estos capítulos tiene todavía semana de inicio.',
  },
  // ──────────────────────────────────────────────────────────────────────────────────────────────

  // ──────────────────────────────────────────────────────────────────────────────────────────────
  /** The formats a handbook comes in (src/render/outputs.ts): their names and descriptions. */
  outputs: {
    // By format: its heading, what a person gets (the help and the builder), its PDFs' titles and
    // subjects, and the command line's progress lines about it, which the table holds too.
    html: {
      title: 'Manual',
      summary: 'el manual como una sola página web: se abre en cualquier navegador y se imprime bien',
      wrote: 'Creado handbook.html',
    },
    md: {
      title: 'Manual para una wiki',
      summary: 'el manual en Markdown, para una wiki',
      wrote: 'Creado handbook.md',
    },
    pdf: {
      title: 'Manual en PDF',
      summary: 'el manual como PDF con índice numerado y marcadores (impreso con Chromium)',
      subject: 'Manual de servicio',
      /** {installHint} says how to install Chromium (src/render/pdf/install-hint.ts). */
      withoutChromium: '{installHint} O abre handbook.html en un navegador e imprímelo como PDF.',
    },
    handouts: {
      title: 'Fichas',
      summary: 'una ficha de formación de una página por capítulo (HTML, y PDF con Chromium)',
      chapterLabel: 'Ficha {n}: {title}',
      files: 'handouts/NN-<id>.html y .pdf',
      wrote: plural({ one: 'Creada {n} ficha (HTML)', other: 'Creadas {n} fichas (HTML)' }),
      pdfTitle: 'Ficha: {title}',
      subject: 'Ficha de formación',
      withoutChromium: 'No se encontró Chromium; las fichas en HTML se imprimen desde cualquier navegador.',
    },
    kits: {
      title: 'Kits de formación',
      summary: 'una hoja de facilitación y tarjetas recortables por capítulo (HTML, y PDF con Chromium)',
      chapterLabel: 'Kit {n}: {title}',
      files: 'kits/NN-<id>.html y .pdf',
      wrote: plural({
        one: 'Creado {n} kit de formación (HTML)',
        other: 'Creados {n} kits de formación (HTML)',
      }),
      pdfTitle: 'Kit de formación: {title}',
      subject: 'Hoja de facilitación y tarjetas',
      withoutChromium: 'No se encontró Chromium; los kits en HTML se imprimen desde cualquier navegador.',
    },
    ics: {
      title: 'Calendario de formación',
      summary: 'las sesiones de formación y sus repasos, para un calendario',
      cannotMake:
        'el calendario necesita la fecha de la primera sesión, p. ej., "training: { start: 2025-09-08, cadence: weekly }"',
      wrote: plural({
        one: 'Creado training-plan.ics ({n} sesión y después repasos)',
        other: 'Creado training-plan.ics ({n} sesiones y después repasos)',
      }),
    },
    worksheets: {
      title: 'Hojas de trabajo',
      summary:
        'los formularios que las acciones de los capítulos piden completar, una página impresa cada uno (HTML, y PDF con Chromium)',
      wrote: plural({
        one: 'Creado worksheets.html ({n} hoja de trabajo)',
        other: 'Creado worksheets.html ({n} hojas de trabajo)',
      }),
      none: 'No se creó ninguna hoja de trabajo: las acciones de los capítulos no usan ninguna',
      pdfTitle: 'Hojas de trabajo: {company}',
      subject: 'Hojas de trabajo',
      withoutChromium: 'No se encontró Chromium; worksheets.html se imprime desde cualquier navegador.',
    },
    /** Keywords written into every PDF's properties. */
    keywords: {
      all: 'atención al cliente',
      handbook: 'manual',
      training: 'formación',
      kit: 'kit',
      worksheet: 'hoja de trabajo',
    },
  },
  // ──────────────────────────────────────────────────────────────────────────────────────────────

  // ──────────────────────────────────────────────────────────────────────────────────────────────
  /** Printing from the browser (/print/, the builder's Print): the paper choice and its messages. */
  print: {
    /** The hidden frame the builder prints the handbook from, named for assistive technology. */
    handbookFrame: 'El manual tal como se imprime',
  },
  // ──────────────────────────────────────────────────────────────────────────────────────────────

  // ──────────────────────────────────────────────────────────────────────────────────────────────
  /** The handbook in Word (handbook.docx, src/render/docx/) and its entry in the table of outputs. */
  docx: {
    title: 'Manual para Word',
    summary:
      'el manual como documento de Word editable, para revisarlo con Control de cambios; también se abre en LibreOffice y Google Docs',
    wrote: 'Creado handbook.docx',
    /** The progress line when the logo cannot go into a Word document; {type} is e.g. "SVG". */
    wroteWithoutLogo:
      'Creado handbook.docx sin el logotipo: Word necesita un logotipo PNG, JPEG o GIF y este es {type}; expórtalo como PNG para que aparezca en la portada',
    /** Every page's footer but the cover's; {n} and {total} become Word's page fields. */
    pageOf: 'Página {n} de {total}',
    /** The first column of a table of diagnostic statements with tick boxes. */
    statement: 'Afirmación',
    /** The document's subject, in File > Properties. */
    subject: 'Manual de servicio',
  },
  // ──────────────────────────────────────────────────────────────────────────────────────────────
};
