/** Spanish words for the self-assessment, one part of src/i18n/es/assess.ts. One person's results after the scan: the summary sentences, the ties and the chart. */
import { pluralForms } from '../../format.ts';
import type { Dictionary } from '../../index.ts';

export const assessResults: Pick<Dictionary['assess'], 'results' | 'ties' | 'chart'> = {
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
    signsOnly: pluralForms({
      one: 'Hay señales de alerta marcadas en {modes}, pero ninguna de sus afirmaciones está puntuada, así que aún no tiene puntuación: puntúa al menos una afirmación.',
      other:
        'Hay señales de alerta marcadas en {modes}, pero ninguna de sus afirmaciones está puntuada, así que aún no tienen puntuación: puntúa al menos una afirmación.',
    }),
    ratedQuick: 'Afirmaciones puntuadas: {answered} de {questions}, las de la revisión rápida.',
    ratedDeep:
      'Afirmaciones puntuadas: {answered} de {questions}, con un análisis a fondo de cada modo puntuado.',
    ratedMixed: pluralForms({
      one: 'Afirmaciones puntuadas: {answered} de {questions}, las de la revisión rápida y las de un análisis a fondo de {n} modo de fallo.',
      other:
        'Afirmaciones puntuadas: {answered} de {questions}, las de la revisión rápida y las de un análisis a fondo de {n} modos de fallo.',
    }),
    average: 'En todo lo puntuado, la necesidad media es de {need} de 100: {reading}.',
    /** {mode} links to the failure mode. */
    startWith: 'Empieza por {mode} ({need} de 100): es donde tus respuestas muestran más necesidad.',
    /** A tie at the top, and a tie right after the one mode at the top; {modes} links to each. */
    topTie: pluralForms({
      one: 'La mayor necesidad en tus respuestas: {n} modo de fallo con {need} de 100.',
      other: 'La mayor necesidad en tus respuestas: {n} modos de fallo empatan con {need} de 100.',
    }),
    topTieNamed: pluralForms({
      one: 'La mayor necesidad en tus respuestas: {n} modo de fallo con {need} de 100: {modes}.',
      other: 'La mayor necesidad en tus respuestas: {n} modos de fallo empatan con {need} de 100: {modes}.',
    }),
    nextTie: pluralForms({
      one: 'Después, {n} modo de fallo con {need} de 100.',
      other: 'Después, {n} modos de fallo empatan con {need} de 100.',
    }),
    nextTieNamed: pluralForms({
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
    byCategory: pluralForms({
      one: 'Por categorías, {most} necesita la mayor atención, y {least}, la menor.',
      other: 'Por categorías, {most} necesitan la mayor atención, y {least}, la menor.',
    }),
    categoriesAt: '{n} categorías ({need} de 100)',
    rankingItem: 'Necesidad {need} de 100, {reading}. Método: {depth}.',
    rankingItemTied: pluralForms({
      one: 'Necesidad {need} de 100, {reading}, empatado con otro modo de fallo. Método: {depth}.',
      other: 'Necesidad {need} de 100, {reading}, empatado con otros {n} modos de fallo. Método: {depth}.',
    }),
    /** The offer to go deeper on the chapters scored from one statement; {items} statements and signs, {minutes} to answer them. */
    goDeeper: pluralForms({
      one: 'Un modo de fallo de la parte alta de tus resultados sale de una sola afirmación: {modes}. Profundiza en él ({items} afirmaciones y señales de alerta más, unos {minutes} minutos) para afianzar su puntuación antes de actuar; un análisis a fondo que confirma un problema lo mantiene donde está.',
      other:
        '{n} modos de fallo de la parte alta de tus resultados salen de una sola afirmación cada uno: {modes}. Profundiza en ellos ({items} afirmaciones y señales de alerta más, unos {minutes} minutos) para afianzar sus puntuaciones antes de actuar; un análisis a fondo que confirma un problema lo mantiene donde está.',
    }),
    goDeeperUnnamed: pluralForms({
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
    chapters: pluralForms({ one: '{n} capítulo', other: '{n} capítulos' }),
    /** Where the tie falls: all the handbook's places, or its last ones. */
    places: pluralForms({ one: 'el único puesto', other: 'los {n} puestos' }),
    lastPlaces: pluralForms({ one: 'el último puesto', other: 'los {n} últimos puestos' }),
    above: pluralForms({
      one: 'el modo de fallo que está por encima',
      other: 'los {n} que están por encima',
    }),
    legend: pluralForms({
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
};
