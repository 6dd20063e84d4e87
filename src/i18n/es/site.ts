/** Spanish words for the site's pages: one part of the dictionary src/i18n/es.ts. */
import { pluralForms } from '../format.ts';
import type { Dictionary } from '../index.ts';

export const site: Dictionary['site'] = {
  /** The title of every page but the home page: the page's own title, then the site's name. */
  pageTitle: '{title} · {site}',
  skipLink: 'Saltar al contenido',
  languages: { label: 'Idioma' },
  untranslated: 'Esta parte aún no está traducida al español, así que se muestra en inglés.',
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
    lede: pluralForms({
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
    lede: pluralForms({
      one: 'Una forma en que el servicio se rompe, con señales de alerta, acciones y un ejercicio de formación.',
      other:
        '{n} formas en que el servicio se rompe, cada una con señales de alerta, acciones y un ejercicio de formación.',
    }),
    categoryLegend: 'Categoría',
    audienceLegend: 'Público',
    /** The status line under the filters; {n} is how many modes there are in all, {shown} how many the filters show. */
    showingAll: pluralForms({
      one: 'Se muestra el único modo de fallo.',
      other: 'Se muestran los {n} modos de fallo.',
    }),
    showingSome: pluralForms({
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
    inEnglish: 'Las páginas aún no están traducidas a este idioma, así que búscalas con palabras en inglés.',
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
      partial: pluralForms({
        one: 'Ninguna página contiene todas las palabras de «{query}»; {n} página contiene algunas, primero la más cercana.',
        other:
          'Ninguna página contiene todas las palabras de «{query}»; {n} páginas contienen algunas, primero las más cercanas.',
      }),
      partialIn: pluralForms({
        one: 'Ninguna página contiene todas las palabras de «{query}» en {category}; {n} página contiene algunas, primero la más cercana.',
        other:
          'Ninguna página contiene todas las palabras de «{query}» en {category}; {n} páginas contienen algunas, primero las más cercanas.',
      }),
      found: pluralForms({
        one: '{n} página coincide con «{query}».',
        other: '{n} páginas coinciden con «{query}».',
      }),
      foundIn: pluralForms({
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
};
