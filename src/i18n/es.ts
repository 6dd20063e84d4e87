/**
 * The Spanish dictionary: every word the playbook itself prints around the content, translated
 * from src/i18n/en.ts with the same keys, placeholders and plural forms. Register, typography and
 * the glossary of the playbook's terms: docs/languages/es.md. Spanish for Spain and Latin America
 * alike: "tú" to one reader, "ustedes" to a group (never "vosotros").
 */
import type { Plural } from './format.ts';
import type { SectionId } from './keys.ts';
import type { Dictionary } from './index.ts';

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
  site: {
    /** The title of every page but the home page: the page's own title, then the site's name. */
    pageTitle: '{title} · {site}',
    skipLink: 'Saltar al contenido',
    /** The main navigation, at the top of every page; `label` names it for assistive technology. */
    nav: {
      label: 'Principal',
      modes: 'Modos de fallo',
      search: 'Buscar',
      assess: 'Autoevaluación',
      tools: 'Calculadora de personal',
      build: 'Generador de manuales',
      handbook: 'Cómo funciona el manual',
      sources: 'Fuentes',
    },
    /** The footer of every page; {sources} and {print} are links, worded below. */
    footer:
      'Redactado con palabras propias a partir de cinco artículos sobre atención al cliente; consulta {sources}. {print}.',
    footerSources: 'las fuentes',
    footerPrint: 'La guía completa, lista para imprimir',
    /** The search box of the home and 404 pages (the search page's button too). */
    searchBox: { label: 'Buscar en la guía', button: 'Buscar' },

    home: {
      title: '{site}: por qué falla la atención al cliente y qué hacer al respecto',
      description:
        'Una guía práctica de las razones estructurales por las que las empresas fallan en la atención al cliente, con acciones, indicadores y ejercicios de formación.',
      heading: 'Por qué falla la atención al cliente y qué hacer al respecto',
      /** The opening paragraph; {n} is how many failure modes the playbook has. */
      lede: plural({
        one: 'La mayor parte del mal servicio nace de cómo funciona una empresa, no de cuánto se esfuerza su gente. Esta guía describe uno de esos fallos estructurales y le asigna señales de alerta, acciones, indicadores y un ejercicio de formación que puedes hacer mañana mismo.',
        other:
          'La mayor parte del mal servicio nace de cómo funciona una empresa, no de cuánto se esfuerza su gente. Esta guía describe {n} de esos fallos estructurales y asigna a cada uno señales de alerta, acciones, indicadores y un ejercicio de formación que puedes hacer mañana mismo.',
      }),
      searchPlaceholder: 'Buscar, p. ej. reembolsos, personal, formación',
      /** Two links under the search box. */
      browse: '{modes} · {print}',
      browseModes: 'Ver todos los modos de fallo con filtros',
      browsePrint: 'Imprimir la guía completa',
      assessHeading: '¿No sabes por dónde empezar?',
      assessText:
        'Los directivos suelen valorar su servicio mejor que los clientes y el personal de primera línea. La autoevaluación puntúa tu organización en cada modo de fallo, compara las opiniones de todo tu equipo y elige los capítulos de tu manual a partir de las carencias reales. Tus respuestas se quedan en tu navegador.',
      assessLink: 'Hacer la autoevaluación',
      handbookHeading: 'El manual propio de tu empresa',
      handbookText:
        'El generador de manuales convierte esta biblioteca en el manual de una empresa, aquí mismo en tu navegador: su nombre, su visión de servicio, sus prioridades como capítulos, sus estándares de respuesta y quién puede aprobar qué. Imprímelo o guárdalo como PDF, y descarga el HTML, el Markdown, una ficha por capítulo y un calendario de formación. Nada de lo que escribes sale de tu navegador.',
      /** Two links: the builder, and the example handbook. */
      handbookLinks: '{build} · o {example}',
      handbookBuild: 'Crear tu manual',
      handbookExample: 'ver antes un manual de ejemplo',
    },

    notFound: {
      title: 'Página no encontrada',
      description: 'Esta página no existe en {site}.',
      heading: 'No encontramos esa página',
      lede: 'Puede que el enlace sea antiguo o que la página se haya movido.',
      searchPlaceholder: 'Buscar en la guía',
      /** {modes} and {home} are links, worded below. */
      elsewhere: 'O empieza desde {modes} o {home}.',
      elsewhereModes: 'la lista de modos de fallo',
      elsewhereHome: 'la página de inicio',
    },

    /** The list of every failure mode (/modes/), with its filters. */
    modes: {
      title: 'Todos los modos de fallo',
      description: 'Todos los modos de fallo de la guía, filtrables por categoría y por público.',
      lede: plural({
        one: 'Una forma en que el servicio se rompe, con señales de alerta, acciones y un ejercicio de formación.',
        other:
          '{n} formas en que el servicio se rompe, cada una con señales de alerta, acciones y un ejercicio de formación.',
      }),
      categoryLegend: 'Categoría',
      audienceLegend: 'Público',
      /** The status line under the filters; {n} is how many modes there are in all, {shown} how many the filters show. */
      showingAll: plural({
        one: 'Se muestra el único modo de fallo.',
        other: 'Se muestran los {n} modos de fallo.',
      }),
      showingSome: plural({
        one: 'Se muestran {shown} de {n} modo de fallo.',
        other: 'Se muestran {shown} de {n} modos de fallo.',
      }),
    },

    /** A category's page: the link back to the list of every mode. */
    category: { allModes: 'Todos los modos de fallo' },

    /** A failure mode's page, around its article. */
    modePage: {
      /** The previous and next mode in the same category. */
      pager: 'Más en {category}',
      previous: '← {title}',
      next: '{title} →',
      /** Under "Warning signs" on the modes a tool works out numbers for: {link} opens the tool. */
      toolPitch: '{link}: {pitch}',
      /** {tool} is the tool's name as it reads mid-sentence. */
      openTool: 'Abrir la {tool}',
    },

    /** A mode's handout page (/modes/<id>/handout/), and a handbook's handout file. */
    handoutPage: {
      title: 'Ficha: {title}',
      description: 'Una ficha de formación de una página: {summary}',
      back: '← Volver a {title}',
      kitLink: 'Kit de formación: hoja y tarjetas',
      printNote: 'Se imprime en una página, A4 o Carta. Usa la orden Imprimir del navegador (Ctrl+P o ⌘P).',
      /** The title of a handout file in a handbook: the mode's title and the company's name. */
      fileTitle: 'Ficha: {title} · {company}',
    },

    /** A mode's training kit page (/modes/<id>/kit/), and a handbook's kit file. */
    kitPage: {
      title: 'Kit de formación: {title}',
      /** {title} is the mode's title as it reads mid-sentence. */
      description:
        'Una hoja de facilitación y tarjetas recortables para una sesión de formación sobre {title}.',
      back: '← Volver a {title}',
      handoutLink: 'Ficha de una página',
      printNote:
        'Se imprime en A4 o Carta con la orden Imprimir del navegador (Ctrl+P o ⌘P): primero la hoja de facilitación, después las tarjetas, ocho por página, con líneas discontinuas para recortar.',
      /** The title of a kit file in a handbook: the exercise's title and the company's name. */
      fileTitle: 'Kit de formación: {title} · {company}',
    },

    search: {
      title: 'Buscar',
      description: 'Busca en el texto completo de todos los modos de fallo de la guía.',
      heading: 'Buscar en la guía',
      wordsLabel: 'Palabras de búsqueda',
      placeholder: 'p. ej. reembolso, falta de personal, juego de roles',
      categoryLabel: 'Categoría',
      allCategories: 'Todas las categorías',
      /** Without JavaScript; {modes} is a link, worded below. */
      noScript: 'La búsqueda necesita JavaScript. Todos los modos de fallo están también en {modes}.',
      noScriptModes: 'la lista de modos de fallo',
      /**
       * The status line once the reader searches: {query} is what they typed, {category} the
       * category they chose (the "…In" sentences), {n} how many pages were found.
       */
      status: {
        searching: 'Buscando…',
        none: 'Ninguna página coincide con «{query}». Prueba con una palabra más corta o distinta.',
        noneIn:
          'Ninguna página coincide con «{query}» en {category}. Prueba con una palabra más corta o distinta.',
        /** No page holds every word of the query, but some hold some of them. */
        partial: plural({
          one: 'Ninguna página contiene todas las palabras de «{query}»; {n} página contiene algunas, primero la más cercana.',
          other:
            'Ninguna página contiene todas las palabras de «{query}»; {n} páginas contienen algunas, primero las más cercanas.',
        }),
        partialIn: plural({
          one: 'Ninguna página contiene todas las palabras de «{query}» en {category}; {n} página contiene algunas, primero la más cercana.',
          other:
            'Ninguna página contiene todas las palabras de «{query}» en {category}; {n} páginas contienen algunas, primero las más cercanas.',
        }),
        found: plural({
          one: '{n} página coincide con «{query}».',
          other: '{n} páginas coinciden con «{query}».',
        }),
        foundIn: plural({
          one: '{n} página coincide con «{query}» en {category}.',
          other: '{n} páginas coinciden con «{query}» en {category}.',
        }),
      },
    },

    sources: {
      title: 'Fuentes',
      description: 'Los cinco artículos en los que se basa la guía y qué modos de fallo usa cada uno.',
      lede: 'La guía toma sus datos e ideas de cinco artículos sobre atención al cliente y los cuenta con palabras propias. Cada modo de fallo indica los puntos en los que se basa.',
      /** Between an article's author, publisher and date. */
      bylineSeparator: ' · ',
      unknownByline: 'Autor y fecha desconocidos',
      pointsHeading: 'Puntos y dónde se usan',
      /** One of an article's points, and the failure modes that draw on it (a list of links). */
      point: '{point}: {modes}',
    },

    /** The glossary of metrics (/metrics/). */
    metrics: {
      title: 'Indicadores',
      description:
        'Todos los indicadores que usa la guía, definidos una sola vez: qué se cuenta, en qué periodo, la muestra mínima para que la cifra diga algo y un objetivo con su motivo.',
      /** {pulse} is a link to the staff pulse survey, worded as pulseLink. */
      lede: 'Cada cifra que los modos de fallo piden seguir se define aquí una sola vez, con un único objetivo, para que dos páginas nunca se contradigan. La tabla de indicadores de cada página enlaza con las entradas de abajo y puede añadir una nota válida solo allí. Los indicadores que empiezan por «Personal que está de acuerdo» salen de la {pulse}.',
      pulseLink: 'encuesta de clima del personal',
      /** Names the row of letters at the top, for assistive technology. */
      lettersLabel: 'Indicadores por letra inicial',
    },

    /** The staff pulse survey (/pulse/). */
    pulse: {
      title: 'Encuesta de clima del personal',
      description:
        'La única encuesta, breve y sin nombres, detrás de cada indicador de «personal que está de acuerdo»: sus afirmaciones, su escala, qué cuenta como acuerdo y cada cuánto se hace.',
      /** {metrics} is a link to the glossary of metrics, worded as metricsLink. */
      lede: 'Una sola encuesta, breve y sin nombres, da todas las cifras de «personal que está de acuerdo» de la guía. Plantea las mismas afirmaciones cada vez, en horario de trabajo, y compara cada equipo solo consigo mismo. Cada afirmación la recoge un indicador del {metrics}, que fija su objetivo.',
      metricsLink: 'glosario de indicadores',
      howItRunsHeading: 'Cómo se hace',
      scaleIntro: 'Todas las afirmaciones se responden con la misma escala:',
      statementsHeading: 'Las afirmaciones',
      /** After a statement: its metric's target, and {entry}, a link to that metric's entry worded as metricEntry. */
      reportedBy: 'Objetivo: {target}. {entry}.',
      metricEntry: 'Cómo se cuenta',
      formHeading: 'El formulario para imprimir',
    },

    /** The handbook guide (/handbook/), around its prose (src/guides/generator.mdx). */
    handbookGuide: {
      title: 'El manual propio de tu empresa',
      exampleSummary: 'Para el equipo técnico: el archivo de configuración del comercio de ejemplo',
      /** {file} is the settings file's path in the project. */
      exampleLabel: 'El archivo de configuración del comercio de ejemplo, {file}',
    },

    /** The heading of a callout in a page body (`:::note`, `:::example`) whose author gave it none. */
    callouts: { note: 'Nota', example: 'Ejemplo' },
  },
  // ──────────────────────────────────────────────────────────────────────────────────────────────

  // ──────────────────────────────────────────────────────────────────────────────────────────────
  /** The handbook builder (/build/): its form, messages, notes, status lines and the settings file it writes. */
  builder: {
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
        'Lo que un empleado de primera línea puede reembolsar sin pedir permiso, por ejemplo, 50 EUR.',
      refundLimitPlaceholder: '50 EUR',
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
    },

    /** The date conventions offered, by locale: where, and the paper and date they give. */
    locales: {
      'en-GB': 'Reino Unido (A4; día, mes y año)',
      'en-IE': 'Irlanda (A4)',
      'en-AU': 'Australia (A4)',
      'en-NZ': 'Nueva Zelanda (A4)',
      'en-US': 'Estados Unidos (Carta; mes, día y año)',
      'en-CA': 'Canadá (Carta)',
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
      replaceWithBlank:
        '¿Sustituir tu borrador por un formulario en blanco? Puedes deshacerlo justo después.',
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
        'standards.refundLimit': 'Escribe un importe como «50 EUR» o deja el campo vacío.',
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
      logoEmpty:
        'El archivo del logotipo está vacío. Vuelve a exportar el logotipo y elige el archivo nuevo.',
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
        'play.title':
          'Indica qué hacer, por ejemplo, «Abrir una segunda caja cuando esperen cinco personas».',
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
      ownIdTaken:
        '{field}: {id} ya es el nombre corto de un capítulo de la guía. Usa otro, como {suggestion}.',
      ownIdTwice:
        '{field}: otro de tus capítulos también tiene el nombre corto {id}. Dale a cada uno el suyo.',
      ownIdFormat:
        '{field} solo admite letras minúsculas, cifras y guiones entre palabras, como «nuestra-promesa-de-devoluciones».',
      ownAfterGone: '{field}: {title} no es uno de los capítulos de la lista. Elige dónde va este capítulo.',
      ownAfterUnknown: '{field} indica un capítulo que no está en la lista. Elige dónde va este capítulo.',
      /** {text} is the text box's label in quotation marks. */
      ownBodyOrFile:
        '{file} debe dar a {field} o bien su texto o bien un archivo con su texto, no las dos cosas ni ninguna. Aquí, escribe o pega el texto en {text}.',
      /** Notes: {chapters} is a list of chapters' titles; {amount} what the handbook says in place of a limit, in quotation marks. */
      noRefundLimit:
        'Sin límite de reembolso, el texto de {chapters} dirá {amount}. Escribe uno aquí si tu equipo lo tiene, por ejemplo, «50 EUR».',
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
        locale:
          'Las fechas se escriben según la costumbre local; en-US y en-CA se imprimen en papel Carta, las demás en A4.',
        date: 'La fecha de la portada. Cámbiala cuando publiques una nueva edición.',
        output:
          'Lo que escribe `playbook generate`, y dónde (relativo a la carpeta desde la que se ejecuta).',
        training: 'Fechas del plan de formación y de training-plan.ics: una sesión por capítulo.',
        chapters:
          'Tus propias palabras en los capítulos, por capítulo: una nota al principio, acciones que se quitan (por id),\nacciones propias (owner y with son ids de rol) y un ejemplo propio.',
        own: 'Capítulos escritos por tu empresa, cada uno colocado después del capítulo indicado en "after" (o al final).',
        roles:
          'Los cargos de tu empresa para los roles de la guía, por id de rol; un rol que no aparece conserva su nombre.',
      } as Record<string, string>,
    },
  },
  // ──────────────────────────────────────────────────────────────────────────────────────────────

  // ──────────────────────────────────────────────────────────────────────────────────────────────
  /** The self-assessment (/assess/), its results, team view and one-page team report. */
  assess: {
    /** The page's own markup (/assess/), rendered at build time; the page's scripts never need these. */
    page: {
      title: 'Autoevaluación',
      description:
        'Una revisión rápida de cinco minutos de tu servicio, con una afirmación por modo de fallo; profundiza donde importa y compara las opiniones de un equipo sin nombres.',
      heading: '¿Es tu servicio tan bueno como crees?',
      lede: plural({
        one: 'Una revisión rápida de {n} afirmación, una por modo de fallo, lleva unos {minutes} minutos. Obtienes los modos de fallo que más atención requieren y después puedes profundizar en los primeros.',
        other:
          'Una revisión rápida de {n} afirmaciones, una por modo de fallo, lleva unos {minutes} minutos. Obtienes los modos de fallo que más atención requieren y después puedes profundizar en los primeros.',
      }),
      howToAnswer:
        'Responde según cómo son las cosas hoy, no según cómo deberían ser. Tus respuestas se quedan en este navegador y se guardan a medida que avanzas; no se envía nada a ninguna parte.',
      /** "Who sees your answers": {min} is the fewest people whose answers are ever shown together. */
      anonymity: {
        title: 'Quién ve tus respuestas',
        stay: 'Tus respuestas se quedan en este navegador. Solo salen de él si copias tu código de respuestas (o exportas tus respuestas como archivo) y se lo envías tú a alguien. Tu nombre es opcional.',
        /** {inATeam} is `inATeam`, in bold. */
        collector:
          '{inATeam}, cada persona envía su código a una persona que reúne los códigos y los pega en la vista de equipo. Esa persona:',
        inATeam: 'En un equipo',
        collectorSees: [
          'no ve nada hasta que hay códigos de al menos {min} personas: un código pegado solo, o dos, no muestra ninguna respuesta en esta página;',
          'después ve solo promedios, la necesidad del equipo por modo de fallo y por categoría, nunca las respuestas de una persona ni una lista de quién respondió qué;',
          've a la dirección (directivos y mandos intermedios) y a la primera línea por separado solo cuando cada grupo tiene al menos {min} personas y el rol «Otro» no tiene ninguna o tiene al menos {min}; si no, se muestra a todo el mundo junto.',
        ],
        /** {lead} is `limitsLead`, in bold. */
        limits:
          '{lead} un código de respuestas no está cifrado. Contiene tu rol y tus respuestas, y alguien con conocimientos técnicos puede leerlas en el código sin esta página. Con solo {min} personas, un promedio sigue diciendo algo de cada una, y quien reúne los códigos, si añade códigos propios o compara los resultados con y sin el tuyo, puede deducir más. Así que envía tu código solo a alguien a quien confiarías tus respuestas: mejor una persona neutral fuera de tu línea jerárquica, por ejemplo, alguien de RR. HH. o de otro equipo.',
        limitsLead: 'Lo que esto no puede proteger:',
        /** {lead} is `whyTeamLead`, in bold; {teamView} links to the team view, reading `teamViewLink`. */
        whyTeam:
          '{lead} la dirección suele valorar el servicio mejor que quienes atienden a los clientes. Envía esta página a tus colegas (directivos, líderes de equipo y personas de primera línea, al menos {min} de cada grupo para poder comparar). Cada persona hace la revisión rápida y envía su código de respuestas a quien los reúne, que pega los códigos en {teamView} para ver dónde no coinciden.',
        whyTeamLead: 'Por qué en equipo:',
        teamViewLink: 'Vista de equipo',
      },
      noScript:
        'Las afirmaciones de abajo se pueden leer sin JavaScript, pero la puntuación se calcula en tu navegador, así que los resultados, el guardado y los códigos lo necesitan.',
      aboutYou: 'Sobre ti',
      roleLegend: 'Tu rol (necesario para comparar la dirección con la primera línea)',
      /** The roles a person answers as, by id. */
      roles: { leader: 'Dirección', manager: 'Mando intermedio', frontline: 'Primera línea', other: 'Otro' },
      nameField:
        'Tu nombre (opcional; el equipo ve los nombres solo en una lista de participantes, y solo si todo el mundo da el suyo)',
      companyField: 'Nombre de la empresa (opcional; se imprime en el manual)',
      progressLabel: 'Revisión rápida',
      /** The progress bar's own text, for browsers that show no bar. */
      progressValue: '{answered} de {total}',
      /** The answer scale in one line: "Scale: 1 not true of us · 2 rarely true …". */
      scaleKey: 'Escala: {steps}.',
      scaleStep: '{value} {label}',
      scaleSeparator: ' · ',
      /** The scale's labels as they read inside the line above, from 1 to 5. */
      scaleInline: [
        'no se cumple en absoluto',
        'se cumple pocas veces',
        'se cumple a veces',
        'se cumple casi siempre',
        'se cumple por completo',
      ],
      deeperNote: 'Para profundizar: las demás afirmaciones y las señales de alerta.',
      signsSummary: 'Señales de alerta que reconoces (opcional)',
      signsLegend: 'Señales de alerta de «{mode}» que reconoces',
      showResults: 'Ver mis resultados',
      showAll: 'Mostrar las {total} afirmaciones (unos {minutes} minutos)',
      startOver: 'Empezar de nuevo',
      confirmClear: '¿Borrar todas las respuestas guardadas en este navegador?',
      confirmYes: 'Sí, borrar todas las respuestas',
      confirmNo: 'Conservar mis respuestas',
      resultsTitle: 'Tus resultados',
      goDeeperThese: 'Profundizar en estos',
      shareTitle: 'Enviar tus respuestas a tu equipo',
      answerCode: 'Tu código de respuestas',
      copyCode: 'Copiar código',
      copyLink: 'Copiar enlace a la vista de equipo',
      chartCaption: 'Necesidad por categoría, de 0 (en buen estado) a 100 (urgente)',
      rankingTitle: 'Modos de fallo, de mayor a menor necesidad',
      rankingNote:
        'Los modos de fallo con la misma puntuación comparten puesto: tus respuestas no ponen uno por delante del otro.',
      handbookTitle: 'Tu manual',
      chapterCount: 'Capítulos del manual',
      buildHandbook: 'Crear este manual',
      downloadConfig: 'Descargar la configuración del manual',
      exportAnswers: 'Exportar mis respuestas como archivo',
      print: 'Imprimir',
      changeAnswers: 'Cambiar respuestas',
      /** {guide} links to the handbook guide, reading `guideLink`. */
      buildNote:
        'Crear este manual abre estos capítulos en el generador de manuales, en este navegador; {guide} muestra un ejemplo.',
      guideLink: 'la página sobre el manual',
      teamTitle: 'Vista de equipo',
      /** {link} links to "Who sees your answers", reading `teamIntroLink`. */
      teamIntro:
        'Cada persona hace la revisión rápida en su propio dispositivo, elige su rol y te envía su código de respuestas (o el enlace que lo acompaña). Pega los códigos aquí; puedes pegar varios a la vez. Todo se lee en este navegador y nunca se sube a ningún sitio. Los resultados aparecen cuando hay códigos de al menos {min} personas, y nunca las respuestas de una sola persona: consulta {link} para saber qué protege esto y qué no.',
      teamIntroLink: 'quién ve tus respuestas',
      teamCodes: 'Códigos de respuestas de tu equipo',
      addCodes: 'Añadir estos códigos',
      addMine: 'Añadir mis propias respuestas',
      teamFiles: 'O elige archivos de respuestas exportados desde esta página (.json)',
      clearTeam: 'Quitar todas las respuestas del equipo',
      teamChartCaption: 'Necesidad del equipo por categoría, de 0 (en buen estado) a 100 (urgente)',
      disagreementsTitle: 'Dónde discrepa más tu equipo',
      teamHandbookTitle: 'El manual del equipo',
      printTeam: 'Imprimir el informe de una página',
      downloadTeamConfig: 'Descargar la configuración del manual del equipo',
    },

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
    failureModes: plural({ one: '{n} modo de fallo', other: '{n} modos de fallo' }),
    people: plural({ one: '{n} persona', other: '{n} personas' }),

    /** The questionnaire's progress line and the messages of its buttons (the page's first script). */
    form: {
      progress: 'Revisión rápida: {answered} de {total} afirmaciones respondidas.',
      progressDone: plural({
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
      exported: plural({
        one: 'Se exportaron tus respuestas ({n} afirmación). Es más fácil enviar el código: lleva las mismas respuestas.',
        other:
          'Se exportaron tus respuestas ({n} afirmaciones). Es más fácil enviar el código: lleva las mismas respuestas.',
      }),
      roleFirstMine: 'Primero elige tu rol en «Sobre ti» y después añade tus propias respuestas.',
    },

    /** One person's results. */
    results: {
      tieWhy:
        'Tus respuestas no ponen a ninguno por delante de otro, así que elige por cuáles empezar o profundiza en ellos para diferenciarlos.',
      rateFirst: 'Primero puntúa al menos una afirmación: un manual necesita al menos un capítulo.',
      tickFirst:
        'Primero marca por cuáles de los modos de fallo empatados empezar: un manual necesita al menos un capítulo.',
      downloaded:
        'Se descargó handbook.yaml, la configuración de tu manual: ábrelo en el generador de manuales para continuar.',
      /** The subject of a sentence from configText, about the company name the person typed. */
      companyName: 'El nombre de tu empresa',
      /** Whose answers the downloaded config's chapters come from. */
      basis: 'tus respuestas',
      nothingYet: 'Aún no hay nada que puntuar. Puntúa algunas afirmaciones de arriba y vuelve aquí.',
      signsOnly: plural({
        one: 'Hay señales de alerta marcadas en {modes}, pero ninguna de sus afirmaciones está puntuada, así que aún no tiene puntuación: puntúa al menos una afirmación.',
        other:
          'Hay señales de alerta marcadas en {modes}, pero ninguna de sus afirmaciones está puntuada, así que aún no tienen puntuación: puntúa al menos una afirmación.',
      }),
      ratedQuick: 'Afirmaciones puntuadas: {answered} de {questions}, las de la revisión rápida.',
      ratedDeep:
        'Afirmaciones puntuadas: {answered} de {questions}, con un análisis a fondo de cada modo puntuado.',
      ratedMixed: plural({
        one: 'Afirmaciones puntuadas: {answered} de {questions}, las de la revisión rápida y las de un análisis a fondo de {n} modo de fallo.',
        other:
          'Afirmaciones puntuadas: {answered} de {questions}, las de la revisión rápida y las de un análisis a fondo de {n} modos de fallo.',
      }),
      average: 'En todo lo puntuado, la necesidad media es de {need} de 100: {reading}.',
      /** {mode} links to the failure mode. */
      startWith: 'Empieza por {mode} ({need} de 100): es donde tus respuestas muestran más necesidad.',
      /** A tie at the top, and a tie right after the one mode at the top; {modes} links to each. */
      topTie: plural({
        one: 'La mayor necesidad en tus respuestas: {n} modo de fallo con {need} de 100.',
        other: 'La mayor necesidad en tus respuestas: {n} modos de fallo empatan con {need} de 100.',
      }),
      topTieNamed: plural({
        one: 'La mayor necesidad en tus respuestas: {n} modo de fallo con {need} de 100: {modes}.',
        other: 'La mayor necesidad en tus respuestas: {n} modos de fallo empatan con {need} de 100: {modes}.',
      }),
      nextTie: plural({
        one: 'Después, {n} modo de fallo con {need} de 100.',
        other: 'Después, {n} modos de fallo empatan con {need} de 100.',
      }),
      nextTieNamed: plural({
        one: 'Después, {n} modo de fallo con {need} de 100: {modes}.',
        other: 'Después, {n} modos de fallo empatan con {need} de 100: {modes}.',
      }),
      tieApart:
        'Tus respuestas no ponen a ninguno por delante de otro: elige entre ellos para el manual de abajo o profundiza en ellos para diferenciarlos.',
      /** {category} is a category's name as it reads inside a sentence. */
      onlyCategory: 'Por ahora solo hay respuestas en {category}.',
      categoriesClose:
        'Las categorías están a pocos puntos unas de otras, así que mira los modos de fallo uno a uno más abajo.',
      /** {most} and {least} are a category's name, or `categoriesAt`; the form follows how many are at the top. */
      byCategory: plural({
        one: 'Por categorías, {most} necesita la mayor atención, y {least}, la menor.',
        other: 'Por categorías, {most} necesitan la mayor atención, y {least}, la menor.',
      }),
      categoriesAt: '{n} categorías ({need} de 100)',
      rankingItem: 'Necesidad {need} de 100, {reading}. Método: {depth}.',
      rankingItemTied: plural({
        one: 'Necesidad {need} de 100, {reading}, empatado con otro modo de fallo. Método: {depth}.',
        other: 'Necesidad {need} de 100, {reading}, empatado con otros {n} modos de fallo. Método: {depth}.',
      }),
      /** The offer to go deeper on the chapters scored from one statement; {items} statements and signs, {minutes} to answer them. */
      goDeeper: plural({
        one: 'Un modo de fallo de la parte alta de tus resultados sale de una sola afirmación: {modes}. Profundiza en él ({items} afirmaciones y señales de alerta más, unos {minutes} minutos) para afianzar su puntuación antes de actuar; un análisis a fondo que confirma un problema lo mantiene donde está.',
        other:
          '{n} modos de fallo de la parte alta de tus resultados salen de una sola afirmación cada uno: {modes}. Profundiza en ellos ({items} afirmaciones y señales de alerta más, unos {minutes} minutos) para afianzar sus puntuaciones antes de actuar; un análisis a fondo que confirma un problema lo mantiene donde está.',
      }),
      goDeeperUnnamed: plural({
        one: '{n} modo de fallo de la parte alta de tus resultados sale de una sola afirmación. Profundiza en él ({items} afirmaciones y señales de alerta más, unos {minutes} minutos) para afianzar su puntuación antes de actuar; un análisis a fondo que confirma un problema lo mantiene donde está.',
        other:
          '{n} modos de fallo de la parte alta de tus resultados salen de una sola afirmación cada uno. Profundiza en ellos ({items} afirmaciones y señales de alerta más, unos {minutes} minutos) para afianzar sus puntuaciones antes de actuar; un análisis a fondo que confirma un problema lo mantiene donde está.',
      }),
      goDeeperOn: 'Profundizar en {mode}',
      goDeeperOnThese: 'Profundizar en estos {n}',
      shareIntro:
        'Copia el código (o el enlace) en un correo o un mensaje de chat para quien reúne las respuestas de tu equipo.',
      /** What the code holds: with or without the company name and the person's name ({name}). */
      shareHolds: {
        plain: 'Contiene tu rol ({role}) y tus respuestas.',
        company: 'Contiene tu rol ({role}), tus respuestas y el nombre de la empresa.',
        name: 'Contiene tu rol ({role}), tus respuestas y tu nombre ({name}), que el equipo ve solo en una lista de participantes, y solo si todo el mundo da el suyo.',
        both: 'Contiene tu rol ({role}), tus respuestas, el nombre de la empresa y tu nombre ({name}), que el equipo ve solo en una lista de participantes, y solo si todo el mundo da el suyo.',
      },
      shareSafety:
        'La vista de equipo no muestra nada hasta que llegan los códigos de {min} personas, y nunca las respuestas de una sola persona; pero el código no está cifrado, así que alguien con conocimientos técnicos puede leer en él tus respuestas. Envíalo a alguien a quien se las confiarías.',
      shareNoRole:
        'Primero elige tu rol en «Sobre ti»: el código lo necesita para que la vista de equipo pueda comparar la dirección con la primera línea.',
      /** The roles as they read inside a sentence. */
      roleInSentence: {
        leader: 'dirección',
        manager: 'mando intermedio',
        frontline: 'primera línea',
        other: 'otro',
      },
    },

    /** The choice among tied failure modes at the handbook's last places (results and team view). */
    ties: {
      chapters: plural({ one: '{n} capítulo', other: '{n} capítulos' }),
      /** Where the tie falls: all the handbook's places, or its last ones. */
      places: plural({ one: 'el único puesto', other: 'los {n} puestos' }),
      lastPlaces: plural({ one: 'el último puesto', other: 'los {n} últimos puestos' }),
      above: plural({ one: 'el modo de fallo que está por encima', other: 'los {n} que están por encima' }),
      legend: plural({
        one: '{n} modo de fallo con {need} de 100 para {where} del manual',
        other: '{n} modos de fallo empatan con {need} de 100 para {where} del manual',
      }),
      noChapter:
        'El manual aún no tiene capítulos: marca por cuáles empezar (hay sitio para {places} con el número de capítulos elegido).',
      takesAbove: 'El manual incluye {above} ({chapters}) hasta que marques alguno de estos.',
      takesTicked: 'El manual incluye lo que marcaste ({taken}): {chapters}.',
      takesAboveAndTicked: 'El manual incluye {above} y lo que marcaste ({taken}): {chapters}.',
      tickAll: 'Marcar todos',
      untickAll: 'Desmarcar todos',
    },

    /** The bar chart of need by category, as a screen reader hears it. */
    chart: {
      title: 'Necesidad por categoría, de 0 a 100',
      category: '{category}: {need} de 100',
      notAssessed: '{category}: sin evaluar',
      separator: '; ',
      description: '{categories}.',
    },

    /** The team view: adding people's answers, its status line, and the figures. */
    team: {
      nothingAdded: 'No se añadió nada:',
      someAdded: 'Se añadieron algunos códigos, pero no estos:',
      noCodeFound:
        'no se encontró ningún código de respuestas en el texto; los códigos empiezan por {prefix}',
      pasteFirst: 'primero pega uno o varios códigos de respuestas',
      /** One code among those pasted, as the notes name it. */
      codeSource: 'código {n}',
      codeProblem: 'Código {n} ({start}…): {problem}.',
      addedLink: 'Se añadieron las respuestas del enlace que abriste.',
      addedMine: 'Se añadieron tus propias respuestas.',
      addedPeople: plural({
        one: 'Se añadieron las respuestas de {n} persona.',
        other: 'Se añadieron las respuestas de {n} personas.',
      }),
      fileTooLarge: '{file}: ocupa {size} KB; los archivos de respuestas ocupan como máximo {max} KB',
      fileProblem: '{file}: {message}',
      fileFieldProblem: '{file}, {field}: {message}',
      filesRefused: plural({
        one: 'Un archivo tiene un problema, así que no se añadió nada:',
        other: 'Algunos archivos tienen problemas, así que no se añadió nada:',
      }),
      addedFiles: plural({ one: 'Se añadió {n} archivo.', other: 'Se añadieron {n} archivos.' }),
      noAnswers: 'Aún no hay respuestas.',
      combined: plural({
        one: 'Respuestas combinadas de {n} persona.',
        other: 'Respuestas combinadas de {n} personas.',
      }),
      removed: 'Se quitaron todas las respuestas del equipo.',
      tieWhy:
        'Las respuestas del equipo no ponen a ninguno por delante de otro, así que elige por cuáles empezar, o pide a las personas que profundicen en ellos y vuelvan a enviar sus códigos para diferenciarlos.',
      basis: plural({
        one: 'las respuestas combinadas de {n} persona',
        other: 'las respuestas combinadas de {n} personas',
      }),
      downloaded:
        'Se descargó handbook.yaml del equipo, la configuración de su manual: ábrelo en el generador de manuales para continuar.',
      companyName: 'El nombre de la empresa',
      /** {link} links to the failure mode about this gap, reading `gapModeLink`. */
      gapMode:
        'Una diferencia así es un modo de fallo en sí misma: {link}. Resuélvela primero o el plan apuntará a los problemas equivocados.',
      gapModeLink: 'la dirección valora el servicio mejor que los clientes y el personal',
      disagreement:
        'Las puntuaciones de las personas se separan {points} puntos o más; conviene hablarlo antes de decidir.',
      /** The table's caption: {what} says which rows it holds, on screen and in print. */
      tableCaption: '{what} (necesidad de 0 a 100; «2=» indica un empate)',
      tableOnScreen:
        'Todos los modos de fallo puntuados por {min} personas o más, primero los que más necesita el equipo',
    },

    /** The headline of a team view: how far leadership and the front line are apart. */
    gap: {
      tooFew: plural({
        one: 'Por ahora hay respuestas de una persona: los resultados del equipo se muestran a partir de {min} personas, para que no se puedan leer las respuestas de nadie por separado',
        other:
          'Por ahora hay respuestas de {n} personas: los resultados del equipo se muestran a partir de {min} personas, para que no se puedan leer las respuestas de nadie por separado',
      }),
      merged: 'La dirección y la primera línea se muestran juntas porque {why}',
      mergedWhy: 'solo respondieron {groups}',
      /** A group too small to show apart, with how many people are in it. */
      groupCounts: {
        leadership: plural({ one: '{n} persona de la dirección', other: '{n} personas de la dirección' }),
        frontline: plural({ one: '{n} persona de primera línea', other: '{n} personas de primera línea' }),
        other: plural({ one: '{n} persona con el rol «Otro»', other: '{n} personas con el rol «Otro»' }),
      },
      mergedDetail:
        'Un grupo se muestra por separado solo a partir de {min} personas, para que sus cifras no permitan deducir las respuestas de nadie; las respuestas de todo el mundo cuentan en las cifras del equipo de abajo.',
      noFrontline:
        'Aún no hay respuestas de primera línea, así que no se puede comparar la dirección con la primera línea',
      noLeadership:
        'Aún no hay respuestas de la dirección ni de mandos intermedios, así que no se puede comparar la dirección con la primera línea',
      noOverlap:
        'La dirección y la primera línea puntuaron modos de fallo distintos, así que aún no se pueden comparar',
      apart: plural({
        one: '{n} punto de diferencia por modo de fallo de media',
        other: '{n} puntos de diferencia por modo de fallo de media',
      }),
      /** {apart} is `apart`; {wide} of {compared} modes are {points} or more points apart. */
      agree:
        'La dirección y la primera línea coinciden en líneas generales: {apart}, y ningún modo de fallo difiere en {points} puntos o más',
      frontlineHigher:
        'La primera línea ve más necesidad que la dirección: {apart}; en {wide} de {compared} modos de fallo la diferencia es de {points} puntos o más',
      leadershipHigher:
        'La dirección ve más necesidad que la primera línea: {apart}; en {wide} de {compared} modos de fallo la diferencia es de {points} puntos o más',
      bothWays:
        'La dirección y la primera línea discrepan en los dos sentidos: {apart}; en {wide} de {compared} modos de fallo la diferencia es de {points} puntos o más',
      averages:
        'Necesidad media en los {modes} que puntuaron los dos grupos: dirección, {leadership} de 100 ({leadershipPeople}); primera línea, {frontline} de 100 ({frontlinePeople}).',
      /** The widest gaps in one direction; {modes} counts the wide ones, {widest} names them. */
      frontlineWide:
        'La primera línea ve {points} puntos o más de necesidad en {modes}. Mayores diferencias: {widest}.',
      frontlineSome:
        'La primera línea ve algo más de necesidad en algunos modos de fallo. Mayores diferencias: {widest}.',
      leadershipWide:
        'La dirección ve {points} puntos o más de necesidad en {modes}. Mayores diferencias: {widest}.',
      leadershipSome:
        'La dirección ve algo más de necesidad en algunos modos de fallo. Mayores diferencias: {widest}.',
      widest: '{mode} (dirección {leadership}, primera línea {frontline})',
      widestSeparator: '; ',
    },

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
      fewRaters: plural({
        one: '{n} modo de fallo tiene puntuaciones de menos de {min} personas y queda fuera.',
        other: '{n} modos de fallo tienen puntuaciones de menos de {min} personas y quedan fuera.',
      }),
      dash: 'Un guion: menos de {min} personas de ese grupo lo puntuaron (o hay otro grupo así de pequeño), así que solo se muestra la cifra del equipo.',
      cutTie: plural({
        one: '{n} modo de fallo más también tiene {need}, empatado con las últimas filas: {modes}.',
        other: '{n} modos de fallo más también tienen {need}, empatados con las últimas filas: {modes}.',
      }),
      topModes: plural({
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
      countedOnce: plural({
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

    /** What writing a name into a config changed; {what} names it ("The company name"). */
    configText: {
      removed:
        '{what}: contenía caracteres de control invisibles ({characters}) que un manual no puede incluir, así que se omitieron; revisa cómo queda',
      cut: '{what}: superaba los {max} caracteres que admite un manual, así que se recortó; revisa cómo queda',
      both: '{what}: contenía caracteres de control invisibles ({characters}) que un manual no puede incluir, así que se omitieron, y superaba los {max} caracteres que admite un manual, así que se recortó; revisa cómo queda',
      /** A status line followed by such a note. */
      withNote: '{status} {note}.',
    },

    /** The handbook config the assessment writes: its starting values and its comments. */
    config: {
      company: 'Tu empresa',
      vision: 'Cada cliente se va sabiendo exactamente qué pasará después.',
      firstResponse: '2 horas',
      callback: 'el mismo día hábil',
      refundLimit: '50 EUR',
      /** The header's first line: `playbook assess --force` replaces only a file that starts with it. */
      header: 'Configuración del manual creada por la autoevaluación de service-playbook.',
      chapters: plural({
        one: 'Los capítulos de abajo son el modo de fallo con más necesidad según {basis}, de más a menos necesidad.',
        other:
          'Los capítulos de abajo son los {n} modos de fallo con más necesidad según {basis}, de más a menos necesidad.',
      }),
      tieAll: plural({
        one: '{n} modo de fallo con {need} de 100 para {where}; se incluye. Quítalo si no lo quieres.',
        other:
          '{n} modos de fallo empatan con {need} de 100 para {where}; las respuestas no ponen a ninguno por delante de otro, así que se incluyen los {n}. Quita los que no quieras.',
      }),
      tieNoneChosen: plural({
        one: '{n} modo de fallo con {need} de 100 para {where}; no se eligió.',
        other: '{n} modos de fallo empatan con {need} de 100 para {where}; no se eligió ninguno.',
      }),
      /** {n} is how many were chosen, {tied} how many tie. */
      tieChosen: plural({
        one: '{tied} modos de fallo empatan con {need} de 100 para {where}; se eligió {n} de ellos.',
        other: '{tied} modos de fallo empatan con {need} de 100 para {where}; se eligieron {n} de ellos.',
      }),
      lastPlaces: plural({ one: 'el último puesto', other: 'los {n} últimos puestos' }),
      editThen: 'Edita las líneas marcadas con EDITAR y después comprueba y genera el manual:',
      validate: 'npx playbook validate --config <este archivo>',
      generate: 'npx playbook generate --config <este archivo>',
      companyNote: 'EDITAR: el nombre de tu empresa tal como la conocen los clientes',
      visionNote:
        'EDITAR: la frase sobre el servicio de tu empresa que cualquier empleado debería poder repetir.',
      prioritiesNote:
        'Capítulos, de más a menos necesidad. Reordena, quita o añade ids; `npx playbook list` los muestra todos.',
      priority: 'necesidad {need} de 100',
      priorityTied: 'necesidad {need} de 100, empatado',
      /** A chapter's note with the warning signs ticked: {note} is one of the two above. */
      priorityWithSigns: plural({
        one: '{note}; {n} señal de alerta marcada',
        other: '{note}; {n} señales de alerta marcadas',
      }),
      includeNote:
        '"priorities" imprime solo esos capítulos; "all" añade un anexo breve con todos los demás modos de fallo.',
      standardsNote:
        'EDITAR: las promesas que hace tu empresa a los clientes. Los capítulos las citan después de "como máximo en", p. ej., "una primera respuesta como máximo en 1 hora".',
      refundLimitNote: 'Lo que un empleado de primera línea puede reembolsar sin pedir permiso a nadie.',
      empowermentNote:
        'Quién puede decidir qué sin pedir permiso. Sin filas, el manual muestra en su lugar una tabla de ejemplo.',
      localeNote: 'en-US o en-CA para papel Carta y fechas al estilo de EE. UU.',
      dateNote: 'la fecha de la portada',
      formatsNote: 'También es posible: pdf (necesita Chromium), ics (el calendario de formación).',
      trainingNote: 'Una sesión de formación por capítulo, a partir de esta fecha.',
      /** {values} are the other cadences a config accepts, as written in it. */
      cadenceNote: 'o {values}',
      trainingLater: 'Opcional: pon fechas al plan de formación, una sesión por capítulo.',
      nothingToWrite: 'aún no hay nada que poner en el manual: primero responde al menos una afirmación',
    },
  },
  // ──────────────────────────────────────────────────────────────────────────────────────────────

  // ──────────────────────────────────────────────────────────────────────────────────────────────
  /** The staffing calculator (/tools/staffing/) and "What our standards take" in the handbook: its readings and questions. */
  staffing: {
    /** The calculator's name: the page's title, and the heading of the link to it on the mode pages it helps with. */
    title: 'Calculadora de personal',
    titleInSentence: 'calculadora de personal',
    /** What the calculator answers for each mode it helps with, by mode id (src/core/staffing/tools.ts). */
    pitches: {
      understaffing:
        'Introduce tus volúmenes, tu tiempo de gestión y tu promesa, y ve cuántas personas hacen falta al teléfono y en la planificación de turnos, hora a hora.',
      'yesterdays-response-standards':
        'Antes de endurecer un estándar de respuesta, ve cuántas personas requiere la nueva promesa y cuánto esperan los clientes con el equipo que tienes.',
    },

    // The calculator's own words, from here to `form`: the page's script needs them too, so the page
    // writes them into its HTML (src/core/staffing/wording.ts lists them).

    /** Durations, counts of people, percentages and targets, as the readings write them. */
    units: {
      seconds: plural({ one: '{n} segundo', other: '{n} segundos' }),
      minutes: plural({ one: '{n} minuto', other: '{n} minutos' }),
      hours: plural({ one: '{n} hora', other: '{n} horas' }),
      /** A duration in two units, the larger first: "2 minutes 3 seconds", "1 hour 30 minutes". */
      twoUnits: '{larger} y {smaller}',
      people: plural({ one: '{n} persona', other: '{n} personas' }),
      /** Spanish writes a space (no-break) between the number and the sign. */
      percent: '{n}\u00a0%',
      /** A target: a share answered within a time ("80% within 20 seconds"), or an average wait. */
      serviceLevel: '{share} en {time} como máximo',
      averageWait: 'una espera media de {time} como máximo',
    },
    /** Each queue's contacts and the people answering them, by channel; the volumes as a manager says them. */
    channels: {
      phone: {
        contacts: 'las llamadas',
        working: 'al teléfono',
        waiting: 'quienes llaman',
        perHour: plural({ one: '{n} llamada por hora', other: '{n} llamadas por hora' }),
        perDay: plural({ one: '{n} llamada al día', other: '{n} llamadas al día' }),
        perInterval: plural({ one: '{n} llamada cada {interval}', other: '{n} llamadas cada {interval}' }),
      },
      chat: {
        contacts: 'los chats',
        working: 'atendiendo chats',
        waiting: 'los clientes',
        perHour: plural({ one: '{n} chat por hora', other: '{n} chats por hora' }),
        perDay: plural({ one: '{n} chat al día', other: '{n} chats al día' }),
        perInterval: plural({ one: '{n} chat cada {interval}', other: '{n} chats cada {interval}' }),
      },
    },
    /**
     * The result in plain words, as a manager would say it to their director. A sentence's optional
     * parts are placeholders filled with the pieces below it, or left empty.
     */
    reading: {
      needServiceLevel:
        'Para atender el {share} de {contacts} en {time} como máximo necesitas {people} {working}{holding}{busiestHour}{cap}{rota}.',
      needAverageWait:
        'Para que la espera media no pase de {time} necesitas {people} {working}{holding}{busiestHour}{cap}{rota}.',
      holding: ' con {n} a la vez',
      busiestHour: ' en la hora de mayor volumen',
      cap: ' (el objetivo por sí solo requiere {n}, pero así cada persona estaría ocupada más del {occupancy} del tiempo)',
      rota: ', y {people} en la planificación de turnos una vez contadas las pausas, la formación y las ausencias ({shrinkage} del tiempo pagado)',
      neverClears:
        'Con {people} la cola nunca se vacía: {contacts} traen en todo momento trabajo para {work} personas, así que la cola crece mientras sigan llegando.',
      figures:
        'Con {people}, el {level} de {contacts} se atiende en {time} como máximo, la espera media es de {wait}, el {waiting} de {waiters} llega a esperar y cada persona dedica el {occupancy} de su tiempo a atender {contacts}.',
      figuresHeld:
        'Con {people}, el {level} de {contacts} se atiende en {time} como máximo, la espera media es de {wait}, el {waiting} de {waiters} llega a esperar y los {n} huecos de chat de cada persona están ocupados el {occupancy} del tiempo.',
      /** The figures for the people you have, then how they compare with what the target takes. */
      whatIf: '{figures} {verdict}',
      short: 'Diferencia con lo que requiere el objetivo: {n} menos.',
      more: 'Diferencia con lo que requiere el objetivo: {n} más.',
      exact: 'Es exactamente lo que requiere el objetivo.',
      perDay:
        'De {contacts} del día ({total}), la hora de mayor volumen recibe {busiest} ({share}); todas las cifras de aquí se refieren a esa hora.',
      held: 'Atender {n} chats a la vez hace que cada uno dure unos {stretched} en lugar de {handle}, así que una persona con {n} chats a la vez rinde como {capacity} personas atendiendo de uno en uno.',
      emailNeed:
        'Para responder cada mensaje en {standard} como máximo, contando solo el horario de apertura, necesitas {people} en el correo{rota}. Cada persona resuelve unos {rate} mensajes por hora.',
      emailRota:
        ', y {people} en la planificación de turnos una vez contadas las pausas, la formación y las ausencias',
      neverCatchesUp:
        'Con {people} llega cada día más de lo que se puede resolver, así que la acumulación crece unos {growth} al día y ningún estándar se sostiene.{fastest}',
      growsFastest:
        ' Crece más deprisa a partir de las {hour}, cuando llegan {arrivals} en esa hora y el equipo de {people} resuelve {rate} por hora.',
      neverOutgrows:
        'Con {people} la cola nunca desborda al equipo: la espera más larga es de {wait}{verdict}.{overnight}',
      growsFrom:
        'Con {people} la cola crece a partir de las {hour}, cuando llegan {arrivals} en esa hora y el equipo de {people} resuelve {rate} por hora; la espera más larga es de {wait}{verdict}.{overnight}',
      withinStandard: ', dentro del estándar',
      overStandard: ', más de lo que marca el estándar',
      overnight: ' Lo que llega durante la noche ({n}) ya está esperando a la hora de apertura.',
    },
    /** Polite questions about inputs that are allowed but look like a slip; {volume} is e.g. "600 calls an hour". */
    checks: {
      busy: '{volume} es mucho para un equipo de {team}: requiere {people}. ¿Querías decir al día?',
      busyPerDay:
        '{volume} es mucho para un equipo de {team}: requiere {people}. Revisa el volumen, por favor.',
      quiet:
        '{volume} requiere solo {people}, muchas menos que tu equipo de {team}. Revisa el volumen, por favor.',
      quietPerDay:
        '{volume} requiere solo {people}, muchas menos que tu equipo de {team}. ¿Querías decir por hora?',
      handleVeryShort:
        '{handle} es muy poco tiempo para la conversación más el trabajo posterior: ¿querías decir {n} minutos?',
      handleVeryLong: '{handle} es mucho tiempo para un solo contacto: ¿querías decir {n} segundos?',
      shrinkageHigh:
        'Un {share} del tiempo pagado fuera de la atención es inusualmente alto; la mayoría de los equipos pierde entre el 25 y el 40 %. Revísalo, por favor.',
      busiestHourHigh:
        'Un {share} de todo un día en una sola hora es inusual; la mayoría de los equipos ve entre el 10 y el 15 %. Revísalo, por favor.',
    },
    /** The results on the page: the table of staffing levels, the chart, and email's hour-by-hour table. */
    result: {
      levelsCaption:
        'Qué consigue cada nivel de personal: porcentaje de {contacts} con respuesta en {time} como máximo',
      levelsColumns: {
        people: 'Personas atendiendo',
        within: 'En {time} como máximo',
        wait: 'Espera media',
        waitAtAll: 'Llegan a esperar',
        occupancy: 'Ocupación',
        rota: 'En la planificación',
      },
      queueGrows: 'ninguna: la cola crece',
      waitGrows: 'crece sin fin',
      /** A marked row's note, after its first cell: "12 (what-if)". */
      marked: '({mark})',
      needed: 'necesario',
      whatIf: 'simulación',
      chartTitle: 'Porcentaje con respuesta en {time} como máximo, según las personas atendiendo',
      chartPoint: '{people}: {level}',
      chartPointSeparator: '; ',
      chartDescription: '{points}.{target}',
      chartTarget: ' Objetivo: {level}; se alcanza con {people}.',
      chartAxis: 'personas atendiendo',
      /** The labels above the bar the target takes and the bar of the people you have. */
      chartNeed: 'necesario',
      chartYou: 'tú',
      captionShare:
        'Porcentaje de {contacts} con respuesta en {time} como máximo para cada número de personas atendiendo. ',
      captionTarget: 'La línea discontinua es tu objetivo del {level}. ',
      captionNeed: 'La barra marcada «necesario» ({n}) es el mínimo de personas que cumple tu objetivo{you}.',
      captionYou: '; «tú» ({n}) son las personas que tienes',
      hoursCaption: 'Hora a hora con {people} ({rate} resueltos por hora como máximo){firstDay}',
      firstDay: ', primer día',
      hoursColumns: {
        hour: 'Hora de inicio',
        arriving: 'Llegan',
        cleared: 'Resueltos',
        waiting: 'En espera al final',
        oldest: 'Espera más antigua',
      },
      nothingWaiting: '-',
      growsHere: 'la cola crece',
      moreThanCleared: 'más de lo resuelto',
    },
    /** The page script's own lines around problems and checks (a problem's sentence: src/schemas/staffing-wording.ts). */
    form: {
      /** A check, read out after the result; {label} is the field's label. */
      pleaseCheck: 'Revisa {label}: {message}',
      fix: plural({
        one: 'Corrige esto para ver el resultado:',
        other: 'Corrige estos puntos para ver el resultado:',
      }),
    },

    /** "What our standards take" in a handbook chapter (src/document/staffing-section.ts). */
    handbook: {
      heading: 'Lo que requieren nuestros estándares',
      intro:
        'Estas son las personas que nuestros propios estándares necesitan con los volúmenes que tenemos, calculadas con la aritmética de colas con la que planifican los centros de contacto. «En la planificación» añade un {shrinkage} para pausas, formación, reuniones y ausencias. Cuando hay menos personas en turno, el estándar es una promesa que no podemos cumplir, por mucho que se esfuerce el equipo.',
      columns: [
        'Canal',
        'Nuestro estándar',
        'Volumen',
        'Tiempo de gestión',
        'Atendiendo a la vez',
        'En la planificación',
      ],
      emailStandard: 'cada mensaje en {time} como máximo',
      emailVolume: '{n} al día',
      dayVolume: '{n} al día, {share} en la hora de mayor volumen',
      hourVolume: '{n} por hora',
      intervalVolume: '{n} cada {interval}',
      handleHeld: '{handle}, {n} a la vez',
      /** A table cell for a count of people no team up to the calculators' limit reaches. */
      outOfReachCell: 'más de {n}',
      outOfReach: 'Ningún equipo de hasta {people} cumple {standard} con estos volúmenes.',
      /** One channel's reading under the table; {channel} is the company's own name for it. */
      reading: '{channel}: {reading}',
    },

    /** The page (/tools/staffing/) around the calculator, written at build time. */
    page: {
      description:
        '¿Cuántas personas requiere tu promesa de respuesta? Introduce tus volúmenes, tu tiempo de gestión y tu objetivo, y ve las personas necesarias en turno y en la planificación, con la cola hora a hora.',
      heading: '¿Cuántas personas requiere tu promesa?',
      lede: 'Introduce los volúmenes del lunes pasado y la promesa que haces. Obtienes las personas necesarias en turno y en la planificación, cuánto esperan los clientes con el equipo que tienes y la hora en que la cola empieza a crecer.',
      /** {understaffing} and {standards} are links to those two modes, with their titles. */
      intro:
        'Las llamadas y los chats se calculan con Erlang C, la fórmula de colas con la que planifican los centros de contacto; el correo, con una acumulación simple hora a hora. Todo se calcula en este navegador. Acompaña a {understaffing} y {standards}.',
      noscript:
        'Estás viendo un ejemplo ya calculado. Activa JavaScript en tu navegador para calcular con tus propias cifras.',
      queue: {
        heading: 'Llamadas y chats',
        channel: 'Canal',
        channels: { phone: 'Llamadas', chat: 'Chats' },
        contacts: 'Contactos que llegan',
        per: 'en cada',
        perOptions: { quarterHour: '15 minutos', halfHour: '30 minutos', hour: 'hora', day: 'día' },
        busiest: 'Peso de la hora de mayor volumen en el día (%)',
        busiestPlaceholder: 'p. ej. 12',
        busiestHint: 'qué parte de los contactos de un día llega en su hora de mayor volumen',
        handle: 'Tiempo medio de gestión',
        handleUnit: 'Unidad del tiempo de gestión',
        handleUnits: { s: 'segundos', m: 'minutos' },
        handleHint: 'conversación más trabajo posterior; en chats, un chat atendido solo',
        concurrency: 'Chats a la vez por persona',
        concurrencyHint: 'cuántos chats atiende una persona al mismo tiempo',
        goal: 'Objetivo',
        goals: { level: 'porcentaje en plazo', average: 'espera media' },
        level: 'Porcentaje atendido (%)',
        within: 'Plazo (segundos)',
        shrinkage: 'Tiempo no disponible (%)',
        shrinkageHint: 'pausas, formación, reuniones, ausencias',
        occupancy: 'Ocupación máxima aceptable (%)',
        occupancyPlaceholder: 'sin límite',
        occupancyHint: 'opcional, p. ej. 85',
        agents: 'Personas que tienes en turno',
        agentsHint: 'opcional: ve lo que pueden hacer',
      },
      email: {
        heading: 'Correo y otro trabajo en cola',
        arrivals: 'Mensajes que llegan en cada hora de apertura',
        arrivalsHint: 'un número por hora, desde la hora de apertura, separados por espacios o comas',
        opens: 'Hora de apertura',
        overnight: 'Recibidos durante la noche',
        handle: 'Tiempo de gestión (minutos)',
        standard: 'Estándar: respuesta en un máximo de (horas de apertura)',
        shrinkage: 'Tiempo no disponible (%)',
        people: 'Personas que tienes en el correo',
      },
      /** "How to read it": {people} and {rota} are the table's column names, {day} the volume's "day", in bold or quotes. */
      howToRead: {
        heading: 'Cómo leerlo',
        columns:
          '{people} son las personas que están atendiendo en ese momento. {rota} añade el tiempo no disponible: la parte del tiempo pagado que se va en pausas, formación, reuniones, bajas por enfermedad y vacaciones, normalmente entre el 25 y el 40 %.',
        queues:
          'Las colas no son lineales. Un equipo que sobre el papel tiene el tamaño justo sigue haciendo esperar a los clientes, porque los contactos llegan en oleadas; una persona menos de las necesarias puede costar mucho más que la parte del nivel de servicio que le corresponde. Cuando llega más de lo que el equipo resuelve, la cola crece minuto a minuto hasta que pasa el pico, y por eso fallan las mismas horas todas las semanas.',
        assumptions:
          'Las cifras suponen que los contactos llegan al azar a lo largo del intervalo y que nadie cuelga; las colas reales con llamadas abandonadas se ven algo mejor que esto, y los picos dentro del intervalo, algo peor. Usa los volúmenes de tu intervalo real de más actividad, no la media diaria. Si solo conoces el total de un día, elige «{day}» e indica la parte que llega en la hora de mayor volumen: las cifras serán entonces las de esa hora.',
        chatsTerm: 'Chats a la vez',
        chats:
          '{term}: una persona con dos o tres chats abiertos responde por turnos, así que cada chat dura más que si lo atendiera solo. La calculadora cuenta cada chat que tiene una persona como un puesto en la cola y alarga cada chat un 25 % por cada chat adicional que se atiende a la vez. Indica el tiempo de gestión de un chat atendido solo.',
        slips:
          'Cuando una cifra parece un error (600 llamadas por hora para un equipo de diez, por ejemplo), una nota a su lado te pide que la revises; el resultado se calcula igualmente.',
      },
    },
  },
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
