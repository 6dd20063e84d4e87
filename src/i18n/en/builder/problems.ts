/** English words for the handbook builder's problems and notes of the checker as the form says them, apart so each message can be read beside its neighbours; composed in ../builder.ts. */

/**
 * The checker's problems and notes as the form says them (src/site/builder/form-wording.ts):
 * {field} is a field's label, {title} a chapter's title in quotation marks, {file} an uploaded file's name.
 */
export const problems = {
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
};
