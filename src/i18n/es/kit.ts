/** Spanish words for the training material a handbook ships with (kits, calendar, worksheets, first 90 days): one part of the dictionary src/i18n/es.ts. */
import { pluralForms } from '../format.ts';
import type { Dictionary } from '../index.ts';

export const kit: Dictionary['kit'] = {
  /** Between the parts of a footer: the company, the playbook, the mode. */
  separator: ' · ',
  kicker: 'Kit de formación · Hoja de facilitación · {category}',
  forMode: 'Para el modo de fallo «{title}»: {summary}',
  facts: { format: 'Formato', length: 'Duración', group: 'Grupo', prep: 'Preparación', cards: 'Tarjetas' },
  minutes: pluralForms({ one: '{n} minuto', other: '{n} minutos' }),
  noCards: 'ninguna',
  cardsOnSheets: '{cards} en {sheets}',
  sheets: pluralForms({ one: '{n} hoja', other: '{n} hojas' }),
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
  fullPages: pluralForms({
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
  cutNote: pluralForms({
    one: '{n} tarjeta, {sheets} de hasta {perSheet}. Recorta por las líneas discontinuas.',
    other: '{n} tarjetas, {sheets} de hasta {perSheet}. Recorta por las líneas discontinuas.',
  }),
  cutSheets: pluralForms({ one: 'una hoja', other: '{n} hojas' }),
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
  sets: pluralForms({ one: '{count} juego', other: '{count} juegos' }),
  copies: pluralForms({ one: '{count} ejemplar', other: '{count} ejemplares' }),
  setsFor: '{sets} {holder}',
  partOfDeck: '{count} de las {size} tarjetas {holder}',
  partOfDeckSets: '{count} de las {size} tarjetas {holder}, {sets}',
};

export const calendar: Dictionary['calendar'] = {
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
  refresherIntro: 'Un breve regreso a la sesión {n}, «{title}», para que lo que se practicó allí se afiance.',
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
};

export const worksheets: Dictionary['worksheets'] = {
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
};

export const firstDays: Dictionary['firstDays'] = {
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
};
