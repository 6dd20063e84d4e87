/** German words for the handbook builder's form: its fields, choices, editable rows and chapter list, together so a field's label, hint and choices are translated side by side; composed in ../builder.ts. */
import { pluralForms } from '../../format.ts';
import type { Dictionary } from '../../index.ts';

/** The form's fields as its labels name them, by the field's name in the config: messages use the same words. */
export const fields: Dictionary['builder']['fields'] = {
  company: 'Name des Unternehmens',
  vision: 'Servicevision',
  priorities: 'Kapitel',
  include: 'Der Rest des Playbooks',
  audiences: 'Zielgruppen',
  'standards.firstResponse': 'Erste Antwort',
  'standards.callback': 'Rückruf',
  'standards.refundLimit': 'Erstattungsgrenze',
  standards: 'Weitere Standards',
  empowerment: 'Wer was entscheiden darf',
  'branding.accent': 'Akzentfarbe',
  'branding.logo': 'Logo',
  locale: 'Datumsformat',
  language: 'Sprache des Handbuchs',
  output: 'Papier',
  date: 'Datum auf dem Titelblatt',
  'training.start': 'Erste Trainingseinheit',
  training: 'Rhythmus der Einheiten',
};

/** The form around its fields: the groups' legends, the labels' added hints, the buttons and the choices. */
export const form: Dictionary['builder']['form'] = {
  yourCompany: 'Ihr Unternehmen',
  /** {label} is the field's label (`fields`). */
  visionLabel: '{label} (ein Satz, den alle wiedergeben können)',
  chaptersHelp:
    'Das Dringendste zuerst. Verschieben Sie ein Kapitel mit seinen Schaltflächen oder ziehen Sie es am Griff.',
  filter: 'Kapitel hinzufügen: Fehlermuster filtern',
  includePriorities: 'Nur diese Kapitel',
  includeAll: 'Alle übrigen Fehlermuster als kurzen Anhang aufnehmen',
  audiencesLegend: '{label} (alle leer lassen für alle Zielgruppen)',
  standards: 'Standards (jeweils eine Frist, z. B. „2 Stunden“ oder „am selben Arbeitstag“)',
  firstResponsePlaceholder: '1 Stunde',
  callbackPlaceholder: 'am selben Arbeitstag',
  refundLimitLabel: '{label} (kann leer bleiben)',
  refundLimitHint: 'Was Mitarbeitende im Kundenkontakt ohne Rückfrage erstatten dürfen, zum Beispiel 50 €.',
  refundLimitPlaceholder: '50 €',
  addStandard: 'Standard hinzufügen',
  empowermentLegend: '{label} (ohne Rückfrage)',
  addRow: 'Zeile hinzufügen',
  lookAndDates: 'Gestaltung und Termine',
  logoLabel: '{label} (PNG, JPEG, SVG, WebP oder GIF, höchstens 1 MB)',
  removeLogo: 'Logo entfernen',
  dateLabel: '{label} (leer lassen für kein Datum)',
  trainingStartLabel: '{label} (leer lassen für einen Plan ohne Termine)',
  /** What goes before a note beside a field (a problem has a warning sign instead). */
  noteLabel: 'Hinweis: ',
  /** Under the handbook's language: what it changes, and what it leaves to the next choice. */
  languageHelp:
    'Seine Überschriften und Beschriftungen, und seine Kapitel, soweit sie übersetzt sind. Datum und Papier richten sich nach der nächsten Auswahl.',
  /** Under the handbook's language, when some chosen chapters are still English; {language} is the language's name. */
  untranslated: pluralForms({
    one: '{n} von Ihren {total} Kapiteln liegt auf {language} noch nicht vor und wird auf Englisch gedruckt.',
    other:
      '{n} von Ihren {total} Kapiteln liegen auf {language} noch nicht vor und werden auf Englisch gedruckt.',
  }),
};

/** The date conventions offered, by locale: where, and the paper and date they give. */
export const locales: Dictionary['builder']['locales'] = {
  'en-GB': 'Vereinigtes Königreich (A4, 1 September 2025)',
  'en-IE': 'Irland (A4)',
  'en-AU': 'Australien (A4)',
  'en-NZ': 'Neuseeland (A4)',
  'en-US': 'Vereinigte Staaten (Letter, September 1, 2025)',
  'en-CA': 'Kanada (Letter)',
  'es-ES': 'Spanien (A4)',
  'es-MX': 'Mexiko (Letter)',
  'de-DE': 'Deutschland (A4)',
  'de-AT': 'Österreich (A4)',
  'de-CH': 'Schweiz (A4)',
};

