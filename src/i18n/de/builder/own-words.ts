/** German words for the handbook builder's editor of a company's own words in a chapter, the longest panel, so it has a file of its own; composed in ../builder.ts. */
import type { Dictionary } from '../../index.ts';

/**
 * The company's own words: what it calls each role, its words in each chosen chapter (a note,
 * plays left out, plays and an example of its own), and chapters it writes itself. {n} is a
 * chapter's number in the list, {p} a play's number within its chapter.
 */
export const ownWords: Dictionary['builder']['ownWords'] = {
  rolesLegend: 'Ihre Bezeichnungen für die Rollen (optional)',
  rolesHelp:
    'Die Maßnahmen nennen über diese Rollen, wer sie umsetzt. Tragen Sie Ihre eigene Bezeichnung für eine Rolle ein, dann verwendet das Handbuch sie überall; lassen Sie das Feld leer, bleibt der angezeigte Name.',
  /** The list of roles, folded away until opened; {n} is how many there are. */
  rolesShow: 'Ihre Bezeichnungen für die {n} Rollen',
  /** {role} is the role's name in the playbook. */
  roleTitle: 'Ihre Bezeichnung für {role}',
  /** Who usually fills the role, by the size of the company. */
  roleUsually: 'Kleines Unternehmen: {small}. Mittelgroß: {mid}. Groß: {large}.',

  chaptersLegend: 'Ihre Worte in jedem Kapitel (optional)',
  chaptersHelp:
    'Öffnen Sie ein Kapitel, um oben einen Hinweis einzufügen, Maßnahmen wegzulassen, die Ihr Unternehmen nicht umsetzt, eigene Maßnahmen hinzuzufügen oder ein eigenes Beispiel einzusetzen.',
  chaptersNone: 'Fügen Sie zuerst oben Kapitel hinzu; jedes bekommt dann hier einen Platz für Ihre Worte.',
  /** A chapter's fold: its number and title, and whether it has words of yours yet. */
  chapterSummary: '{n}. {title}',
  chapterSummaryWithWords: '{n}. {title} (mit Ihren Worten)',
  /** A field in a chapter's fold, named with the chapter's number: "Note at the top (chapter 2)". */
  inChapter: '{label} (Kapitel {n})',
  /** A field of a play of your own: "When (chapter 2, your play 1)". */
  inPlay: '{label} (Kapitel {n}, Ihre Maßnahme {p})',
  note: 'Hinweis oben im Kapitel',
  noteHint:
    'Wird oben im Kapitel gedruckt, in einem Kasten mit dem Namen Ihres Unternehmens als Überschrift. Markdown funktioniert: **fett**, *kursiv*, Listen und Links.',
  skip: 'Wegzulassende Maßnahmen',
  skipHint:
    'Kreuzen Sie eine Maßnahme an, die Ihr Unternehmen nicht umsetzt: Sie verschwindet aus dem Kapitel, seinem Handout und „Wer macht was“.',
  /** A play to leave out: its title and who owns it. */
  skipPlay: '{title} ({owner})',
  plays: 'Eigene Maßnahmen',
  /** One play of your own, as its group, its problems and the status line name it. */
  play: 'Ihre Maßnahme {p} in Kapitel {n}',
  playTitle: 'Was zu tun ist',
  playOwner: 'Wer es tut',
  playWith: 'Gemeinsam mit',
  playWhen: 'Wann',
  playSteps: 'Schritte, einer pro Zeile',
  chooseRole: 'Rolle wählen',
  nobody: 'Niemand sonst',
  /** A role in a list of roles, by the company's title with the playbook's name after it. */
  roleAs: '{title} ({role})',
  /** A role id the playbook does not have, as a list shows it. */
  notARole: '{id} (keine Rolle im Playbook)',
  addPlay: 'Eigene Maßnahme hinzufügen',
  removePlay: 'Ihre Maßnahme {p} entfernen',
  playRemoved: 'Ihre Maßnahme {p} aus Kapitel {n} entfernt.',
  undoPlay: 'Rückgängig: Ihre Maßnahme {p} wieder in Kapitel {n} einfügen',
  playBack: 'Ihre Maßnahme {p} ist wieder in Kapitel {n}.',
  example: 'Ihr eigenes Beispiel',
  exampleHint:
    'Ersetzt das Beispiel des Kapitels, mit der Überschrift „Ein Beispiel von“ und dem Namen Ihres Unternehmens. Markdown funktioniert auch hier.',

  ownLegend: 'Eigene Kapitel (optional)',
  ownHelp:
    'Schreiben Sie ein eigenes Kapitel, etwa Ihr Rückgabeversprechen oder wen man anruft, wenn etwas schiefgeht, und ordnen Sie es zwischen den anderen ein.',
  /** One chapter of your own, as its group, its problems and the status line name it. */
  own: 'Ihr Kapitel {n}',
  /** A field of a chapter of your own: "Title (your chapter 1)". */
  inOwn: '{label} (Ihr Kapitel {n})',
  ownTitle: 'Titel',
  ownId: 'Kurzname',
  ownIdHint:
    'Wird für Links innerhalb des Handbuchs verwendet: Wörter in Kleinbuchstaben, mit Bindestrichen verbunden. Er folgt dem Titel, bis Sie ihn ändern.',
  ownAfter: 'Steht nach',
  atTheEnd: 'Am Ende, nach dem letzten Kapitel',
  afterChapter: 'Kapitel {n}: {title}',
  /** A chapter an own chapter was placed after that is no longer in the list. */
  afterGone: '{title} (nicht mehr in der Liste)',
  ownBody: 'Kapiteltext',
  ownBodyHint:
    'In Markdown: ## vor einer Überschrift, **fett**, ein Bindestrich vor jedem Listenpunkt, und Links. Die Vorschau zeigt den Text, während Sie tippen.',
  /** {file} is the file's name in quotation marks. */
  ownFile:
    'Die geöffnete Datei verweist für den Text dieses Kapitels auf {file}, die diese Seite nicht öffnen kann. Fügen Sie den Text hier ein.',
  addOwn: 'Eigenes Kapitel hinzufügen',
  /** {name} is the chapter's title in quotation marks, or "Your chapter {n}" while it has none. */
  moveUp: '{name} nach oben verschieben',
  moveDown: '{name} nach unten verschieben',
  remove: '{name} entfernen',
  moved: '{name} an Position {n} von {total} verschoben.',
  alreadyFirst: '{name} steht bereits an erster Stelle.',
  alreadyLast: '{name} steht bereits an letzter Stelle.',
  removed: '{name} entfernt.',
  undoRemove: 'Rückgängig: {name} wiederherstellen',
  back: '{name} ist wieder da.',
  added: 'Ihr Kapitel {n} wurde hinzugefügt: Geben Sie ihm einen Titel und einen Text.',
  /** Said when the part of the page that reads Markdown could not be fetched. */
  parserFailed:
    'Der Teil dieser Seite, der Ihre eigenen Texte (Hinweise, Beispiele, Kapitel) verarbeitet, wurde nicht geladen. Prüfen Sie die Verbindung und laden Sie die Seite neu; Ihr Entwurf bleibt erhalten.',
};
