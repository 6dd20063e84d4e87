/** Spanish words for the handbook builder's problems and notes of the checker as the form says them, apart so each message can be read beside its neighbours; composed in ../builder.ts. */
import type { Dictionary } from '../../index.ts';

/**
 * The checker's problems and notes as the form says them (src/site/builder/form-wording.ts):
 * {field} is a field's label, {title} a chapter's title in quotation marks, {file} an uploaded file's name.
 */
export const problems: Dictionary['builder']['problems'] = {
  /** What to write in a field the form needs and finds empty. */
  whenEmpty: {
    company: 'Escribe el nombre de tu empresa tal como la conocen los clientes.',
    vision: 'Escribe la frase sobre el servicio que todo el mundo pueda repetir.',
    'standards.firstResponse':
      'Indica en cuánto tiempo recibe un cliente la primera respuesta, por ejemplo, «1 hora».',
    'standards.callback':
      'Indica en cuánto tiempo se devuelve una llamada prometida, por ejemplo, «el mismo día hábil».',
    'standards.refundLimit': 'Escribe un importe como «50 €» o deja el campo vacío.',
  } as Record<string, string>,
  /** A chapter named by its place, with its title in quotation marks when it has one. */
  chapter: 'Capítulo {n}',
  chapterTitled: 'Capítulo {n} ({title})',
  /** What a message says in place of a field, a chapter, a date or a file it cannot name. */
  someField: 'Un campo',
  someChapter: 'Un capítulo',
  someDate: 'Una fecha',
  someFile: 'El archivo',
  noChapters: 'Aún no hay capítulos. Añade al menos uno de la lista de abajo.',
  /** {id} is what the chapter was written as, in quotation marks. */
  unknownChapter:
    '{field} ({id}) no está en la guía. Quítalo y añade el capítulo que buscabas de la lista de abajo.',
  unknownChapterMeant:
    '{field} ({id}) no está en la guía. ¿Querías decir {meant}? Quítalo y añade el capítulo que buscabas de la lista de abajo.',
  twice: '{title} está dos veces en la lista, como capítulo {n} y de nuevo aquí. Quita uno de los dos.',
  notAChapter:
    '{field} no es un capítulo de la guía. Quítalo y añade el capítulo que buscabas de la lista de abajo.',
  empty: '{field}: este campo está vacío. {hint}',
  fillIn: 'Complétalo.',
  tooLong: '{field} tiene {length} caracteres; no debe pasar de {max}.',
  invisible:
    '{field} contiene un carácter invisible después de {text}, que suele aparecer al copiar desde otro programa. Borra ese punto y vuelve a escribirlo.',
  accent: 'No se pudo leer el color de acento. Elige uno con el selector de color.',
  notADate: '{field} no es una fecha válida. Elige una en el calendario o deja el campo vacío.',
  /** {field} is the date field's label in quotation marks. */
  locale: 'No se pudo leer el formato de las fechas. Elige uno en {field}.',
  /** {written} is the file's value in quotation marks. */
  language: 'El idioma {written} no está disponible para el manual. Elige uno en {field}.',
  /** {name} is the setting, {meant} the one it may be a misspelling of, each in quotation marks. */
  unknownSetting:
    '{file} tiene un ajuste {name} que esta página no conoce. Corrígelo o quítalo del archivo y vuelve a abrirlo aquí.',
  unknownSettingMeant:
    '{file} tiene un ajuste {name} que esta página no conoce; quizá sea una errata de {meant}. Corrígelo o quítalo del archivo y vuelve a abrirlo aquí.',
  unreadable:
    'No se pudo leer {file}. Elige un archivo de configuración descargado de esta página o revisa esa línea con un editor de texto.',
  unreadableAt:
    'No se pudo leer {file} en la línea {line}. Elige un archivo de configuración descargado de esta página o revisa esa línea con un editor de texto.',
  emptyFile: '{file} está vacío. Elige un archivo de configuración descargado de esta página.',
  notSettings:
    '{file} no contiene una configuración de manual. Elige un archivo de configuración descargado de esta página.',
  /** A checker's message the form has no words of its own for, after the field's label or the file and the field's place in it. */
  other: '{field}: {message}',
  otherInFile: '{file}, {path}: {message}',
  /** Between the parts of a field's place in a file: "standards › others". */
  pathSeparator: ' › ',
  /** An uploaded file's line, after the message. */
  atLine: '{message} (Línea {line} de {file}.)',
  /** {name} is the logo file's name in quotation marks; {kind} and {actual} are image formats, such as PNG. */
  logoNotImage:
    'El logotipo {name} no es una imagen que el manual pueda mostrar. Elige un archivo PNG, JPEG, SVG, WebP o GIF.',
  logoEmpty: 'El archivo del logotipo está vacío. Vuelve a exportar el logotipo y elige el archivo nuevo.',
  logoTooBig:
    'El logotipo ocupa {size}; un logotipo puede ocupar como máximo {max}. Exporta un PNG más pequeño (600 px de ancho es suficiente) o un SVG.',
  logoNoImage:
    'El nombre del archivo del logotipo indica una imagen {kind}, pero no contiene ninguna imagen que el manual reconozca. Vuelve a exportar el logotipo como PNG, JPEG, SVG, WebP o GIF.',
  logoOtherImage:
    'El nombre del archivo del logotipo indica una imagen {kind}, pero contiene datos {actual}. Cámbiale el nombre para que coincida con lo que es y vuelve a elegirlo.',
  logoNotPlain:
    'El logotipo contiene {what}; un logotipo debe ser un dibujo simple. Vuelve a exportarlo como SVG simple o usa un PNG.',
  logoOutside:
    'El archivo indica su logotipo con una ruta fuera de su propia carpeta. Elige el archivo del logotipo en {field}.',
  /** What to write in a field of a play or a chapter of your own that is empty, by the field. */
  whenEmptyOwn: {
    'play.title': 'Indica qué hacer, por ejemplo, «Abrir una segunda caja cuando esperen cinco personas».',
    'play.owner': 'Elige quién lo hace.',
    'play.when': 'Indica cuándo se hace, por ejemplo, «A partir del próximo sábado».',
    'play.steps': 'Escribe al menos un paso, uno por línea.',
    'own.title': 'Ponle un título al capítulo.',
    'own.id':
      'Escribe unas palabras en minúsculas unidas por guiones, como «nuestra-promesa-de-devoluciones».',
    'own.body': 'Escribe el texto del capítulo.',
  } as Record<string, string>,
  /** Markdown the handbook will not print; {field} is the text box's label. */
  markdownLink:
    '{field} tiene un enlace a una dirección que no empieza por https:, http: ni mailto:. Cambia la dirección o quita el enlace.',
  markdownImage:
    '{field} tiene una imagen, y las imágenes no pueden ir en el texto del manual. Quítala (el logotipo va en {logo}).',
  markdownHtml:
    '{field} tiene etiquetas HTML (como <b>), que no se imprimen. Escríbelo en Markdown: **negrita**, listas, tablas.',
  /** {written} is what was written, {known} a list of what works, each in quotation marks. */
  unknownVariable: '{field} usa {written}, que el manual no sabe completar. Usa {known}.',
  unknownDirective: '{field} usa {written}, que el manual no conoce. Usa {known} o quita los dos puntos.',
  /** The line within a text box, after the message. */
  textLine: '{message} (Línea {line} del texto.)',
  /** {id} is a role's id in quotation marks; {meant} the role it may be a misspelling of. */
  unknownRole: '{field} no es uno de los roles de la guía. Elige uno de la lista.',
  unknownRoleTitle:
    '{file} da un cargo a {id}, que no es uno de los roles de la guía. Aquí se omite: escribe el cargo junto al rol que buscabas.',
  unknownRoleTitleMeant:
    '{file} da un cargo a {id}, que no es uno de los roles de la guía (¿quizá {meant}?). Aquí se omite: escribe el cargo junto al rol que buscabas.',
  wordsNotInChapters:
    '{file} tiene textos para {title}, que no es uno de sus capítulos. Se conservan aquí: añade el capítulo a la lista para imprimirlos.',
  /** {id} is the play's id in the file, in quotation marks. */
  noSuchPlay:
    '{file} quita una acción {id} que {title} no tiene. Aquí se ignora: marca las acciones que se quitan debajo del capítulo.',
  noSuchPlayUnnamed:
    '{file} quita una acción que {title} no tiene. Aquí se ignora: marca las acciones que se quitan debajo del capítulo.',
  /** {id} is the short name typed, {suggestion} one that is free; both in quotation marks. */
  ownIdTaken: '{field}: {id} ya es el nombre corto de un capítulo de la guía. Usa otro, como {suggestion}.',
  ownIdTwice: '{field}: otro de tus capítulos también tiene el nombre corto {id}. Dale a cada uno el suyo.',
  ownIdFormat:
    '{field} solo admite letras minúsculas, cifras y guiones entre palabras, como «nuestra-promesa-de-devoluciones».',
  ownAfterGone: '{field}: {title} no es uno de los capítulos de la lista. Elige dónde va este capítulo.',
  ownAfterUnknown: '{field} indica un capítulo que no está en la lista. Elige dónde va este capítulo.',
  /** {text} is the text box's label in quotation marks. */
  ownBodyOrFile:
    '{file} debe dar a {field} o bien su texto o bien un archivo con su texto, no las dos cosas ni ninguna. Aquí, escribe o pega el texto en {text}.',
  /** Notes: {chapters} is a list of chapters' titles; {amount} what the handbook says in place of a limit, in quotation marks. */
  noRefundLimit:
    'Sin límite de reembolso, el texto de {chapters} dirá {amount}. Escribe uno aquí si tu equipo lo tiene, por ejemplo, «50 €».',
  noEmpowerment:
    'Sin filas aquí, en {chapters} aparecerá una tabla de ejemplo. Añade una fila por cada rol con lo que puede decidir sin pedir permiso.',
  /** {readers} is a list of audiences. */
  otherReaders:
    '{title} está pensado para {readers}, no para los lectores que elegiste; se mantiene porque lo elegiste.',
};
