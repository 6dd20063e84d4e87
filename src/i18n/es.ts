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
    hr: 'RR. HH.',
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
      decision: 'Reembolso o abono sin pedir permiso',
      limit: 'Un importe fijo por cliente',
    },
    {
      role: 'Agente de primera línea',
      decision: 'Anular un cargo o enviar un repuesto',
      limit: 'Una vez por pedido',
    },
    { role: 'Líder de equipo', decision: 'Gesto de buena voluntad tras una queja', limit: 'Un importe fijo mayor' },
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
    metricColumns: ['Indicador', 'Objetivo', 'Cómo medirlo'],
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
      '{sessions}{refreshers}, {total} en total{cadence}. Cada sesión realiza el ejercicio de su capítulo; imprime la ficha de ese capítulo para cada participante y pide que lean el capítulo antes.',
    trainingSessions: plural({ one: 'Una sesión', other: '{n} sesiones' }),
    trainingRefreshers: plural({ one: ' y un repaso', other: ' y {n} repasos' }),
    trainingCadence: ', con frecuencia {cadence}',
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
    empowermentSample:
      'Todavía no se han acordado límites, así que esta tabla es un ejemplo para empezar. Conviene acordar límites reales con las personas que van a usarlos y añadirlos después al manual en «Quién puede decidir qué sin pedir permiso».',
    /** {company} is the company's own name, kept apart from the sentence around it. */
    empowermentIntro:
      'Lo que cada rol de {company} puede decidir sin pedir permiso a nadie, y hasta qué límite. Las decisiones tomadas dentro de estos límites no se cuestionan después.',
    empowermentColumns: ['Rol', 'Puede decidir', 'Hasta'],
    sources: 'Fuentes',
    sourcesIntro: 'Los capítulos están redactados con palabras propias de la guía, a partir de estos artículos.',
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
      debrief: ['¿Qué hará primero cada persona, y para cuándo?', '¿Qué nos lo impediría, y quién puede quitar ese obstáculo?'],
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
      '{modes} razones estructurales por las que las empresas fallan en la atención al cliente, en {categories} categorías, cada una con sus señales de alerta, causas raíz, afirmaciones de diagnóstico, acciones, indicadores y un ejercicio de formación. Los datos de empresa muestran valores neutros; el generador de manuales del sitio de la guía los rellena con los tuyos.',
    contents: 'Índice',
    sources: 'Fuentes',
    sourcesIntro: 'La guía está redactada con palabras propias, a partir de estos artículos.',
    subject: 'Las razones estructurales por las que las empresas fallan en la atención al cliente, y qué hacer con cada una',
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
      description: 'Una hoja de facilitación y tarjetas recortables para una sesión de formación sobre {title}.',
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

    /** The handbook guide (/handbook/), around its prose (src/guides/generator.mdx). */
    handbookGuide: {
      title: 'El manual propio de tu empresa',
      exampleSummary: 'Para el equipo de informática: el archivo de configuración del comercio de ejemplo',
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
      lede: 'Rellena el formulario y tu manual va tomando forma a su lado; después imprímelo o descarga los archivos. Todo se queda en este navegador: nada de lo que escribes se envía a ninguna parte, y tu borrador se guarda aquí hasta que empieces de nuevo.',
      /** Shown when JavaScript is off; {modes} is the link `noScriptModes`. */
      noScript:
        'El generador funciona en tu navegador y necesita JavaScript: actívalo para este sitio si quieres usarlo. Las {modes} y sus fichas imprimibles funcionan sin él.',
      noScriptModes: 'páginas de los modos de fallo',
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
      previewPlaceholder: 'Tu manual aparece aquí a medida que rellenas el formulario.',
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
      chaptersHelp:
        'Lo más urgente, primero. Mueve un capítulo con sus botones o arrástralo por su asa.',
      filter: 'Añadir capítulos: filtrar los modos de fallo',
      includePriorities: 'Solo estos capítulos',
      includeAll: 'Añadir todos los demás modos de fallo como anexo breve',
      audiencesLegend: '{label} (deja todo sin marcar para todo el mundo)',
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
      chaptersNone: 'Primero añade capítulos arriba; después cada uno tendrá aquí un espacio para tus palabras.',
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
      dragStays:
        '{title} sigue en la posición {n}: suelta sobre la lista para mover un capítulo.',
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
      openedLogo:
        'Menciona el logotipo «{logo}»: elige ese archivo en {field} para ponerlo en la portada.',
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
      waitingForFixes:
        'La vista previa aparece cuando se corrijan los problemas señalados en el formulario.',
      waitingForFields: 'La vista previa aparece cuando se rellene esto: {fields}.',
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
      fillIn: 'Rellénalo.',
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
        'own.id': 'Escribe unas palabras en minúsculas unidas por guiones, como «nuestra-promesa-de-devoluciones».',
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
      unknownVariable: '{field} usa {written}, que el manual no sabe rellenar. Usa {known}.',
      unknownDirective:
        '{field} usa {written}, que el manual no conoce. Usa {known} o quita los dos puntos.',
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
      ownIdTwice: '{field}: otro de tus capítulos también tiene el nombre corto {id}. Dale a cada uno el suyo.',
      ownIdFormat:
        '{field} solo admite letras minúsculas, cifras y guiones entre palabras, como «nuestra-promesa-de-devoluciones».',
      ownAfterGone:
        '{field}: {title} no es uno de los capítulos de la lista. Elige dónde va este capítulo.',
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
        output: 'Lo que escribe `playbook generate`, y dónde (relativo a la carpeta desde la que se ejecuta).',
        training: 'Fechas del plan de formación y de training-plan.ics: una sesión por capítulo.',
        chapters:
          'Tus propias palabras en los capítulos, por capítulo: una nota al principio, acciones que se quitan (por id),\nacciones propias (owner y with son ids de rol) y un ejemplo propio.',
        own: 'Capítulos escritos por tu empresa, cada uno colocado después del capítulo indicado en "after" (o al final).',
        roles: 'Los cargos de tu empresa para los roles de la guía, por id de rol; un rol que no aparece conserva su nombre.',
      } as Record<string, string>,
    },
  },
  // ──────────────────────────────────────────────────────────────────────────────────────────────
