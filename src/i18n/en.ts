/**
 * The English dictionary: every word the playbook itself prints around the content (section labels,
 * table headings, the sentences of the handbook, the whole playbook, handouts, kits, the calendar and
 * the site), as whole sentences with `{placeholders}` and plural forms (src/i18n/format.ts fills
 * them). Content (the pages) and the command line's own messages are not here. A second language
 * is a copy of this file, translated, registered in src/i18n/index.ts.
 */
import type { Plural } from './format.ts';
import type { SectionId } from './keys.ts';

const plural = (forms: Plural): Plural => forms;

export const en = {
  /** BCP 47 language of these words and of the content: `<html lang>` comes from here, never from a config's locale. */
  language: 'en',
  /** The conventions its lists, plurals and numbers follow (UK English: no comma before "and"). */
  locale: 'en-GB',
  /** Text direction of the language: `dir` on every page and document. */
  direction: 'ltr' as 'ltr' | 'rtl',
  siteName: 'Service Playbook',
  /** A label that introduces what follows it: "Owner:". */
  labelled: '{label}:',
  /** A quotation, in the language's quotation marks. */
  quoted: '“{text}”',

  /** The heading of each section; the story (the page body) has none of its own, its prose brings its own headings. */
  sections: {
    'warning-signs': 'Warning signs',
    'sounds-like': 'Sounds like',
    story: undefined,
    'root-causes': 'Root causes',
    'diagnostic-questions': 'Diagnostic questions',
    plays: 'Plays',
    metrics: 'Metrics',
    exercise: 'Training exercise',
    related: 'Related failure modes',
    sources: 'Sources',
  } as Record<SectionId, string | undefined>,

  /** The categories a failure mode belongs to, by id (src/schemas/taxonomy.ts holds their order). */
  categories: {
    'vision-leadership': {
      label: 'Vision and leadership',
      blurb: 'What the people at the top say service is, and what they show it is.',
    },
    'hiring-training': {
      label: 'Hiring and training',
      blurb: 'Who joins the team and how they learn to serve, on day one and every month after.',
    },
    'empowerment-communication': {
      label: 'Empowerment and communication',
      blurb: 'Whether people may act, know what is going on, and are heard when they speak.',
    },
    'working-conditions': {
      label: 'Working conditions and resources',
      blurb: 'Staffing, tools and the way the company treats the people who serve.',
    },
    'recognition-culture': {
      label: 'Recognition and culture',
      blurb: 'Thanks, celebration and the everyday mood of the team.',
    },
    'customer-processes': {
      label: 'Customer processes',
      blurb: 'Response times, recovery and processes designed from the customer side.',
    },
    'measurement-improvement': {
      label: 'Measurement and improvement',
      blurb: 'Seeing service as customers see it, finding root causes, and getting better on purpose.',
    },
  },

  /** Who a page speaks to, by id. */
  audiences: {
    executives: 'Executives',
    managers: 'Managers',
    frontline: 'Frontline staff',
    hr: 'HR',
    trainers: 'Trainers',
  },

  /** The answer scale of the diagnostic statements, from 1 to 5. */
  scale: ['Not true of us', 'Rarely true', 'Sometimes true', 'Mostly true', 'Completely true of us'],

  /** A training exercise's format, as a reader says it, by id. */
  exerciseFormats: {
    'role-play': 'role play',
    discussion: 'discussion',
    workshop: 'workshop',
    'case-study': 'case study',
    simulation: 'simulation',
    walkthrough: 'walkthrough',
  },

  /** A length of time, "1 h 30 min" or "45 min": the hours and the minutes, joined by a space. */
  duration: { hours: '{h} h', minutes: '{m} min' },

  /** What a company value reads as where no company has given one (the site's neutral edition), by variable. */
  neutral: {
    company: 'your company',
    vision: 'your one-sentence service vision',
    firstResponse: 'the first-response time you set',
    callback: 'the callback time you set',
    refundLimit: 'an agreed amount',
  },

  /** The empowerment table shown until a company agrees its own: a sample to start from. */
  sampleEmpowerment: [
    {
      role: 'Frontline agent',
      decision: 'Refund or credit without asking',
      limit: 'Set a fixed amount per customer',
    },
    { role: 'Frontline agent', decision: 'Waive a fee or send a replacement', limit: 'Once per order' },
    { role: 'Team leader', decision: 'Goodwill gesture after a complaint', limit: 'A higher fixed amount' },
    { role: 'Service manager', decision: 'Exceptions to policy', limit: 'Any, recorded with a reason' },
  ],

  /** The words of a failure mode's document: the site page, a handbook chapter, a handout. */
  mode: {
    diagnosticIntro:
      'Rate each statement from {low} ({lowLabel}) to {high} ({highLabel}). Low scores point to where to start.',
    metricColumns: ['Metric', 'Target', 'How to measure'],
    owner: 'Owner',
    /** A play's owner and the role they work with. */
    ownerWith: '{owner}, with {with}',
    when: 'When',
    format: 'Format',
    time: 'Time',
    group: 'Group',
    setup: 'Setup',
    /** The setup's label, run into its paragraph: "Setup. Split the room…". */
    setupLead: '{label}.',
    roles: 'Roles',
    prompts: 'Prompts',
    debrief: 'Debrief',
    /** The audiences, as a list in lower case. */
    audiences: 'For {list}.',
    printHandout: 'Print handout',
    printKit: 'Print training kit',
    printThisKit: 'Print this kit',
    qrLabel: 'QR code for this page on the web: {address}',
    beforeYouStart: 'Before you start',
    handoutKicker: 'Training handout · {category}',
    chapterKicker: 'Chapter {n} · {category}',
    chapterTitle: '{n}. {title}',
    relatedChapter: 'Chapter {n}: {title}',
    relatedAppendix: '{title} (appendix)',
    relatedElsewhere: '{title} (in the full playbook, not in this handbook)',
  },

  /** The handbook's front and back matter. */
  handbook: {
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
    howToUseChapters: plural({ one: 'one chapter', other: '{n} chapters' }),
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
    trainingSessions: plural({ one: 'One session', other: '{n} sessions' }),
    trainingRefreshers: plural({ one: ' and one refresher', other: ' and {n} refreshers' }),
    trainingCadence: ', held {cadence}',
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
    /** The audiences, as a list in lower case. */
    forAudiences: 'For {list}',
  },

  /** The whole playbook in print (/print/ and `playbook print`). */
  playbook: {
    kicker: 'The whole playbook',
    title: 'Service Playbook',
    intro:
      '{modes} structural reasons companies fail at customer service, in {categories} categories, each with its warning signs, root causes, diagnostic statements, plays, metrics and a training exercise. Company values show their neutral defaults; the handbook builder on the playbook site fills in your own.',
    contents: 'Contents',
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
  },

  // ──────────────────────────────────────────────────────────────────────────────────────────────
  /** The site's own pages and layout: navigation, home, lists, search, sources, 404, the handbook guide. */
  site: {},
  // ──────────────────────────────────────────────────────────────────────────────────────────────

  // ──────────────────────────────────────────────────────────────────────────────────────────────
  /** The handbook builder (/build/): its form, messages, notes, status lines and the settings file it writes. */
  builder: {},
  // ──────────────────────────────────────────────────────────────────────────────────────────────

  // ──────────────────────────────────────────────────────────────────────────────────────────────
  /** The self-assessment (/assess/), its results, team view and one-page team report. */
  assess: {},
  // ──────────────────────────────────────────────────────────────────────────────────────────────

  // ──────────────────────────────────────────────────────────────────────────────────────────────
  /** The staffing calculator (/tools/staffing/) and "What our standards take" in the handbook: its readings and questions. */
  staffing: {},
  // ──────────────────────────────────────────────────────────────────────────────────────────────

  // ──────────────────────────────────────────────────────────────────────────────────────────────
  /** A training kit: the facilitator sheet and the cards. */
  kit: {},
  // ──────────────────────────────────────────────────────────────────────────────────────────────

  // ──────────────────────────────────────────────────────────────────────────────────────────────
  /** The training calendar (training-plan.ics): its events' titles and descriptions. */
  calendar: {},
  // ──────────────────────────────────────────────────────────────────────────────────────────────

  // ──────────────────────────────────────────────────────────────────────────────────────────────
  /** The formats a handbook comes in (src/render/outputs.ts): their names and descriptions. */
  outputs: {},
  // ──────────────────────────────────────────────────────────────────────────────────────────────

  // ──────────────────────────────────────────────────────────────────────────────────────────────
  /** Printing from the browser (/print/, the builder's Print): the paper choice and its messages. */
  print: {},
  // ──────────────────────────────────────────────────────────────────────────────────────────────
};
