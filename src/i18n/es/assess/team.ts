/** Spanish words for the self-assessment, one part of src/i18n/es/assess.ts. The team view: adding people's answer codes, and the headline of where leadership and the front line disagree. */
import { pluralForms } from '../../format.ts';
import type { Dictionary } from '../../index.ts';

export const assessTeam: Pick<Dictionary['assess'], 'team' | 'gap'> = {
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
    addedPeople: pluralForms({
      one: 'Se añadieron las respuestas de {n} persona.',
      other: 'Se añadieron las respuestas de {n} personas.',
    }),
    fileTooLarge: '{file}: ocupa {size} KB; los archivos de respuestas ocupan como máximo {max} KB',
    fileProblem: '{file}: {message}',
    fileFieldProblem: '{file}, {field}: {message}',
    filesRefused: pluralForms({
      one: 'Un archivo tiene un problema, así que no se añadió nada:',
      other: 'Algunos archivos tienen problemas, así que no se añadió nada:',
    }),
    addedFiles: pluralForms({ one: 'Se añadió {n} archivo.', other: 'Se añadieron {n} archivos.' }),
    noAnswers: 'Aún no hay respuestas.',
    combined: pluralForms({
      one: 'Respuestas combinadas de {n} persona.',
      other: 'Respuestas combinadas de {n} personas.',
    }),
    removed: 'Se quitaron todas las respuestas del equipo.',
    tieWhy:
      'Las respuestas del equipo no ponen a ninguno por delante de otro, así que elige por cuáles empezar, o pide a las personas que profundicen en ellos y vuelvan a enviar sus códigos para diferenciarlos.',
    basis: pluralForms({
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
    tooFew: pluralForms({
      one: 'Por ahora hay respuestas de una persona: los resultados del equipo se muestran a partir de {min} personas, para que no se puedan leer las respuestas de nadie por separado',
      other:
        'Por ahora hay respuestas de {n} personas: los resultados del equipo se muestran a partir de {min} personas, para que no se puedan leer las respuestas de nadie por separado',
    }),
    merged: 'La dirección y la primera línea se muestran juntas porque {why}',
    mergedWhy: 'solo respondieron {groups}',
    /** A group too small to show apart, with how many people are in it. */
    groupCounts: {
      leadership: pluralForms({ one: '{n} persona de la dirección', other: '{n} personas de la dirección' }),
      frontline: pluralForms({ one: '{n} persona de primera línea', other: '{n} personas de primera línea' }),
      other: pluralForms({ one: '{n} persona con el rol «Otro»', other: '{n} personas con el rol «Otro»' }),
    },
    mergedDetail:
      'Un grupo se muestra por separado solo a partir de {min} personas, para que sus cifras no permitan deducir las respuestas de nadie; las respuestas de todo el mundo cuentan en las cifras del equipo de abajo.',
    noFrontline:
      'Aún no hay respuestas de primera línea, así que no se puede comparar la dirección con la primera línea',
    noLeadership:
      'Aún no hay respuestas de la dirección ni de mandos intermedios, así que no se puede comparar la dirección con la primera línea',
    noOverlap:
      'La dirección y la primera línea puntuaron modos de fallo distintos, así que aún no se pueden comparar',
    apart: pluralForms({
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
};
