/**
 * The English dictionary: every word the playbook itself prints around the content (section labels,
 * table headings, the sentences of the handbook, the whole playbook, handouts, kits, the calendar and
 * the site), as whole sentences with `{placeholders}` and plural forms (src/i18n/format.ts fills
 * them). Content (the pages) and the command line's own messages are not here. A second language
 * is a copy of this file and of its folder src/i18n/en/ (the words of the site, the builder, the
 * assessment and the staffing calculator, one file each), translated.
 */
import type { Plural } from './format.ts';
import type { SectionId } from './keys.ts';
import { site } from './en/site.ts';
import { builder } from './en/builder.ts';
import { assess } from './en/assess.ts';
import { staffing } from './en/staffing.ts';

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
      /** The name inside a sentence ("Only … has answers so far"). */
      inSentence: 'vision and leadership',
      blurb: 'What the people at the top say service is, and what they show it is.',
    },
    'hiring-training': {
      label: 'Hiring and training',
      inSentence: 'hiring and training',
      blurb: 'Who joins the team and how they learn to serve, on day one and every month after.',
    },
    'empowerment-communication': {
      label: 'Empowerment and communication',
      inSentence: 'empowerment and communication',
      blurb: 'Whether people may act, know what is going on, and are heard when they speak.',
    },
    'working-conditions': {
      label: 'Working conditions and resources',
      inSentence: 'working conditions and resources',
      blurb: 'Staffing, tools and the way the company treats the people who serve.',
    },
    'recognition-culture': {
      label: 'Recognition and culture',
      inSentence: 'recognition and culture',
      blurb: 'Thanks, celebration and the everyday mood of the team.',
    },
    'customer-processes': {
      label: 'Customer processes',
      inSentence: 'customer processes',
      blurb: 'Response times, recovery and processes designed from the customer side.',
    },
    'measurement-improvement': {
      label: 'Measurement and improvement',
      inSentence: 'measurement and improvement',
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

  /** The same readers inside a sentence ("For executives, managers and HR."). */
  audiencesInSentence: {
    executives: 'executives',
    managers: 'managers',
    frontline: 'frontline staff',
    hr: 'HR',
    trainers: 'trainers',
  },

  /** The answer scale of the diagnostic statements, from 1 to 5. */
  scale: ['Not true of us', 'Rarely true', 'Sometimes true', 'Mostly true', 'Completely true of us'],
  /** The scale's two ends inside a sentence ("from 1 (not true of us) to 5 (completely true of us)"). */
  scaleEnds: { low: 'not true of us', high: 'completely true of us' },

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
    metricColumns: ['Metric', 'What it measures', 'Target'],
    /** A metric's definition with what holds only on this page after it. */
    metricNote: '{definition} {note}',
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
    /** Under a play: the worksheets it asks a team to fill in, as links. */
    playWorksheets: plural({ one: 'Worksheet', other: 'Worksheets' }),
  },

  /** A metric's full entry, as the site's glossary and a handbook's appendix print it (src/document/metrics.ts). */
  metric: {
    /** The label of each fact of an entry, in the order printed. */
    facts: {
      target: 'Target',
      targetReason: 'Why this target',
      counts: 'What is counted',
      window: 'Counted over',
      unit: 'Unit',
      scale: 'Scale',
      minimumSample: 'Smallest sample worth reading',
      cadence: 'How often to read it',
      pulse: 'Survey statement',
      source: 'Source',
      /** The pages (on the site) or chapters (in a handbook) that use the metric. */
      usedOn: 'Used on',
      usedIn: 'Used in',
    },
    /** What a metric's figure is, by unit id (src/schemas/metrics.ts). */
    units: {
      percent: 'Percentage',
      count: 'Count',
      ratio: 'Ratio',
      score: 'Score',
      minutes: 'Minutes',
      seconds: 'Seconds',
      days: 'Days',
    },
    /** How often a figure is read or the survey runs, by cadence id, as it reads on its own. */
    cadences: {
      weekly: 'Every week',
      monthly: 'Every month',
      quarterly: 'Every quarter',
      'half-yearly': 'Every six months',
      yearly: 'Every year',
    },
    /** A handbook chapter that uses the metric: "Chapter 3". */
    chapterRef: 'Chapter {n}',
    /** Under the heading of a handbook's appendix of metrics. */
    appendixIntro:
      'Every number the chapters ask you to track, each defined once: what is counted and over what period, the smallest sample worth reading, and the target with the reason for it. A chapter’s table of metrics links to its entries here.',
  },

  /** The staff pulse survey: its form (a handbook's appendix) and how it runs (the form and the site). */
  pulse: {
    title: 'Staff pulse survey',
    /** Above the form's statements. */
    formIntro:
      'Do not write your name on this form. Tick one box for each statement, for how things are for you at the moment.',
    /** The line to fill in above the statements: the team, so its result can be counted. */
    formFields: 'Team: {line}   Date: {line}',
    statementColumn: 'Statement',
    /** How the results are read; {agree} is the answers that count, {threshold} the smallest team shown, {cadence} how often it runs. */
    howItRuns:
      'Answers of {agree} count as agreeing. Show a team’s result only when at least {threshold} of its people have answered, so that no one’s answers stand out. Collect the forms so that nobody can tell whose is whose, for example in a closed box. {cadence}, the same statements are asked again.',
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
      debrief: [
        'What will each of us do first, and by when?',
        'What would stop us, and who can remove that?',
      ],
    },
    /** "Who does what": the roles, each with the chapters its plays are in. */
    whoDoesWhat: 'Who does what',
    whoDoesWhatIntro: 'Each role, by the title used here, and the chapters where it owns or shares a play.',
    whoDoesWhatColumns: ['Role', 'Chapters with its plays'],
    playsInChapter: plural({ one: '{chapter} (one play)', other: '{chapter} ({n} plays)' }),
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
  },

  // ──────────────────────────────────────────────────────────────────────────────────────────────
  /**
   * The site's own pages and layout: navigation, home, lists, search, sources, 404, the handbook
   * guide, the handout and kit pages; and the few words the site shares with the generator (the
   * callouts in a page body, the titles of a handbook's handout and kit files).
   */
  site,
  // ──────────────────────────────────────────────────────────────────────────────────────────────

  // ──────────────────────────────────────────────────────────────────────────────────────────────
  /** The handbook builder (/build/): its form, messages, notes, status lines and the settings file it writes. */
  builder,
  // ──────────────────────────────────────────────────────────────────────────────────────────────

  // ──────────────────────────────────────────────────────────────────────────────────────────────
  /** The self-assessment (/assess/), its results, team view and one-page team report. */
  assess,
  // ──────────────────────────────────────────────────────────────────────────────────────────────

  // ──────────────────────────────────────────────────────────────────────────────────────────────
  /** The staffing calculator (/tools/staffing/) and "What our standards take" in the handbook: its readings and questions. */
  staffing,
  // ──────────────────────────────────────────────────────────────────────────────────────────────

  // ──────────────────────────────────────────────────────────────────────────────────────────────
  /** A training kit: the facilitator sheet and the cards. */
  kit: {
    /** Between the parts of a footer: the company, the playbook, the mode. */
    separator: ' · ',
    kicker: 'Training kit · Facilitator sheet · {category}',
    forMode: 'For the failure mode “{title}”: {summary}',
    facts: { format: 'Format', length: 'Length', group: 'Group', prep: 'Prep', cards: 'Cards' },
    minutes: plural({ one: '{n} minute', other: '{n} minutes' }),
    noCards: 'none',
    cardsOnSheets: '{cards} on {sheets}',
    sheets: plural({ one: '{n} sheet', other: '{n} sheets' }),
    /** Printed in bold, as a label, before the list of missing parts. */
    missingLabel: 'Still to be written',
    missing: '{parts}. This kit prints what there is so far.',
    /** The parts a complete kit has, by exercise field, as a trainer names them (and a page's author reads them). */
    parts: {
      prepMinutes: 'prep time',
      materials: 'materials list',
      agenda: 'timed agenda',
      cards: 'cards',
      facilitator: 'facilitator notes',
      remote: 'remote variant',
      followUp: 'follow-up',
    },
    beforeSession: 'Before the session',
    cardsToPrint: 'Cards to print',
    printCutOut: 'Print the cut-out cards that follow this sheet and cut along the dashed lines.',
    fullPages: plural({
      one: 'One sheet prints on a page of its own, to copy as the list above says: {titles}.',
      other: '{n} sheets print on a page of its own, to copy as the list above says: {titles}.',
    }),
    agenda: 'Agenda',
    roles: 'Roles',
    prompts: 'Prompts',
    facilitatorNotes: 'Facilitator notes',
    debrief: 'Debrief questions',
    remote: 'Running it remotely',
    /** A call that takes a different time from the room: its length and the page's reason. */
    remoteLength: 'On a video call the session takes {minutes}: {why}',
    beforeCall: 'Before the call',
    onTheCall: 'On the call',
    afterSession: 'After the session',
    next30Days: 'In the next 30 days',
    atRefresher: 'At the refresher',
    agendaColumns: { clock: 'Clock', minutes: 'Minutes', step: 'What happens' },
    /** A step's place on the session clock: "0:05–0:20". */
    clockRange: '{start}–{end}',
    deckColumns: { deck: 'Deck', cards: 'Cards', sets: 'Who gets a set' },
    setsSeparator: '; ',
    noSets: 'Not yet named in the materials',
    watchFor: 'Watch for',
    quietGroup: 'If the group is quiet',
    defensiveGroup: 'If the group is defensive',
    debriefPoint: 'The point the debrief must land',
    cutOutCards: 'Cut-out cards',
    cutNote: plural({
      one: '{n} card, {sheets} of up to {perSheet}. Cut along the dashed lines.',
      other: '{n} cards, {sheets} of up to {perSheet}. Cut along the dashed lines.',
    }),
    cutSheets: plural({ one: 'one sheet', other: '{n} sheets' }),
    sheetLabel: 'Card sheet {n} of {total}',
    /** A card's deck and place in it: "Customer messages · 3 of 8". */
    /** The printed name of the deck of role briefs the kit makes from an exercise's roles. */
    roleBriefsDeck: 'Role briefs',
    cardPosition: '{deck} · {n} of {of}',
    /** Who is handed a set of cards, by the material's `per`. */
    holders: {
      room: 'for the room',
      trainer: 'for the trainer only',
      person: 'per person',
      pair: 'per pair',
      group: 'per group',
      table: 'per table',
    },
    /** Sets of a deck are counted in words up to ten: "two sets per group". */
    numberWords: ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'],
    /** {count} is the number in words. A deck of one card is a sheet to copy, not a set to sort. */
    sets: plural({ one: '{count} set', other: '{count} sets' }),
    copies: plural({ one: '{count} copy', other: '{count} copies' }),
    setsFor: '{sets} {holder}',
    partOfDeck: '{count} of the {size} cards {holder}',
    partOfDeckSets: '{count} of the {size} cards {holder}, {sets}',
  },
  // ──────────────────────────────────────────────────────────────────────────────────────────────

  // ──────────────────────────────────────────────────────────────────────────────────────────────
  /** The training calendar (training-plan.ics): its events' titles and descriptions. */
  calendar: {
    /** The calendar's product identifier (RFC 5545 PRODID); its last part names the language of its text. */
    productId: '-//service-playbook//training plan//EN',
    /** The calendar's name, with the company's name or without. */
    name: '{company} service training',
    nameWithoutCompany: 'service training',
    sessionTitle: 'Service training {n}: {exercise}',
    refresherTitle: 'Refresher: {title}',
    categories: { session: 'Training', refresher: 'Refresher' },
    mode: 'Failure mode: {title}. {summary}',
    exercise: 'Exercise: {title} ({format}, {length}{group}).',
    group: ', {group}',
    setup: 'Setup: {setup}',
    debrief: 'Debrief:\n{questions}',
    /** One line of a list in an event's text. */
    listItem: '- {item}',
    refresherIntro: 'A short return to session {n}, "{title}", so what was practised there sticks.',
    refresherCheck: 'Check that it stuck: {check}',
    /** A refresher's check when the exercise has none of its own: a general retrospective. */
    refresherRetrospective:
      'Ask each person for one moment since the session when it made a difference, and one when it did not. Then look at the chapter’s metrics together: have they moved? Pick one thing to try again before the next session.',
    agreed: 'Agreed for the 30 days after the session:\n{actions}',
    revisit: 'Questions to revisit:\n{questions}',
    readMore: 'Read more: {link}',
    /** A play's review (from its review week in "Our first 90 days"), an all-day event. */
    reviewTitle: 'Review: {play}',
    reviewCategory: 'Review',
    reviewDescription:
      'Week {week} of the handbook’s plan: look at whether “{play}” (chapter {n}, {chapter}) is working, and decide what to keep, change or stop. Owner: {owner}.',
  },
  // ──────────────────────────────────────────────────────────────────────────────────────────────

  // ──────────────────────────────────────────────────────────────────────────────────────────────
  /** Worksheets (content/worksheets/): the printed form, its site pages and a handbook's appendix of them. */
  worksheets: {
    /** The line above a worksheet's title. */
    kicker: 'Worksheet',
    /** The heading of the paragraph on how to fill it in. */
    howTo: 'How to fill it in',
    /** A blank to write on after a label, as text (Markdown, Word); HTML draws a line instead. Dots, as Markdown would escape underscores. */
    blank: '..............................',
    /** A line to write on, as text. */
    line: '..........................................................................................',
    /** A box to tick before a checklist item. */
    tickBox: '☐ {item}',
    /** The footer of a printed worksheet: where it comes from. */
    footer: '{site} · {title}',
    footerWithCompany: '{company} · {site} · {title}',
    /** The site's index of every worksheet (/worksheets/). */
    index: {
      title: 'Worksheets',
      description: 'Every form a play in the playbook asks a team to fill in, each on one printed page.',
      lede: 'The forms the plays ask you to fill in: logs, checklists, plans and review sheets. Each prints on one page of A4 or US Letter.',
      /** Before the plays that use a worksheet, as links. */
      usedIn: 'Used in',
      /** The link to the index from the list of failure modes. */
      link: 'Worksheets: every form the plays ask you to fill in, ready to print',
    },
    /** One worksheet's page (/worksheets/<id>/). */
    page: {
      title: 'Worksheet: {title}',
      back: '← All worksheets',
      print: 'Print this worksheet',
      printNote: "Prints on one page, A4 or US Letter. Use your browser's Print command (Ctrl+P or ⌘P).",
      usedBy: 'The plays that use it',
      /** One play that uses it: the play's title and the failure mode it belongs to. */
      usedByPlay: '{play}, in {mode}',
    },
    /** A handbook's appendix of the worksheets its chapters use. */
    appendix: {
      heading: 'Appendix {letter}: Worksheets',
      intro:
        'The forms this handbook’s plays ask you to fill in, one page each. Photocopy them as you need them.',
      /** Under each worksheet: the plays that use it, as links. */
      usedIn: 'Used in {plays}.',
      /** One play in that list: the play's title and its chapter. */
      play: '“{play}” (chapter {n})',
    },
    /** The title of the worksheets file of a handbook. */
    fileTitle: 'Worksheets · {company}',
  },

  /** "Our first 90 days": the chapters' plays laid out by the week each starts. */
  firstDays: {
    heading: 'Our first 90 days',
    /** With a start date; the calendar note is added when the training calendar holds the reviews. */
    introDated:
      'Week by week from {date} (week 0): each play of these chapters in the week it starts, with the person who owns it, and in the week the team looks again at whether it is working.',
    introUndated:
      'Week by week from the day you start (week 0): each play of these chapters in the week it starts, with the person who owns it, and in the week the team looks again at whether it is working. Give the training plan a start date to see each week’s date here.',
    calendarNote: 'The training calendar that comes with this handbook holds the review dates too.',
    /** A week's heading. */
    week: 'Week {n}',
    weekDated: 'Week {n} · from {date}',
    /** A play that starts in the week: {play} is its title, {owner} its owner (and whoever helps). */
    starts: 'Start {play} (chapter {n}). Owner: {owner}.',
    /** The same, with the week it is reviewed in. */
    startsWithReview: 'Start {play} (chapter {n}). Owner: {owner}. Review in week {review}.',
    /** A play due for review in the week. */
    review: 'Review {play} (chapter {n}): is it working? Owner: {owner}.',
    /** The heading over the weeks after week 12. */
    later: 'After the first 90 days',
    unscheduled: 'Our own plays, with no week yet',
    unscheduledIntro: 'Agree a start week and a review week for each of these, with its owner.',
    unscheduledPlay: '{play} (chapter {n}). Owner: {owner}.',
    /** A handbook whose chapters have no plays with weeks. */
    empty: 'None of these chapters’ plays has a start week yet.',
  },
  // ──────────────────────────────────────────────────────────────────────────────────────────────

  // ──────────────────────────────────────────────────────────────────────────────────────────────
  /** The formats a handbook comes in (src/render/outputs.ts): their names and descriptions. */
  outputs: {
    // By format: its heading, what a person gets (the help and the builder), its PDFs' titles and
    // subjects, and the command line's progress lines about it, which the table holds too.
    html: {
      title: 'Handbook',
      summary: 'the handbook as one web page: opens in any browser, prints well',
      wrote: 'Wrote handbook.html',
    },
    md: {
      title: 'Handbook for a wiki',
      summary: 'the handbook as Markdown, for a wiki',
      wrote: 'Wrote handbook.md',
    },
    pdf: {
      title: 'Handbook PDF',
      summary: 'the handbook as a PDF with numbered contents and bookmarks (printed with Chromium)',
      subject: 'Service handbook',
      /** {installHint} says how to install Chromium (src/render/pdf/install-hint.ts). */
      withoutChromium: '{installHint} Or open handbook.html in a browser and print it to PDF.',
    },
    handouts: {
      title: 'Handouts',
      summary: 'a one-page training handout per chapter (HTML, and PDF with Chromium)',
      chapterLabel: 'Handout {n}: {title}',
      files: 'handouts/NN-<id>.html and .pdf',
      wrote: plural({ one: 'Wrote {n} handout (HTML)', other: 'Wrote {n} handouts (HTML)' }),
      pdfTitle: 'Handout: {title}',
      subject: 'Training handout',
      withoutChromium: 'Chromium was not found; the HTML handouts print from any browser.',
    },
    kits: {
      title: 'Training kits',
      summary: 'a facilitator sheet and cut-out cards per chapter (HTML, and PDF with Chromium)',
      chapterLabel: 'Kit {n}: {title}',
      files: 'kits/NN-<id>.html and .pdf',
      wrote: plural({ one: 'Wrote {n} training kit (HTML)', other: 'Wrote {n} training kits (HTML)' }),
      pdfTitle: 'Training kit: {title}',
      subject: 'Facilitator sheet and cards',
      withoutChromium: 'Chromium was not found; the HTML kits print from any browser.',
    },
    ics: {
      title: 'Training calendar',
      summary: 'the training sessions and their refreshers, for a calendar',
      cannotMake:
        'the calendar needs the first session\'s date, e.g. "training: { start: 2025-09-08, cadence: weekly }"',
      wrote: plural({
        one: 'Wrote training-plan.ics ({n} session, then refreshers)',
        other: 'Wrote training-plan.ics ({n} sessions, then refreshers)',
      }),
    },
    worksheets: {
      title: 'Worksheets',
      summary:
        'the forms the chapters’ plays ask you to fill in, one printed page each (HTML, and PDF with Chromium)',
      wrote: plural({
        one: 'Wrote worksheets.html ({n} worksheet)',
        other: 'Wrote worksheets.html ({n} worksheets)',
      }),
      none: 'No worksheets written: the chapters’ plays use none',
      pdfTitle: 'Worksheets: {company}',
      subject: 'Worksheets',
      withoutChromium: 'Chromium was not found; worksheets.html prints from any browser.',
    },
    /** Keywords written into every PDF's properties. */
    keywords: {
      all: 'customer service',
      handbook: 'handbook',
      training: 'training',
      kit: 'kit',
      worksheet: 'worksheet',
    },
  },
  // ──────────────────────────────────────────────────────────────────────────────────────────────

  // ──────────────────────────────────────────────────────────────────────────────────────────────
  /** Printing from the browser (/print/, the builder's Print): the paper choice and its messages. */
  print: {
    /** The hidden frame the builder prints the handbook from, named for assistive technology. */
    handbookFrame: 'The handbook as printed',
  },
  // ──────────────────────────────────────────────────────────────────────────────────────────────

  // ──────────────────────────────────────────────────────────────────────────────────────────────
  /** The handbook in Word (handbook.docx, src/render/docx/) and its entry in the table of outputs. */
  docx: {
    title: 'Handbook for Word',
    summary:
      'the handbook as an editable Word document, for review with Track Changes; it also opens in LibreOffice and Google Docs',
    wrote: 'Wrote handbook.docx',
    /** The progress line when the logo cannot go into a Word document; {type} is e.g. "SVG". */
    wroteWithoutLogo:
      'Wrote handbook.docx without the logo: Word needs a PNG, JPEG or GIF logo and this one is {type}; export it as PNG to have it on the cover',
    /** Every page's footer but the cover's; {n} and {total} become Word's page fields. */
    pageOf: 'Page {n} of {total}',
    /** The first column of a table of diagnostic statements with tick boxes. */
    statement: 'Statement',
    /** The document's subject, in File > Properties. */
    subject: 'Service handbook',
  },
  // ──────────────────────────────────────────────────────────────────────────────────────────────
};
