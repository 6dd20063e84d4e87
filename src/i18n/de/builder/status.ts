/** German words for the handbook builder's status lines as a handbook is started, edited and previewed, together so those sentences read alike; composed in ../builder.ts. */
import { pluralForms } from '../../format.ts';
import type { Dictionary } from '../../index.ts';

/** Starting again: from an example, a blank form, a saved file, last time's draft or the self-assessment. */
export const start: Dictionary['builder']['start'] = {
  replace: 'Meinen Entwurf ersetzen',
  keep: 'Meinen Entwurf behalten',
  merge: 'Zusammenführen: neue Kapitel zu meinen hinzufügen',
  unchanged: 'Ihr Entwurf ist unverändert.',
  replaceWithExample:
    'Ihren Entwurf durch das Beispiel ersetzen? Sie können das direkt danach rückgängig machen.',
  replaceWithBlank:
    'Ihren Entwurf durch ein leeres Formular ersetzen? Sie können das direkt danach rückgängig machen.',
  startedBlank: 'Mit einem leeren Formular begonnen.',
  startOverQuestion:
    'Mit einem leeren Formular neu beginnen? Sie können das direkt danach rückgängig machen.',
  startedOver: 'Mit einem leeren Formular neu begonnen.',
  undo: 'Rückgängig: den bisherigen Entwurf zurückholen',
  draftBack: 'Ihr Entwurf ist wieder so, wie er war.',
  /** {size} is in KB. */
  fileTooBig:
    '{file} ist {size} KB groß; eine Einstellungsdatei von dieser Seite hat nur wenige KB. Wählen Sie die Datei, die Sie hier heruntergeladen haben.',
  replaceWithFile: 'Ihren Entwurf durch {file} ersetzen? Sie können das direkt danach rückgängig machen.',
  fileUnreadable:
    '{file} konnte nicht gelesen werden, Ihr Entwurf ist daher unverändert. Was an der Datei nicht stimmt, steht über dem Formular.',
  opened: '{file} geöffnet.',
  openedWithProblems: pluralForms({
    one: '{file} geöffnet: Die Datei hat {n} Problem, es ist im Formular markiert.',
    other: '{file} geöffnet: Die Datei hat {n} Probleme, sie sind im Formular markiert.',
  }),
  /** Said after `opened` when the file names a logo; {field} is the logo field's label. */
  openedLogo:
    'Die Datei nennt das Logo „{logo}“: Wählen Sie diese Logodatei unter {field}, damit es auf das Titelblatt kommt.',
  /** Two sentences said one after the other. */
  sentences: '{first} {second}',
  draftUnreadable:
    'Ein in diesem Browser gespeicherter Entwurf konnte nicht gelesen werden, daher beginnt das Formular leer. Der alte Entwurf ist nicht gelöscht, sondern bleibt im Speicher dieser Website unter dem Namen „{key}“ erhalten.',
  /** {startOver} is the Start over button's label in quotation marks. */
  draftRestored: 'Ihr Entwurf vom letzten Mal ist wieder da. {startOver} am Ende löscht ihn.',
  handOverTaken: pluralForms({
    one: '{n} Priorität aus Ihrer Selbsteinschätzung übernommen, nach Rang geordnet. Prüfen Sie die Kapitel unten; drei bis sechs ergeben ein gutes Handbuch.',
    other:
      '{n} Prioritäten aus Ihrer Selbsteinschätzung übernommen, nach Rang geordnet. Prüfen Sie die Kapitel unten; drei bis sechs ergeben ein gutes Handbuch.',
  }),
  handOverTakenWithCompany: pluralForms({
    one: '{n} Priorität und den Namen des Unternehmens aus Ihrer Selbsteinschätzung übernommen, nach Rang geordnet. Prüfen Sie die Kapitel unten; drei bis sechs ergeben ein gutes Handbuch.',
    other:
      '{n} Prioritäten und den Namen des Unternehmens aus Ihrer Selbsteinschätzung übernommen, nach Rang geordnet. Prüfen Sie die Kapitel unten; drei bis sechs ergeben ein gutes Handbuch.',
  }),
  handOverMerged: pluralForms({
    one: '{n} Kapitel aus Ihrer Selbsteinschätzung nach Ihren eigenen eingefügt; Ihre eigene Reihenfolge und der Name des Unternehmens bleiben erhalten.',
    other:
      '{n} Kapitel aus Ihrer Selbsteinschätzung nach Ihren eigenen eingefügt; Ihre eigene Reihenfolge und der Name des Unternehmens bleiben erhalten.',
  }),
  /** The question when a hand-over would overwrite a draft: what it brings, what the draft has, and the question. */
  handOverQuestion: '{brings} {draft} Was soll mit Ihrem Entwurf geschehen?',
  /** {chapters} is the list of the chapters' titles in quotation marks. */
  handOverBrings: pluralForms({
    one: 'Die Selbsteinschätzung bringt {n} Kapitel nach Rang geordnet mit ({chapters}).',
    other: 'Die Selbsteinschätzung bringt {n} Kapitel nach Rang geordnet mit ({chapters}).',
  }),
  handOverBringsWithCompany: pluralForms({
    one: 'Die Selbsteinschätzung bringt {n} Kapitel nach Rang geordnet ({chapters}) und den Unternehmensnamen „{company}“ mit.',
    other:
      'Die Selbsteinschätzung bringt {n} Kapitel nach Rang geordnet ({chapters}) und den Unternehmensnamen „{company}“ mit.',
  }),
  draftHasChapters: pluralForms({
    one: 'Ihr Entwurf hat {n} Kapitel in Ihrer eigenen Reihenfolge.',
    other: 'Ihr Entwurf hat {n} Kapitel in Ihrer eigenen Reihenfolge.',
  }),
  draftHasCompany: 'Ihr Entwurf hat den Unternehmensnamen „{company}“.',
  draftHasBoth: pluralForms({
    one: 'Ihr Entwurf hat {n} Kapitel in Ihrer eigenen Reihenfolge und den Unternehmensnamen „{company}“.',
    other: 'Ihr Entwurf hat {n} Kapitel in Ihrer eigenen Reihenfolge und den Unternehmensnamen „{company}“.',
  }),
  handOverKept: 'Ihr Entwurf ist unverändert; aus der Selbsteinschätzung wurde nichts übernommen.',
};

