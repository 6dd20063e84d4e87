/** Spanish words for a failure mode's and a metric's documents and the staff pulse survey: one part of the dictionary src/i18n/es.ts. */
import { pluralForms } from '../format.ts';
import type { Dictionary } from '../index.ts';

export const mode: Dictionary['mode'] = {
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
  playWorksheets: pluralForms({ one: 'Hoja de trabajo', other: 'Hojas de trabajo' }),
};

export const metric: Dictionary['metric'] = {
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
};

export const pulse: Dictionary['pulse'] = {
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
};
