/** English words for the handbook builder's editor of a company's own words in a chapter, the longest panel, so it has a file of its own; composed in ../builder.ts. */

/**
 * The company's own words: what it calls each role, its words in each chosen chapter (a note,
 * plays left out, plays and an example of its own), and chapters it writes itself. {n} is a
 * chapter's number in the list, {p} a play's number within its chapter.
 */
export const ownWords = {
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
};