/** What the status line and the notes beside the fields say as the form is edited. */
export const edits: Dictionary['builder']['edits'] = {
  notSaved:
    'Dieser Browser speichert den Entwurf nicht (privates Fenster oder voller Speicher): Laden Sie Ihre Einstellungsdatei herunter (der letzte Download in der Liste), um Ihre Arbeit zu sichern.',
  visionEmpty: 'Ein Satz wirkt am besten.',
  visionSentences: pluralForms({
    one: 'Ein Satz: gut.',
    other: 'Das sind {n} Sätze; einer lässt sich leichter merken und zitieren.',
  }),
  visionOne: 'Ein Satz: gut.',
  logoRemoved: 'Logo entfernt.',
  logoRefused: 'Das Logo wurde nicht übernommen; was nicht stimmt, steht daneben.',
  logoAdded: 'Logo {file} hinzugefügt.',
  logoNamed: 'Logo: {file}.',
  noLogo: 'Kein Logo.',
  /** {ratio} is the contrast against white, such as "4.5". */
  accentAsChosen: 'Wie gewählt verwendet: {colour}, Kontrast {ratio}:1 auf Weiß.',
  accentDarkened:
    'Zu hell, um auf Weiß lesbar zu sein; das Handbuch verwendet daher {colour} (Kontrast {ratio}:1).',
  fixFirst: 'Beheben Sie zuerst die im Formular markierten Probleme.',
  /** The Undo button after a change that took something away. */
  undo: 'Rückgängig',
};

/** The preview's frame and its status line. */
export const preview: Dictionary['builder']['preview'] = {
  frameTitle: 'Vorschau des Handbuchs',
  /** The chapters of the chosen language could not be fetched; {language} is its name. */
  languageUnavailable:
    'Die Kapitel auf {language} konnten nicht geladen werden; Vorschau und Downloads bleiben in der bisherigen Sprache. Prüfen Sie die Verbindung und wählen Sie die Sprache noch einmal.',
  chapters: pluralForms({ one: 'Vorschau: {n} Kapitel.', other: 'Vorschau: {n} Kapitel.' }),
  /** The per-chapter downloads while there is no handbook yet. */
  chapterFilesWaiting: 'Diese erscheinen, sobald das Formular keine Probleme mehr hat.',
  /** {fields} is a list of the form's labels. */
  lastGood: pluralForms({
    one: 'Vorschau, Drucken und Downloads zeigen den letzten fehlerfreien Stand, solange dies noch Aufmerksamkeit braucht: {fields}.',
    other:
      'Vorschau, Drucken und Downloads zeigen den letzten fehlerfreien Stand, solange diese noch Aufmerksamkeit brauchen: {fields}.',
  }),
  lastGoodForm:
    'Vorschau, Drucken und Downloads zeigen den letzten fehlerfreien Stand, solange das Formular noch Aufmerksamkeit braucht.',
  waitingForFixes: 'Die Vorschau erscheint, sobald die im Formular markierten Probleme behoben sind.',
  waitingForFields: 'Die Vorschau erscheint, sobald diese Felder ausgefüllt sind: {fields}.',
  waitingForBoth:
    'Die Vorschau erscheint, sobald die im Formular markierten Probleme behoben und diese Felder ausgefüllt sind: {fields}.',
  /** Where a problem no field shows is listed, as the status line names it. */
  topList: 'die Liste oben',
};
