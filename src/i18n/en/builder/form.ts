/** English words for the handbook builder's form: its fields, choices, editable rows and chapter list, together so a field's label, hint and choices are translated side by side; composed in ../builder.ts. */
import { pluralForms } from '../../format.ts';

/** The form's fields as its labels name them, by the field's name in the config: messages use the same words. */
export const fields = {
  company: 'Company name',
  vision: 'Service vision',
  priorities: 'Chapters',
  include: 'The rest of the playbook',
  audiences: 'Readers',
  'standards.firstResponse': 'First response',
  'standards.callback': 'Callback',
  'standards.refundLimit': 'Refund limit',
  standards: 'Other standards',
  empowerment: 'Who may decide what',
  'branding.accent': 'Accent colour',
  'branding.logo': 'Logo',
  locale: 'Dates written as',
  language: 'Language of the handbook',
  output: 'Paper',
  date: 'Date on the cover',
  'training.start': 'First training session',
  training: 'Sessions held',
};

/** The form around its fields: the groups' legends, the labels' added hints, the buttons and the choices. */
export const form = {
  yourCompany: 'Your company',
  /** {label} is the field's label (`fields`). */
  visionLabel: '{label} (one sentence everyone could repeat)',
  chaptersHelp: 'Most urgent first. Move a chapter with its buttons, or drag it by its handle.',
  filter: 'Add chapters: filter the failure modes',
  includePriorities: 'Only these chapters',
  includeAll: 'Add every other failure mode as a short appendix',
  audiencesLegend: '{label} (leave all empty for everyone)',
  standards: 'Standards (each reads after “within”)',
  firstResponsePlaceholder: '1 hour',
  callbackPlaceholder: 'the same working day',
  refundLimitLabel: '{label} (optional)',
  refundLimitHint: 'What a frontline employee may refund without asking, for example 50 GBP.',
  refundLimitPlaceholder: '50 GBP',
  addStandard: 'Add a standard',
  empowermentLegend: '{label} without asking',
  addRow: 'Add a row',
  lookAndDates: 'Look and dates',
  logoLabel: '{label} (PNG, JPEG, SVG, WebP or GIF, at most 1 MB)',
  removeLogo: 'Remove the logo',
  dateLabel: '{label} (empty for none)',
  trainingStartLabel: '{label} (empty for an undated plan)',
  /** What goes before a note beside a field (a problem has a warning sign instead). */
  noteLabel: 'Note: ',
  /** Under the handbook's language: what it changes, and what it leaves to the next choice. */
  languageHelp:
    'Its headings and labels, and its chapters where they are translated. Dates and paper follow the next choice.',
  /** Under the handbook's language, when some chosen chapters are still English; {language} is the language's name. */
  untranslated: pluralForms({
    one: '{n} of your {total} chapters is not translated into {language} yet: it prints in English.',
    other: '{n} of your {total} chapters are not translated into {language} yet: they print in English.',
  }),
};

/** The date conventions offered, by locale: where, and the paper and date they give. */
export const locales = {
  'en-GB': 'United Kingdom (A4, 1 September 2025)',
  'en-IE': 'Ireland (A4)',
  'en-AU': 'Australia (A4)',
  'en-NZ': 'New Zealand (A4)',
  'en-US': 'United States (Letter, September 1, 2025)',
  'en-CA': 'Canada (Letter)',
  'es-ES': 'Spain (A4)',
  'es-MX': 'Mexico (Letter)',
  'de-DE': 'Germany (A4)',
  'de-AT': 'Austria (A4)',
  'de-CH': 'Switzerland (A4)',
};

/** The paper choices; `auto` leaves it to the date convention. */
export const paper = { auto: 'The usual size for those dates', A4: 'A4', Letter: 'US Letter' };

/** How often the training sessions are held, by cadence. */
export const cadences = { weekly: 'weekly', fortnightly: 'fortnightly', monthly: 'monthly' };

/** The examples to start from, by id: the button, and what the status line says once started. */
export const examples = {
  retailer: { label: 'Example: a small retailer', started: 'Started from example: a small retailer.' },
  'contact-centre': {
    label: 'Example: a contact centre',
    started: 'Started from example: a contact centre.',
  },
};

/** The editable rows (further standards, empowerment rows): one row's name, its fields and its messages. */
export const rows = {
  others: {
    /** One row, as its group, its problems and the status line name it. */
    name: 'Standard {n}',
    label: '{label} (standard {n})',
    remove: 'Remove standard {n}',
    removed: 'Standard {n} removed.',
    fields: { name: 'Name', value: 'Promise' },
    /** What a row lacks, as a problem names it; {parts} is a list of `parts`. */
    needs: pluralForms({
      one: 'Standard {row} needs {parts}: fill it in, or remove the standard.',
      other: 'Standard {row} needs {parts}: fill them in, or remove the standard.',
    }),
    parts: { name: 'a name', value: 'a promise' } as Record<string, string>,
  },
  empowerment: {
    name: 'Row {n}',
    label: '{label} (row {n})',
    remove: 'Remove row {n}',
    removed: 'Row {n} removed.',
    fields: { role: 'Role', decision: 'Decision', limit: 'Limit' },
    needs: pluralForms({
      one: 'Row {row} needs {parts}: fill it in, or remove the row.',
      other: 'Row {row} needs {parts}: fill them in, or remove the row.',
    }),
    parts: { role: 'a role', decision: 'a decision', limit: 'a limit' } as Record<string, string>,
  },
};

/** The chapter list and the library to add from; {title} is a chapter's title in quotation marks. */
export const chapters = {
  numbered: '{n}. {title}',
  dragHandle: 'Drag to reorder',
  up: '↑ Up',
  down: '↓ Down',
  remove: 'Remove',
  add: 'Add',
  /** The accessible names of the buttons; {title} is the chapter's title as it is. */
  moveUp: 'Move {title} up',
  moveDown: 'Move {title} down',
  removeNamed: 'Remove {title}',
  addNamed: 'Add {title}',
  /** A library entry already chosen: its chapter number in place of its Add button. */
  chosenAs: 'Chapter {n}',
  none: 'No chapters yet: add some from the list below.',
  noMatch: 'No failure mode matches those words.',
  alreadyFirst: '{title} is already first.',
  alreadyLast: '{title} is already last.',
  moved: '{title} moved to position {n} of {total}.',
  removed: '{title} removed from the chapters.',
  /** The removal's Undo button; {title} is the chapter's title as it is. */
  undoRemove: 'Undo: put {title} back as chapter {n}',
  alreadyChapter: '{title} is already chapter {n}.',
  back: '{title} is back as chapter {n}.',
  added: '{title} added as chapter {n}.',
  dragStays: '{title} stays at position {n}: let go over the list to move a chapter.',
};
