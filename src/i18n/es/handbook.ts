/** Spanish words for the front and back matter of a handbook and of the whole playbook in print: one part of the dictionary src/i18n/es.ts. */
import { pluralForms } from '../format.ts';
import type { Dictionary } from '../index.ts';

export const handbook: Dictionary['handbook'] = {
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
  howToUseChapters: pluralForms({ one: 'un capítulo', other: '{n} capítulos' }),
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
  trainingSessions: pluralForms({ one: 'Una sesión', other: '{n} sesiones' }),
  trainingRefreshers: pluralForms({ one: ' y un repaso', other: ' y {n} repasos' }),
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
  playsInChapter: pluralForms({ one: '{chapter} (una acción)', other: '{chapter} ({n} acciones)' }),
  /** The audiences, as a list in lower case. */
  forAudiences: 'Para {list}',
};

export const playbook: Dictionary['playbook'] = {
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
};
