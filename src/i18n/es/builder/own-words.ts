/** Spanish words for the handbook builder's editor of a company's own words in a chapter, the longest panel, so it has a file of its own; composed in ../builder.ts. */
import type { Dictionary } from '../../index.ts';

/**
 * The company's own words: what it calls each role, its words in each chosen chapter (a note,
 * plays left out, plays and an example of its own), and chapters it writes itself. {n} is a
 * chapter's number in the list, {p} a play's number within its chapter.
 */
export const ownWords: Dictionary['builder']['ownWords'] = {
  rolesLegend: 'Cómo se llama cada rol en tu empresa (opcional)',
  rolesHelp:
    'Las acciones indican quién las hace mediante estos roles. Escribe el cargo que se usa en tu empresa para un rol y el manual lo usará en todas partes; déjalo vacío para mantener el nombre que se muestra.',
  /** The list of roles, folded away until opened; {n} is how many there are. */
  rolesShow: 'Los cargos de tu empresa para los {n} roles',
  /** {role} is the role's name in the playbook. */
  roleTitle: 'Cargo en tu empresa para {role}',
  /** Who usually fills the role, by the size of the company. */
  roleUsually: 'Empresa pequeña: {small}. Mediana: {mid}. Grande: {large}.',

  chaptersLegend: 'Tus palabras en cada capítulo (opcional)',
  chaptersHelp:
    'Abre un capítulo para añadir una nota al principio, quitar acciones que tu empresa no va a aplicar, añadir acciones propias o poner un ejemplo propio.',
  chaptersNone: 'Primero añade capítulos arriba; después cada uno tendrá aquí un espacio para tus palabras.',
  /** A chapter's fold: its number and title, and whether it has words of yours yet. */
  chapterSummary: '{n}. {title}',
  chapterSummaryWithWords: '{n}. {title} (con tus palabras)',
  /** A field in a chapter's fold, named with the chapter's number: "Note at the top (chapter 2)". */
  inChapter: '{label} (capítulo {n})',
  /** A field of a play of your own: "When (chapter 2, your play 1)". */
  inPlay: '{label} (capítulo {n}, acción propia {p})',
  note: 'Nota al principio',
  noteHint:
    'Se imprime al principio del capítulo, en un recuadro encabezado con el nombre de tu empresa. Admite Markdown: **negrita**, *cursiva*, listas y enlaces.',
  skip: 'Acciones que se quitan',
  skipHint:
    'Marca una acción que tu empresa no va a aplicar: desaparece del capítulo, de su ficha y de «Quién hace qué».',
  /** A play to leave out: its title and who owns it. */
  skipPlay: '{title} ({owner})',
  plays: 'Acciones propias',
  /** One play of your own, as its group, its problems and the status line name it. */
  play: 'Acción propia {p} del capítulo {n}',
  playTitle: 'Qué hacer',
  playOwner: 'Quién lo hace',
  playWith: 'Con quién',
  playWhen: 'Cuándo',
  playSteps: 'Pasos, uno por línea',
  chooseRole: 'Elige un rol',
  nobody: 'Nadie más',
  /** A role in a list of roles, by the company's title with the playbook's name after it. */
  roleAs: '{title} ({role})',
  /** A role id the playbook does not have, as a list shows it. */
  notARole: '{id} (no es un rol de la guía)',
  addPlay: 'Añadir una acción propia',
  removePlay: 'Quitar la acción propia {p}',
  playRemoved: 'Acción propia {p} quitada del capítulo {n}.',
  undoPlay: 'Deshacer: volver a poner la acción propia {p} en el capítulo {n}',
  playBack: 'La acción propia {p} vuelve a estar en el capítulo {n}.',
  example: 'Ejemplo propio',
  exampleHint:
    'Sustituye al ejemplo del capítulo, con el encabezado «Un ejemplo de» y el nombre de tu empresa. Aquí también se puede usar Markdown.',

  ownLegend: 'Capítulos propios (opcional)',
  ownHelp:
    'Escribe un capítulo propio, por ejemplo, tu promesa sobre devoluciones o a quién llamar cuando algo sale mal, y colócalo entre los demás.',
  /** One chapter of your own, as its group, its problems and the status line name it. */
  own: 'Capítulo propio {n}',
  /** A field of a chapter of your own: "Title (your chapter 1)". */
  inOwn: '{label} (capítulo propio {n})',
  ownTitle: 'Título',
  ownId: 'Nombre corto',
  ownIdHint:
    'Se usa en los enlaces dentro del manual: palabras en minúsculas unidas por guiones. Sigue al título hasta que lo cambies.',
  ownAfter: 'Va después de',
  atTheEnd: 'Al final, después del último capítulo',
  afterChapter: 'Capítulo {n}: {title}',
  /** A chapter an own chapter was placed after that is no longer in the list. */
  afterGone: '{title} (ya no está en la lista)',
  ownBody: 'Texto',
  ownBodyHint:
    'En Markdown: ## delante de un título, **negrita**, un guion delante de cada elemento de una lista, y enlaces. La vista previa lo muestra mientras escribes.',
  /** {file} is the file's name in quotation marks. */
  ownFile:
    'El archivo que abriste guarda el texto de este capítulo en {file}, que esta página no puede abrir. Pega el texto aquí.',
  addOwn: 'Añadir un capítulo propio',
  /** {name} is the chapter's title in quotation marks, or "Your chapter {n}" while it has none. */
  moveUp: 'Subir {name}',
  moveDown: 'Bajar {name}',
  remove: 'Quitar {name}',
  moved: '{name}: ahora en la posición {n} de {total}.',
  alreadyFirst: '{name} ya está en primer lugar.',
  alreadyLast: '{name} ya está en último lugar.',
  removed: 'Se quitó {name}.',
  undoRemove: 'Deshacer: volver a poner {name}',
  back: '{name} ha vuelto.',
  added: 'Se añadió el capítulo propio {n}: ponle un título y su texto.',
  /** Said when the part of the page that reads Markdown could not be fetched. */
  parserFailed:
    'No se cargó la parte de esta página que lee tus propios textos (notas, ejemplos, capítulos). Comprueba la conexión y vuelve a cargar la página; tu borrador se conserva.',
};
