/** Spanish words for the self-assessment, one part of src/i18n/es/assess.ts. The handbook config the assessment writes (its values and comments), and what writing a name into it changed. */
import { pluralForms } from '../../format.ts';
import type { Dictionary } from '../../index.ts';

export const assessConfig: Pick<Dictionary['assess'], 'configText' | 'config'> = {
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
    chapters: pluralForms({
      one: 'Los capítulos de abajo son el modo de fallo con más necesidad según {basis}, de más a menos necesidad.',
      other:
        'Los capítulos de abajo son los {n} modos de fallo con más necesidad según {basis}, de más a menos necesidad.',
    }),
    tieAll: pluralForms({
      one: '{n} modo de fallo con {need} de 100 para {where}; se incluye. Quítalo si no lo quieres.',
      other:
        '{n} modos de fallo empatan con {need} de 100 para {where}; las respuestas no ponen a ninguno por delante de otro, así que se incluyen los {n}. Quita los que no quieras.',
    }),
    tieNoneChosen: pluralForms({
      one: '{n} modo de fallo con {need} de 100 para {where}; no se eligió.',
      other: '{n} modos de fallo empatan con {need} de 100 para {where}; no se eligió ninguno.',
    }),
    /** {n} is how many were chosen, {tied} how many tie. */
    tieChosen: pluralForms({
      one: '{tied} modos de fallo empatan con {need} de 100 para {where}; se eligió {n} de ellos.',
      other: '{tied} modos de fallo empatan con {need} de 100 para {where}; se eligieron {n} de ellos.',
    }),
    lastPlaces: pluralForms({ one: 'el último puesto', other: 'los {n} últimos puestos' }),
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
    priorityWithSigns: pluralForms({
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