/** The paper choices; `auto` leaves it to the date convention. */
export const paper: Dictionary['builder']['paper'] = {
  auto: 'Das übliche Format zu diesem Datumsformat',
  A4: 'A4',
  Letter: 'US Letter',
};

/** How often the training sessions are held, by cadence. */
export const cadences: Dictionary['builder']['cadences'] = {
  weekly: 'wöchentlich',
  fortnightly: 'alle zwei Wochen',
  monthly: 'monatlich',
};

/** The examples to start from, by id: the button, and what the status line says once started. */
export const examples: Dictionary['builder']['examples'] = {
  retailer: {
    label: 'Beispiel: ein kleiner Einzelhändler',
    started: 'Mit dem Beispiel begonnen: ein kleiner Einzelhändler.',
  },
  'contact-centre': {
    label: 'Beispiel: ein Contact-Center',
    started: 'Mit dem Beispiel begonnen: ein Contact-Center.',
  },
};

/** The editable rows (further standards, empowerment rows): one row's name, its fields and its messages. */
export const rows: Dictionary['builder']['rows'] = {
  others: {
    /** One row, as its group, its problems and the status line name it. */
    name: 'Standard {n}',
    label: '{label} (Standard {n})',
    remove: 'Standard {n} entfernen',
    removed: 'Standard {n} entfernt.',
    fields: { name: 'Bezeichnung', value: 'Versprechen' },
    /** What a row lacks, as a problem names it; {parts} is a list of `parts`. */
    needs: pluralForms({
      one: 'Bei Standard {row} fehlt {parts}: Tragen Sie das nach oder entfernen Sie den Standard.',
      other: 'Bei Standard {row} fehlen {parts}: Tragen Sie sie nach oder entfernen Sie den Standard.',
    }),
    parts: { name: 'eine Bezeichnung', value: 'ein Versprechen' } as Record<string, string>,
  },
  empowerment: {
    name: 'Zeile {n}',
    label: '{label} (Zeile {n})',
    remove: 'Zeile {n} entfernen',
    removed: 'Zeile {n} entfernt.',
    fields: { role: 'Rolle', decision: 'Entscheidung', limit: 'Grenze' },
    needs: pluralForms({
      one: 'In Zeile {row} fehlt {parts}: Tragen Sie das nach oder entfernen Sie die Zeile.',
      other: 'In Zeile {row} fehlen {parts}: Tragen Sie sie nach oder entfernen Sie die Zeile.',
    }),
    parts: { role: 'eine Rolle', decision: 'eine Entscheidung', limit: 'eine Grenze' } as Record<
      string,
      string
    >,
  },
};

/** The chapter list and the library to add from; {title} is a chapter's title in quotation marks. */
export const chapters: Dictionary['builder']['chapters'] = {
  numbered: '{n}. {title}',
  dragHandle: 'Zum Verschieben ziehen',
  up: '↑ Nach oben',
  down: '↓ Nach unten',
  remove: 'Entfernen',
  add: 'Hinzufügen',
  /** The accessible names of the buttons; {title} is the chapter's title as it is. */
  moveUp: '{title} nach oben verschieben',
  moveDown: '{title} nach unten verschieben',
  removeNamed: '{title} entfernen',
  addNamed: '{title} hinzufügen',
  /** A library entry already chosen: its chapter number in place of its Add button. */
  chosenAs: 'Kapitel {n}',
  none: 'Noch keine Kapitel: Fügen Sie welche aus der Liste unten hinzu.',
  noMatch: 'Kein Fehlermuster passt zu diesen Wörtern.',
  alreadyFirst: '{title} steht bereits an erster Stelle.',
  alreadyLast: '{title} steht bereits an letzter Stelle.',
  moved: '{title} an Position {n} von {total} verschoben.',
  removed: '{title} aus den Kapiteln entfernt.',
  /** The removal's Undo button; {title} is the chapter's title as it is. */
  undoRemove: 'Rückgängig: {title} wieder als Kapitel {n} einfügen',
  alreadyChapter: '{title} ist bereits Kapitel {n}.',
  back: '{title} ist wieder Kapitel {n}.',
  added: '{title} als Kapitel {n} hinzugefügt.',
  dragStays:
    '{title} bleibt an Position {n}: Lassen Sie ein Kapitel über der Liste los, um es zu verschieben.',
};
