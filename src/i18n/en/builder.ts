/** English words for the handbook builder (/build/): one part of the dictionary src/i18n/en.ts. */
import type { Plural } from '../format.ts';

const plural = (forms: Plural): Plural => forms;

export const builder = {
  /** The page around the form: its title, its introduction, the start and the output panels. */
  page: {
    title: 'Handbook builder',
    description:
      "Make your company's service handbook in the browser: pick the chapters, set your standards and brand, preview, print and download. Nothing leaves your browser.",
    heading: 'Build your service handbook',
    lede: 'Fill in the form and your handbook takes shape beside it; then print it or download the files. Everything stays in this browser: nothing you type is sent anywhere, and your draft is kept here until you start over.',
    /** Shown when JavaScript is off; {modes} is the link `noScriptModes`. */
    noScript:
      'The builder runs in your browser and needs JavaScript: turn it on for this site to use it. The {modes} and their printable handouts work without it.',
    noScriptModes: 'failure-mode pages',
    /** Shown when the list of failure modes the builder fetches as it starts does not arrive. */
    libraryUnavailable:
      'The builder could not load the list of failure modes, so it cannot start. Check your connection and reload the page.',
    startFrom: 'Start from',
    startBlank: 'A blank form',
    startFile: 'A settings file you saved…',
    /** {assessment} is the link `fromAssessmentLink`; the quoted words are the assessment's link to this page. */
    fromAssessment:
      'Coming from the {assessment}? Its results have a “Build this handbook” link that brings your priorities here.',
    fromAssessmentLink: 'self-assessment',
    output: 'Your handbook',
    print: 'Print / save as PDF',
    toDownloads: 'Downloads',
    previewPlaceholder: 'Your handbook appears here as you fill in the form.',
    files: 'Download the files',
    /** A download: {file} is its button (the file's name), {summary} what it holds. */
    file: '{file} ({summary})',
    icsNeedsDate: '(needs the first training session’s date)',
    configSummary: 'your settings: a file you can open here later to carry on where you left off',
    /** The heading over a per-chapter format's downloads: "Handouts, one per chapter". */
    perChapter: '{title}, one per chapter',
    startOver: 'Start over',
  },

  /** The form's fields as its labels name them, by the field's name in the config: messages use the same words. */
  fields: {
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
  },

  /** The form around its fields: the groups' legends, the labels' added hints, the buttons and the choices. */
  form: {
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
    untranslated: plural({
      one: '{n} of your {total} chapters is not translated into {language} yet: it prints in English.',
      other: '{n} of your {total} chapters are not translated into {language} yet: they print in English.',
    }),
  },

  /** The date conventions offered, by locale: where, and the paper and date they give. */
  locales: {
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
  },
  /** The paper choices; `auto` leaves it to the date convention. */
  paper: { auto: 'The usual size for those dates', A4: 'A4', Letter: 'US Letter' },
  /** How often the training sessions are held, by cadence. */
  cadences: { weekly: 'weekly', fortnightly: 'fortnightly', monthly: 'monthly' },

  /** The examples to start from, by id: the button, and what the status line says once started. */
  examples: {
    retailer: { label: 'Example: a small retailer', started: 'Started from example: a small retailer.' },
    'contact-centre': {
      label: 'Example: a contact centre',
      started: 'Started from example: a contact centre.',
    },
  },

  /** The editable rows (further standards, empowerment rows): one row's name, its fields and its messages. */
  rows: {
    others: {
      /** One row, as its group, its problems and the status line name it. */
      name: 'Standard {n}',
      label: '{label} (standard {n})',
      remove: 'Remove standard {n}',
      removed: 'Standard {n} removed.',
      fields: { name: 'Name', value: 'Promise' },
      /** What a row lacks, as a problem names it; {parts} is a list of `parts`. */
      needs: plural({
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
      needs: plural({
        one: 'Row {row} needs {parts}: fill it in, or remove the row.',
        other: 'Row {row} needs {parts}: fill them in, or remove the row.',
      }),
      parts: { role: 'a role', decision: 'a decision', limit: 'a limit' } as Record<string, string>,
    },
  },

  /**
   * The company's own words: what it calls each role, its words in each chosen chapter (a note,
   * plays left out, plays and an example of its own), and chapters it writes itself. {n} is a
   * chapter's number in the list, {p} a play's number within its chapter.
   */
  ownWords: {
    rolesLegend: 'What you call each role (optional)',
    rolesHelp:
      'The plays name who does them by these roles. Type your own title for a role and the handbook uses it everywhere; leave it empty to keep the name shown.',
    /** The list of roles, folded away until opened; {n} is how many there are. */
    rolesShow: 'Your titles for the {n} roles',
    /** {role} is the role's name in the playbook. */
    roleTitle: 'Your title for {role}',
    /** Who usually fills the role, by the size of the company. */
    roleUsually: 'Small company: {small}. Mid-size: {mid}. Large: {large}.',

    chaptersLegend: 'Your words in each chapter (optional)',
    chaptersHelp:
      'Open a chapter to add a note at its top, leave out plays your company will not run, add plays of your own, or give an example of your own.',
    chaptersNone: 'Add chapters above first; each then gets a place here for your words.',
    /** A chapter's fold: its number and title, and whether it has words of yours yet. */
    chapterSummary: '{n}. {title}',
    chapterSummaryWithWords: '{n}. {title} (with your words)',
    /** A field in a chapter's fold, named with the chapter's number: "Note at the top (chapter 2)". */
    inChapter: '{label} (chapter {n})',
    /** A field of a play of your own: "When (chapter 2, your play 1)". */
    inPlay: '{label} (chapter {n}, your play {p})',
    note: 'Note at the top',
    noteHint:
      'Printed at the top of the chapter, in a box headed with your company’s name. Markdown works: **bold**, *italics*, lists and links.',
    skip: 'Plays to leave out',
    skipHint:
      'Tick a play your company will not run: it goes from the chapter, its handout and “Who does what”.',
    /** A play to leave out: its title and who owns it. */
    skipPlay: '{title} ({owner})',
    plays: 'Plays of your own',
    /** One play of your own, as its group, its problems and the status line name it. */
    play: 'Your play {p} in chapter {n}',
    playTitle: 'What to do',
    playOwner: 'Who does it',
    playWith: 'Working with',
    playWhen: 'When',
    playSteps: 'Steps, one per line',
    chooseRole: 'Choose a role',
    nobody: 'Nobody else',
    /** A role in a list of roles, by the company's title with the playbook's name after it. */
    roleAs: '{title} ({role})',
    /** A role id the playbook does not have, as a list shows it. */
    notARole: '{id} (not a role in the playbook)',
    addPlay: 'Add a play of your own',
    removePlay: 'Remove your play {p}',
    playRemoved: 'Your play {p} removed from chapter {n}.',
    undoPlay: 'Undo: put your play {p} back in chapter {n}',
    playBack: 'Your play {p} is back in chapter {n}.',
    example: 'Your own example',
    exampleHint:
      'Replaces the chapter’s example, headed “An example from” and your company’s name. Markdown works here too.',

    ownLegend: 'Chapters of your own (optional)',
    ownHelp:
      'Write a chapter of your own, such as your returns promise or who to call when things go wrong, and place it among the others.',
    /** One chapter of your own, as its group, its problems and the status line name it. */
    own: 'Your chapter {n}',
    /** A field of a chapter of your own: "Title (your chapter 1)". */
    inOwn: '{label} (your chapter {n})',
    ownTitle: 'Title',
    ownId: 'Short name',
    ownIdHint:
      'Used in links within the handbook: lowercase words joined by hyphens. It follows the title until you change it.',
    ownAfter: 'Comes after',
    atTheEnd: 'At the end, after the last chapter',
    afterChapter: 'Chapter {n}: {title}',
    /** A chapter an own chapter was placed after that is no longer in the list. */
    afterGone: '{title} (no longer in the list)',
    ownBody: 'Text',
    ownBodyHint:
      'In Markdown: ## before a heading, **bold**, a dash before each item of a list, and links. The preview shows it as you type.',
    /** {file} is the file's name in quotation marks. */
    ownFile:
      'The file you opened keeps this chapter’s text in {file}, which this page cannot open. Paste the text here.',
    addOwn: 'Add a chapter of your own',
    /** {name} is the chapter's title in quotation marks, or "Your chapter {n}" while it has none. */
    moveUp: 'Move {name} up',
    moveDown: 'Move {name} down',
    remove: 'Remove {name}',
    moved: '{name} moved to position {n} of {total}.',
    alreadyFirst: '{name} is already first.',
    alreadyLast: '{name} is already last.',
    removed: '{name} removed.',
    undoRemove: 'Undo: put {name} back',
    back: '{name} is back.',
    added: 'Your chapter {n} added: give it a title and its text.',
    /** Said when the part of the page that reads Markdown could not be fetched. */
    parserFailed:
      'The part of this page that reads your own text (notes, examples, chapters) did not load. Check the connection and reload the page; your draft is kept.',
  },

  /** The chapter list and the library to add from; {title} is a chapter's title in quotation marks. */
  chapters: {
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
  },

  /** Starting again: from an example, a blank form, a saved file, last time's draft or the self-assessment. */
  start: {
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
    openedWithProblems: plural({
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
    handOverTaken: plural({
      one: 'Took {n} priority from your self-assessment, in rank order. Check the chapters below; three to six make a good handbook.',
      other:
        'Took {n} priorities from your self-assessment, in rank order. Check the chapters below; three to six make a good handbook.',
    }),
    handOverTakenWithCompany: plural({
      one: 'Took {n} priority and the company name from your self-assessment, in rank order. Check the chapters below; three to six make a good handbook.',
      other:
        'Took {n} priorities and the company name from your self-assessment, in rank order. Check the chapters below; three to six make a good handbook.',
    }),
    handOverMerged: plural({
      one: 'Added {n} chapter from your self-assessment after yours; your own order and company name are kept.',
      other:
        'Added {n} chapters from your self-assessment after yours; your own order and company name are kept.',
    }),
    /** The question when a hand-over would overwrite a draft: what it brings, what the draft has, and the question. */
    handOverQuestion: '{brings} {draft} What should happen to your draft?',
    /** {chapters} is the list of the chapters' titles in quotation marks. */
    handOverBrings: plural({
      one: 'The self-assessment brings {n} chapter in rank order ({chapters}).',
      other: 'The self-assessment brings {n} chapters in rank order ({chapters}).',
    }),
    handOverBringsWithCompany: plural({
      one: 'The self-assessment brings {n} chapter in rank order ({chapters}) and the company name “{company}”.',
      other:
        'The self-assessment brings {n} chapters in rank order ({chapters}) and the company name “{company}”.',
    }),
    draftHasChapters: plural({
      one: 'Your draft has {n} chapter in your own order.',
      other: 'Your draft has {n} chapters in your own order.',
    }),
    draftHasCompany: 'Your draft has the company name “{company}”.',
    draftHasBoth: plural({
      one: 'Your draft has {n} chapter in your own order and the company name “{company}”.',
      other: 'Your draft has {n} chapters in your own order and the company name “{company}”.',
    }),
    handOverKept: 'Your draft is unchanged; nothing was taken from the self-assessment.',
  },

  /** What the status line and the notes beside the fields say as the form is edited. */
  edits: {
    notSaved:
      'This browser would not save the draft (private browsing or full storage): download your settings file (the last download in the list) to keep your work.',
    visionEmpty: 'One sentence works best.',
    visionSentences: plural({ other: 'That is {n} sentences; one is easier to remember and quote.' }),
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
  },

  /** The preview's frame and its status line. */
  preview: {
    frameTitle: 'Preview of the handbook',
    /** The chapters of the chosen language could not be fetched; {language} is its name. */
    languageUnavailable:
      'The chapters in {language} could not be loaded, so the preview and the downloads stay in the last language. Check your connection, then choose the language again.',
    chapters: plural({ one: 'Preview: {n} chapter.', other: 'Preview: {n} chapters.' }),
    /** The per-chapter downloads while there is no handbook yet. */
    chapterFilesWaiting: 'These appear once the form has no problems.',
    /** {fields} is a list of the form's labels. */
    lastGood: plural({
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
  },

  /**
   * The checker's problems and notes as the form says them (src/site/builder/form-wording.ts):
   * {field} is a field's label, {title} a chapter's title in quotation marks, {file} an uploaded file's name.
   */
  problems: {
    /** What to write in a field the form needs and finds empty. */
    whenEmpty: {
      company: 'Type your company’s name as customers know it.',
      vision: 'Write the one sentence about service that everyone could repeat.',
      'standards.firstResponse': 'Say how soon a customer gets a first reply, for example “1 hour”.',
      'standards.callback': 'Say how soon a promised callback happens, for example “the same working day”.',
      'standards.refundLimit': 'Type an amount such as “50 GBP”, or leave the field out.',
    } as Record<string, string>,
    /** A chapter named by its place, with its title in quotation marks when it has one. */
    chapter: 'Chapter {n}',
    chapterTitled: 'Chapter {n} ({title})',
    /** What a message says in place of a field, a chapter, a date or a file it cannot name. */
    someField: 'A field',
    someChapter: 'A chapter',
    someDate: 'A date',
    someFile: 'The file',
    noChapters: 'No chapters yet. Add at least one from the list below.',
    /** {id} is what the chapter was written as, in quotation marks. */
    unknownChapter:
      '{field} ({id}) is not in the playbook. Remove it and add the chapter you meant from the list below.',
    unknownChapterMeant:
      '{field} ({id}) is not in the playbook. Did you mean {meant}? Remove it and add the chapter you meant from the list below.',
    twice: '{title} is in the list twice, as chapter {n} and again here. Remove one of them.',
    notAChapter:
      '{field} is not a chapter of the playbook. Remove it and add the chapter you meant from the list below.',
    empty: '{field} is empty. {hint}',
    fillIn: 'Fill it in.',
    tooLong: '{field} is {length} characters long; keep it under {max}.',
    invisible:
      '{field} holds an invisible character after {text}, often brought in by copying from another program. Delete that spot and type it again.',
    accent: 'The accent colour could not be read. Choose one with the colour picker.',
    notADate: '{field} is not a real date. Pick one from the calendar, or leave it empty.',
    /** {field} is the date field's label in quotation marks. */
    locale: 'The way of writing dates could not be read. Choose one under {field}.',
    /** {written} is the file's value in quotation marks. */
    language: 'The language {written} is not one a handbook can be written in. Choose one under {field}.',
    /** {name} is the setting, {meant} the one it may be a misspelling of, each in quotation marks. */
    unknownSetting:
      '{file} has a setting {name} this page does not know. Correct or remove it in the file, then open the file here again.',
    unknownSettingMeant:
      '{file} has a setting {name} this page does not know, perhaps a misspelling of {meant}. Correct or remove it in the file, then open the file here again.',
    unreadable:
      '{file} could not be read. Choose a settings file downloaded from this page, or check that line in a text editor.',
    unreadableAt:
      '{file} could not be read at line {line}. Choose a settings file downloaded from this page, or check that line in a text editor.',
    emptyFile: '{file} is empty. Choose a settings file downloaded from this page.',
    notSettings: '{file} does not hold handbook settings. Choose a settings file downloaded from this page.',
    /** A checker's message the form has no words of its own for, after the field's label or the file and the field's place in it. */
    other: '{field}: {message}',
    otherInFile: '{file}, {path}: {message}',
    /** Between the parts of a field's place in a file: "standards › others". */
    pathSeparator: ' › ',
    /** An uploaded file's line, after the message. */
    atLine: '{message} (Line {line} of {file}.)',
    /** {name} is the logo file's name in quotation marks; {kind} and {actual} are image formats, such as PNG. */
    logoNotImage:
      'The logo {name} is not an image the handbook can show. Choose a PNG, JPEG, SVG, WebP or GIF file.',
    logoEmpty: 'The logo file is empty. Export the logo again and choose the new file.',
    logoTooBig:
      'The logo is {size}; a logo may be at most {max}. Export a smaller PNG (600 px wide is plenty) or an SVG.',
    logoNoImage:
      'The logo file is named like a {kind} image but holds no image the handbook recognises. Export the logo again as PNG, JPEG, SVG, WebP or GIF.',
    logoOtherImage:
      'The logo file is named like a {kind} image but holds {actual} data. Rename it to match what it is, then choose it again.',
    logoNotPlain:
      'The logo holds {what}; a logo must be a plain drawing. Export it again as a plain SVG, or use a PNG.',
    logoOutside:
      'The file names its logo by a path outside its own folder. Choose the logo file under {field} instead.',
    /** What to write in a field of a play or a chapter of your own that is empty, by the field. */
    whenEmptyOwn: {
      'play.title': 'Say what to do, for example “Open a second till when five people wait”.',
      'play.owner': 'Choose who does it.',
      'play.when': 'Say when it happens, for example “From next Saturday”.',
      'play.steps': 'Write at least one step, one per line.',
      'own.title': 'Give the chapter a title.',
      'own.id': 'Type a few lowercase words joined by hyphens, such as “our-returns-promise”.',
      'own.body': 'Write the chapter’s text.',
    } as Record<string, string>,
    /** Markdown the handbook will not print; {field} is the text box's label. */
    markdownLink:
      '{field} has a link to an address that is not https:, http: or mailto:. Change the address or remove the link.',
    markdownImage:
      '{field} has a picture, and pictures cannot go into the handbook’s text. Remove it (a logo goes under {logo}).',
    markdownHtml:
      '{field} has HTML tags (such as <b>), which are not printed. Write it in Markdown instead: **bold**, lists, tables.',
    /** {written} is what was written, {known} a list of what works, each in quotation marks. */
    unknownVariable: '{field} uses {written}, which the handbook cannot fill in. Use {known}.',
    unknownDirective:
      '{field} uses {written}, which the handbook does not know. Use {known}, or remove the colons.',
    /** The line within a text box, after the message. */
    textLine: '{message} (Line {line} of the text.)',
    /** {id} is a role's id in quotation marks; {meant} the role it may be a misspelling of. */
    unknownRole: '{field} is not one of the playbook’s roles. Choose one from the list.',
    unknownRoleTitle:
      '{file} gives a title to {id}, which is not one of the playbook’s roles. It is left out here: type the title beside the role you meant.',
    unknownRoleTitleMeant:
      '{file} gives a title to {id}, which is not one of the playbook’s roles (perhaps {meant}). It is left out here: type the title beside the role you meant.',
    wordsNotInChapters:
      '{file} has words for {title}, which is not one of its chapters. They are kept here: add the chapter to the list to print them.',
    /** {id} is the play's id in the file, in quotation marks. */
    noSuchPlay:
      '{file} leaves out a play {id} that {title} does not have. It is ignored here: tick the plays to leave out under the chapter.',
    noSuchPlayUnnamed:
      '{file} leaves out a play that {title} does not have. It is ignored here: tick the plays to leave out under the chapter.',
    /** {id} is the short name typed, {suggestion} one that is free; both in quotation marks. */
    ownIdTaken:
      '{field}: {id} is already the short name of a chapter in the playbook. Use another, such as {suggestion}.',
    ownIdTwice: '{field}: another chapter of yours has the short name {id} too. Give each its own.',
    ownIdFormat:
      '{field} can hold only lowercase letters, digits and hyphens between words, such as “our-returns-promise”.',
    ownAfterGone: '{field}: {title} is not one of the chapters in the list. Choose where this chapter goes.',
    ownAfterUnknown: '{field} names a chapter that is not in the list. Choose where this chapter goes.',
    /** {text} is the text box's label in quotation marks. */
    ownBodyOrFile:
      '{file} should give {field} either its text or a file with its text, not both and not neither. Here, write or paste the text under {text}.',
    /** Notes: {chapters} is a list of chapters' titles; {amount} what the handbook says in place of a limit, in quotation marks. */
    noRefundLimit:
      'Without a refund limit, {chapters} will say {amount}. Type one here if your team has one, for example “50 GBP”.',
    noEmpowerment:
      'With no rows here, {chapters} will show a sample table. Add a row for each role and what it may decide without asking.',
    /** {readers} is a list of audiences. */
    otherReaders:
      '{title} is written for {readers}, not for the readers you chose; it stays because you chose it.',
  },

  /**
   * The comments in the config.yaml the builder writes (through src/core/config/writer.ts, which
   * writes no words of its own): the lines at the top, and one above each field. {site} is the
   * site's name.
   */
  configFile: {
    header:
      'Handbook config, made with the handbook builder on the {site} site.\nOpen it in the builder again, or generate it on a computer with Node.js:\n  npx playbook generate --config config.yaml',
    comments: {
      company: "Your company's name as customers know it.",
      vision: 'The service vision: one sentence that every employee could repeat.',
      priorities: 'The chapters of your handbook, most urgent first.',
      include:
        '"priorities" prints only those chapters; "all" adds a short appendix with every other failure mode.',
      audiences: 'Only show appendix entries meant for these readers.',
      standards: 'The promises you make to customers. Each one reads after "within" in a sentence.',
      empowerment: 'Who may decide what without asking. Shown in the empowerment chapter and in an appendix.',
      branding:
        'Headings and the cover use this colour; a colour too light to read on white is darkened.\nThe logo file must sit beside this config file.',
      language:
        'The language of the handbook: en, es, de or ar. Chapters not translated yet print in English.',
      locale: 'Dates are written the local way; en-US and en-CA print on US Letter, others on A4.',
      date: 'The date on the cover. Change it when you publish a new edition.',
      output: 'What `playbook generate` writes, and where (relative to the folder you run it from).',
      training: 'Dates for the training plan and training-plan.ics: one session per chapter.',
      chapters:
        'Your own words in chapters, by chapter: a note at the top, plays left out (by id),\nplays of your own (owner and with are role ids) and an example of your own.',
      own: 'Chapters you wrote, each placed after the chapter named in "after" (or at the end).',
      roles: "Your titles for the playbook's roles, by role id; a role not listed keeps its name.",
    } as Record<string, string>,
  },
};
