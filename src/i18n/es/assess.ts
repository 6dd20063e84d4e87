/** Spanish words for the self-assessment (/assess/) and its team report: one part of the dictionary src/i18n/es.ts. */
import type { Plural } from '../format.ts';
import type { Dictionary } from '../index.ts';

const plural = (forms: Plural): Plural => forms;

export const assess: Dictionary['assess'] = {
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
    noCodeFound: 'no se encontró ningún código de respuestas en el texto; los códigos empiezan por {prefix}',
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
    refundLimit: '50 €',
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
};
