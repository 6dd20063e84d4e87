/** Spanish words for the self-assessment, one part of src/i18n/es/assess.ts. The page's own markup, rendered at build time; apart because the page's scripts never need it. */
import { pluralForms } from '../../format.ts';
import type { Dictionary } from '../../index.ts';

export const assessPage: Pick<Dictionary['assess'], 'page'> = {
  /** The page's own markup (/assess/), rendered at build time; the page's scripts never need these. */
  page: {
    title: 'Autoevaluación',
    description:
      'Una revisión rápida de cinco minutos de tu servicio, con una afirmación por modo de fallo; profundiza donde importa y compara las opiniones de un equipo sin nombres.',
    heading: '¿Es tu servicio tan bueno como crees?',
    lede: pluralForms({
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
};
