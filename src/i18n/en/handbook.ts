/** English words for the front and back matter of a handbook and of the whole playbook in print: one part of the dictionary src/i18n/en.ts. */
import { pluralForms } from '../format.ts';

export const handbook = {
  kicker: 'Service handbook',
  title: '{company} service handbook',
  visionLabel: 'Our service vision',
  contents: 'Contents',
  /** The running footer of a printed page. */
  pageOf: 'Page {n} of {total}',
  howToUse: 'How to use this handbook',
  /** The "How to use this handbook" paragraphs; {company} is the company, {chapters} how many chapters it picked. */
  howToUseParagraphs: [
    '{company} picked {chapters} for this handbook: the service problems we most want to fix, in the order we plan to work on them. Each chapter describes one way good service slips, how to spot it here, and what we will do about it.',
    'Before a chapter’s training session, read it on your own. Start with the warning signs; if several of them sound like last week, the chapter is about us. Then score each diagnostic statement from 1 (not true of us) to 5 (completely true of us). Compare scores as a team and put your effort where they are lowest.',
    'The plays are the actions. Every play names an owner and a timeframe, so leave each session knowing who has taken which play on. The metrics show whether the change is working: note where they stand today and look again after a month.',
    'The training plan turns each chapter’s exercise into one session. Our standards (a first response within {firstResponse}, callbacks within {callback}) and the empowerment table are promises: the table says what each role may decide without asking anyone.',
  ],
  howToUseChapters: pluralForms({ one: 'one chapter', other: '{n} chapters' }),
  howToUseAppendix:
    'The appendix summarises {n} further failure modes in a few lines each. If one of them fits better than a chapter, swap it into the priorities and generate the handbook again.',
  standards: 'Our service standards',
  /** {company} is the company's own name, kept apart from the sentence around it. */
  standardsIntro:
    'These are the promises {company} makes to every customer. The chapters refer to them by name.',
  standardColumns: ['Standard', 'Our promise'],
  firstResponse: 'First response',
  callback: 'Callback',
  refundLimit: 'Frontline refund without asking',
  training: 'Training plan',
  trainingColumns: {
    session: 'Session',
    date: 'Date',
    chapter: 'Chapter',
    exercise: 'Exercise',
    format: 'Format',
    duration: 'Duration',
  },
  total: 'Total',
  /** The training plan's opening: what it holds, in all, and how often. */
  trainingIntro:
    '{sessions}{refreshers}, {total} in all{cadence}. Each session runs the exercise from its chapter; print that chapter’s handout for everyone taking part, and ask them to read the chapter beforehand.',
  trainingSessions: pluralForms({ one: 'One session', other: '{n} sessions' }),
  trainingRefreshers: pluralForms({ one: ' and one refresher', other: ' and {n} refreshers' }),
  trainingCadence: ', held {cadence}',
  /** How often the sessions are held, inside that sentence, by cadence id. */
  trainingCadenceNames: { weekly: 'weekly', fortnightly: 'fortnightly', monthly: 'monthly' },
  refresherIntro:
    'A refresher returns to a session {after} sessions later ({minutes}, straight after that day’s session, or on its own once the chapters run out): check what has changed since, with the questions from the chapter’s debrief.',
  calendarNote:
    'The training calendar that comes with this handbook holds the same sessions and refreshers on the same dates.',
  refresherRow: 'Refresher of session {n}',
  refresherFormat: 'Refresher',
  otherModes: 'Appendix {letter}: Other failure modes',
  otherModesIntro:
    'The rest of the playbook in brief. Each of these could become a chapter in a later edition.',
  firstStep: 'A first step:',
  empowerment: 'Appendix {letter}: Who may decide what',
  metricsAppendix: 'Appendix {letter}: Metrics',
  pulseAppendix: 'Appendix {letter}: Staff pulse survey',
  empowermentSample:
    'No limits have been agreed yet, so this is a sample to start from. Agree real limits with the people who use them, then add them to the handbook under “Who may decide what without asking”.',
  /** {company} is the company's own name, kept apart from the sentence around it. */
  empowermentIntro:
    'What each role at {company} may decide without asking anyone, and up to which limit. Decisions made within these limits are not questioned afterwards.',
  empowermentColumns: ['Role', 'May decide', 'Up to'],
  sources: 'Sources',
  sourcesIntro: 'The chapters are written in the playbook’s own words, drawing on these articles.',
  drawnOnIn: 'Drawn on in: {chapters}',
  chapterRef: 'chapter {n}',
  logoAlt: '{company} logo',
  /** The head of the company's note at the top of a chapter. */
  companyNote: 'At {company}',
  /** The head of the company's own example, which stands where the library's stood. */
  companyExample: 'An example from {company}',
  /** Above a play the company added to a chapter. */
  ownPlay: '{company}’s own play',
  /** The kicker of a chapter the company wrote itself. */
  ownChapterKicker: 'Chapter {n} · {company}’s own',
  /** The session on a chapter the company wrote itself. */
  ownSession: {
    title: 'Read and discuss: {title}',
    setup:
      'Everyone reads the chapter beforehand. Talk it through in the order it is written, then agree who does what first.',
    prompts: [
      'What does this chapter ask of you, in your role?',
      'Where does what we do today differ from it?',
    ],
    debrief: ['What will each of us do first, and by when?', 'What would stop us, and who can remove that?'],
  },
  /** "Who does what": the roles, each with the chapters its plays are in. */
  whoDoesWhat: 'Who does what',
  whoDoesWhatIntro: 'Each role, by the title used here, and the chapters where it owns or shares a play.',
  whoDoesWhatColumns: ['Role', 'Chapters with its plays'],
  playsInChapter: pluralForms({ one: '{chapter} (one play)', other: '{chapter} ({n} plays)' }),
  /** The audiences, as a list in lower case. */
  forAudiences: 'For {list}',
};

export const playbook = {
  kicker: 'The whole playbook',
  title: 'Service Playbook',
  intro:
    '{modes} structural reasons companies fail at customer service, in {categories} categories, each with its warning signs, root causes, diagnostic statements, plays, metrics and a training exercise. Company values show their neutral defaults; the handbook builder on the playbook site fills in your own.',
  contents: 'Contents',
  metrics: 'Metrics',
  pulse: 'Staff pulse survey',
  sources: 'Sources',
  sourcesIntro: 'The playbook is written in its own words, drawing on these articles.',
  subject: 'The structural reasons companies fail at customer service, and what to do about each',
  /** On screen only, above /print/'s cover: the way back, and how to print. */
  siteNav: 'The playbook site',
  backToSite: '← Back to the playbook',
  printHint:
    "To print it, use your browser's Print command (Ctrl+P or ⌘P): each chapter starts on a new page, with page numbers.",
  /** On screen only, once the page's script runs: the paper the contents is numbered for. */
  paperLegend: 'Paper',
  paperNames: { A4: 'A4', Letter: 'US Letter' },
  printButton: 'Print',
};
