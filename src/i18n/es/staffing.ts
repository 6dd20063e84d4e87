/** Spanish words for the staffing calculator and its readings: one part of the dictionary src/i18n/es.ts. */
import { pluralForms } from '../format.ts';
import type { Dictionary } from '../index.ts';

export const staffing: Dictionary['staffing'] = {
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
    seconds: pluralForms({ one: '{n} segundo', other: '{n} segundos' }),
    minutes: pluralForms({ one: '{n} minuto', other: '{n} minutos' }),
    hours: pluralForms({ one: '{n} hora', other: '{n} horas' }),
    /** A duration in two units, the larger first: "2 minutes 3 seconds", "1 hour 30 minutes". */
    twoUnits: '{larger} y {smaller}',
    people: pluralForms({ one: '{n} persona', other: '{n} personas' }),
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
      perHour: pluralForms({ one: '{n} llamada por hora', other: '{n} llamadas por hora' }),
      perDay: pluralForms({ one: '{n} llamada al día', other: '{n} llamadas al día' }),
      perInterval: pluralForms({ one: '{n} llamada cada {interval}', other: '{n} llamadas cada {interval}' }),
    },
    chat: {
      contacts: 'los chats',
      working: 'atendiendo chats',
      waiting: 'los clientes',
      perHour: pluralForms({ one: '{n} chat por hora', other: '{n} chats por hora' }),
      perDay: pluralForms({ one: '{n} chat al día', other: '{n} chats al día' }),
      perInterval: pluralForms({ one: '{n} chat cada {interval}', other: '{n} chats cada {interval}' }),
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
    fix: pluralForms({
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
};
