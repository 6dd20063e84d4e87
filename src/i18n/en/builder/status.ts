/** English words for the handbook builder's status lines as a handbook is started, edited and previewed, together so those sentences read alike; composed in ../builder.ts. */
import { pluralForms } from '../../format.ts';

/** Starting again: from an example, a blank form, a saved file, last time's draft or the self-assessment. */
export const start = {
  replace: 'Replace my draft',
  keep: 'Keep my draft',
  merge: 'Merge: add the new chapters to mine',
  unchanged: 'Your draft is unchanged.',
  replaceWithExample: 'Replace your draft with the example? You can undo this straight after.',
  replaceWithBlank: 'Replace your draft with a blank form? You can undo this straight after.',
  startedBlank: 'Started a blank form.',
  startOverQuestion: 'Start over with a blank form? You can undo this straight after.',
  startedOver: 'Started over with a blank form.',
  undo: 'Undo: bring back the draft you had',
  draftBack: 'Your draft is back as it was.',
  /** {size} is in KB. */
  fileTooBig:
    '{file} is {size} KB; a settings file from this page is a few KB. Choose the one you downloaded here.',
  replaceWithFile: 'Replace your draft with {file}? You can undo this straight after.',
  fileUnreadable:
    '{file} could not be read, so your draft is unchanged. What is wrong with it is listed above the form.',
  opened: 'Opened {file}.',
  openedWithProblems: pluralForms({
    one: 'Opened {file}: it has {n} problem, shown in the form.',
    other: 'Opened {file}: it has {n} problems, shown in the form.',
  }),
  /** Said after `opened` when the file names a logo; {field} is the logo field's label. */
  openedLogo: 'It names the logo “{logo}”: choose that file under {field} to put it on the cover.',
  /** Two sentences said one after the other. */
  sentences: '{first} {second}',
  draftUnreadable:
    "A saved draft in this browser could not be read, so the form starts blank. The old draft is kept under the name “{key}” in this site's storage, not deleted.",
  /** {startOver} is the Start over button's label in quotation marks. */
  draftRestored: 'Your draft from last time is back. {startOver} at the end clears it.',
  handOverTaken: pluralForms({
    one: 'Took {n} priority from your self-assessment, in rank order. Check the chapters below; three to six make a good handbook.',
    other:
      'Took {n} priorities from your self-assessment, in rank order. Check the chapters below; three to six make a good handbook.',
  }),
  handOverTakenWithCompany: pluralForms({
    one: 'Took {n} priority and the company name from your self-assessment, in rank order. Check the chapters below; three to six make a good handbook.',
    other:
      'Took {n} priorities and the company name from your self-assessment, in rank order. Check the chapters below; three to six make a good handbook.',
  }),
  handOverMerged: pluralForms({
    one: 'Added {n} chapter from your self-assessment after yours; your own order and company name are kept.',
    other:
      'Added {n} chapters from your self-assessment after yours; your own order and company name are kept.',
  }),
  /** The question when a hand-over would overwrite a draft: what it brings, what the draft has, and the question. */
  handOverQuestion: '{brings} {draft} What should happen to your draft?',
  /** {chapters} is the list of the chapters' titles in quotation marks. */
  handOverBrings: pluralForms({
    one: 'The self-assessment brings {n} chapter in rank order ({chapters}).',
    other: 'The self-assessment brings {n} chapters in rank order ({chapters}).',
  }),
  handOverBringsWithCompany: pluralForms({
    one: 'The self-assessment brings {n} chapter in rank order ({chapters}) and the company name “{company}”.',
    other:
      'The self-assessment brings {n} chapters in rank order ({chapters}) and the company name “{company}”.',
  }),
  draftHasChapters: pluralForms({
    one: 'Your draft has {n} chapter in your own order.',
    other: 'Your draft has {n} chapters in your own order.',
  }),
  draftHasCompany: 'Your draft has the company name “{company}”.',
  draftHasBoth: pluralForms({
    one: 'Your draft has {n} chapter in your own order and the company name “{company}”.',
    other: 'Your draft has {n} chapters in your own order and the company name “{company}”.',
  }),
  handOverKept: 'Your draft is unchanged; nothing was taken from the self-assessment.',
};

/** What the status line and the notes beside the fields say as the form is edited. */
export const edits = {
  notSaved:
    'This browser would not save the draft (private browsing or full storage): download your settings file (the last download in the list) to keep your work.',
  visionEmpty: 'One sentence works best.',
  visionSentences: pluralForms({ other: 'That is {n} sentences; one is easier to remember and quote.' }),
  visionOne: 'One sentence: good.',
  logoRemoved: 'Logo removed.',
  logoRefused: 'The logo was not accepted; what is wrong is said beside it.',
  logoAdded: 'Logo {file} added.',
  logoNamed: 'Logo: {file}.',
  noLogo: 'No logo.',
  /** {ratio} is the contrast against white, such as "4.5". */
  accentAsChosen: 'Used as chosen: {colour}, contrast {ratio}:1 on white.',
  accentDarkened: 'Too light to read on white, so the handbook uses {colour} (contrast {ratio}:1).',
  fixFirst: 'Fix the problems marked in the form first.',
  /** The Undo button after a change that took something away. */
  undo: 'Undo',
};

/** The preview's frame and its status line. */
export const preview = {
  frameTitle: 'Preview of the handbook',
  /** The chapters of the chosen language could not be fetched; {language} is its name. */
  languageUnavailable:
    'The chapters in {language} could not be loaded, so the preview and the downloads stay in the last language. Check your connection, then choose the language again.',
  chapters: pluralForms({ one: 'Preview: {n} chapter.', other: 'Preview: {n} chapters.' }),
  /** The per-chapter downloads while there is no handbook yet. */
  chapterFilesWaiting: 'These appear once the form has no problems.',
  /** {fields} is a list of the form's labels. */
  lastGood: pluralForms({
    one: 'The preview, Print and the downloads show the last good version while this needs attention: {fields}.',
    other:
      'The preview, Print and the downloads show the last good version while these need attention: {fields}.',
  }),
  lastGoodForm:
    'The preview, Print and the downloads show the last good version while the form needs attention.',
  waitingForFixes: 'The preview appears once the problems marked in the form are fixed.',
  waitingForFields: 'The preview appears once these are filled in: {fields}.',
  waitingForBoth:
    'The preview appears once the problems marked in the form are fixed and these are filled in: {fields}.',
  /** Where a problem no field shows is listed, as the status line names it. */
  topList: 'the list at the top',
};
