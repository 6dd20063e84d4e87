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
  site: {
    /** The title of every page but the home page: the page's own title, then the site's name. */
    pageTitle: '{title} · {site}',
    skipLink: 'Skip to content',
    /** The main navigation, at the top of every page; `label` names it for assistive technology. */
    nav: {
      label: 'Main',
      modes: 'Failure modes',
      search: 'Search',
      assess: 'Self-assessment',
      tools: 'Staffing calculator',
      build: 'Handbook builder',
      handbook: 'Handbook guide',
      sources: 'Sources',
    },
    /** The footer of every page; {sources} and {print} are links, worded below. */
    footer: 'Written in our own words from five articles on customer service; see {sources}. {print}.',
    footerSources: 'the sources',
    footerPrint: 'The whole playbook, ready to print',
    /** The search box of the home and 404 pages (the search page's button too). */
    searchBox: { label: 'Search the playbook', button: 'Search' },

    home: {
      title: '{site}: why customer service fails, and what to do about it',
      description:
        'A practical playbook of the structural reasons companies fail at customer service, with plays, metrics and training exercises.',
      heading: 'Why customer service fails, and what to do about it',
      /** The opening paragraph; {n} is how many failure modes the playbook has. */
      lede: plural({
        one: 'Most poor service is built into how a company runs, not into how hard its people try. This playbook names one of those structural failures and gives it warning signs, plays, metrics and a training exercise you can run tomorrow.',
        other:
          'Most poor service is built into how a company runs, not into how hard its people try. This playbook names {n} of those structural failures and gives each one warning signs, plays, metrics and a training exercise you can run tomorrow.',
      }),
      searchPlaceholder: 'Search, e.g. refunds, staffing, training',
      /** Two links under the search box. */
      browse: '{modes} · {print}',
      browseModes: 'Browse all failure modes with filters',
      browsePrint: 'Print the whole playbook',
      assessHeading: 'Not sure where to start?',
      assessText:
        'Leaders often rate their service higher than customers and frontline staff do. The self-assessment scores your organisation against every failure mode, compares the views of everyone on your team, and picks the chapters of your handbook from the real gaps. Your answers stay in your browser.',
      assessLink: 'Take the self-assessment',
      handbookHeading: "Your company's own handbook",
      handbookText:
        'The handbook builder turns this library into a handbook for one company, right here in your browser: its name, its service vision, its priorities as chapters, its response standards and who may approve what. Print it or save it as a PDF, and download the HTML, Markdown, one handout per chapter and a training calendar. Nothing you type leaves your browser.',
      /** Two links: the builder, and the example handbook. */
      handbookLinks: '{build} · or {example}',
      handbookBuild: 'Build your handbook',
      handbookExample: 'see an example handbook first',
    },

    notFound: {
      title: 'Page not found',
      description: 'This page does not exist in the {site}.',
      heading: 'We could not find that page',
      lede: 'The link may be old, or the page may have moved.',
      searchPlaceholder: 'Search the playbook',
      /** {modes} and {home} are links, worded below. */
      elsewhere: 'Or start from {modes} or {home}.',
      elsewhereModes: 'the list of failure modes',
      elsewhereHome: 'the home page',
    },

    /** The list of every failure mode (/modes/), with its filters. */
    modes: {
      title: 'All failure modes',
      description: 'Every failure mode in the playbook, filterable by category and audience.',
      lede: plural({
        one: 'One way service breaks down, with warning signs, plays and a training exercise.',
        other: '{n} ways service breaks down, each with warning signs, plays and a training exercise.',
      }),
      categoryLegend: 'Category',
      audienceLegend: 'Audience',
      /** The status line under the filters; {n} is how many modes there are in all, {shown} how many the filters show. */
      showingAll: plural({ one: 'Showing the one failure mode.', other: 'Showing all {n} failure modes.' }),
      showingSome: plural({
        one: 'Showing {shown} of {n} failure mode.',
        other: 'Showing {shown} of {n} failure modes.',
      }),
    },

    /** A category's page: the link back to the list of every mode. */
    category: { allModes: 'All failure modes' },

    /** A failure mode's page, around its article. */
    modePage: {
      /** The previous and next mode in the same category. */
      pager: 'More in {category}',
      previous: '← {title}',
      next: '{title} →',
      /** Under "Warning signs" on the modes a tool works out numbers for: {link} opens the tool. */
      toolPitch: '{link}: {pitch}',
      /** {tool} is the tool's name as it reads mid-sentence. */
      openTool: 'Open the {tool}',
    },

    /** A mode's handout page (/modes/<id>/handout/), and a handbook's handout file. */
    handoutPage: {
      title: 'Handout: {title}',
      description: 'A one-page training handout: {summary}',
      back: '← Back to {title}',
      kitLink: 'Training kit: sheet and cards',
      printNote: "Prints on one page, A4 or US Letter. Use your browser's Print command (Ctrl+P or ⌘P).",
      /** The title of a handout file in a handbook: the mode's title and the company's name. */
      fileTitle: 'Handout: {title} · {company}',
    },

    /** A mode's training kit page (/modes/<id>/kit/), and a handbook's kit file. */
    kitPage: {
      title: 'Training kit: {title}',
      /** {title} is the mode's title as it reads mid-sentence. */
      description: 'A facilitator sheet and cut-out cards for a training session on {title}.',
      back: '← Back to {title}',
      handoutLink: 'One-page handout',
      printNote:
        "Prints on A4 or US Letter with your browser's Print command (Ctrl+P or ⌘P): the facilitator sheet first, then the cards, eight to a page, with dashed lines to cut along.",
      /** The title of a kit file in a handbook: the exercise's title and the company's name. */
      fileTitle: 'Training kit: {title} · {company}',
    },

    search: {
      title: 'Search',
      description: 'Search the full text of every failure mode in the playbook.',
      heading: 'Search the playbook',
      wordsLabel: 'Search words',
      placeholder: 'e.g. refund, understaffed, role-play',
      categoryLabel: 'Category',
      allCategories: 'All categories',
      /** Without JavaScript; {modes} is a link, worded below. */
      noScript: 'Search needs JavaScript. Every failure mode is also on {modes}.',
      noScriptModes: 'the list of failure modes',
      /**
       * The status line once the reader searches: {query} is what they typed, {category} the
       * category they chose (the "…In" sentences), {n} how many pages were found.
       */
      status: {
        searching: 'Searching…',
        none: 'No pages match “{query}”. Try a shorter or different word.',
        noneIn: 'No pages match “{query}” in {category}. Try a shorter or different word.',
        /** No page holds every word of the query, but some hold some of them. */
        partial: plural({
          one: 'No page has every word of “{query}”; {n} page has some of them, closest first.',
          other: 'No page has every word of “{query}”; {n} pages have some of them, closest first.',
        }),
        partialIn: plural({
          one: 'No page has every word of “{query}” in {category}; {n} page has some of them, closest first.',
          other:
            'No page has every word of “{query}” in {category}; {n} pages have some of them, closest first.',
        }),
        found: plural({ one: '{n} page matches “{query}”.', other: '{n} pages match “{query}”.' }),
        foundIn: plural({
          one: '{n} page matches “{query}” in {category}.',
          other: '{n} pages match “{query}” in {category}.',
        }),
      },
    },

    sources: {
      title: 'Sources',
      description: 'The five articles the playbook draws on, and which failure modes use each.',
      lede: 'The playbook takes its facts and ideas from five articles on customer service and puts them in its own words. Each failure mode lists the points it draws on.',
      /** Between an article's author, publisher and date. */
      bylineSeparator: ' · ',
      unknownByline: 'Author and date unknown',
      pointsHeading: 'Points and where they are used',
      /** One of an article's points, and the failure modes that draw on it (a list of links). */
      point: '{point}: {modes}',
    },

    /** The glossary of metrics (/metrics/). */
    metrics: {
      title: 'Metrics',
      description:
        'Every metric the playbook uses, defined once: what is counted, over what period, the smallest sample worth reading, and one target with its reason.',
      /** {pulse} is a link to the staff pulse survey, worded as pulseLink. */
      lede: 'Every number the failure modes ask you to track is defined here once, with one target, so two pages can never disagree. A page’s table of metrics links to the entries below and may add a note that holds only there. Metrics that begin “Staff who agree” are read from the {pulse}.',
      pulseLink: 'staff pulse survey',
      /** Names the row of letters at the top, for assistive technology. */
      lettersLabel: 'Metrics by first letter',
    },

    /** The staff pulse survey (/pulse/). */
    pulse: {
      title: 'Staff pulse survey',
      description:
        'The one short survey, answered without names, behind every “staff who agree” metric: its statements, its scale, what counts as agreeing and how often it runs.',
      /** {metrics} is a link to the glossary of metrics, worded as metricsLink. */
      lede: 'One short survey, answered without names, gives every “staff who agree” figure in the playbook. Ask the same statements each time, in working time, and compare a team only with itself. Each statement is reported by one metric in the {metrics}, which holds its target.',
      metricsLink: 'glossary of metrics',
      howItRunsHeading: 'How it runs',
      scaleIntro: 'Each statement is answered on the same scale:',
      statementsHeading: 'The statements',
      /** After a statement: its metric's target, and {entry}, a link to that metric's entry worded as metricEntry. */
      reportedBy: 'Target: {target}. {entry}.',
      metricEntry: 'How it is counted',
      formHeading: 'The form to print',
    },

    /** The handbook guide (/handbook/), around its prose (src/guides/generator.mdx). */
    handbookGuide: {
      title: "Your company's own handbook",
      exampleSummary: "For IT: the example retailer's settings file",
      /** {file} is the settings file's path in the project. */
      exampleLabel: "The example retailer's settings file, {file}",
    },

    /** The heading of a callout in a page body (`:::note`, `:::example`) whose author gave it none. */
    callouts: { note: 'Note', example: 'Example' },
  },
  // ──────────────────────────────────────────────────────────────────────────────────────────────

  // ──────────────────────────────────────────────────────────────────────────────────────────────
  /** The handbook builder (/build/): its form, messages, notes, status lines and the settings file it writes. */
  builder: {
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
    },

    /** The date conventions offered, by locale: where, and the paper and date they give. */
    locales: {
      'en-GB': 'United Kingdom (A4, 1 September 2025)',
      'en-IE': 'Ireland (A4)',
      'en-AU': 'Australia (A4)',
      'en-NZ': 'New Zealand (A4)',
      'en-US': 'United States (Letter, September 1, 2025)',
      'en-CA': 'Canada (Letter)',
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
      notSettings:
        '{file} does not hold handbook settings. Choose a settings file downloaded from this page.',
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
      ownAfterGone:
        '{field}: {title} is not one of the chapters in the list. Choose where this chapter goes.',
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
        empowerment:
          'Who may decide what without asking. Shown in the empowerment chapter and in an appendix.',
        branding:
          'Headings and the cover use this colour; a colour too light to read on white is darkened.\nThe logo file must sit beside this config file.',
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
  },
  // ──────────────────────────────────────────────────────────────────────────────────────────────

  // ──────────────────────────────────────────────────────────────────────────────────────────────
  /** The self-assessment (/assess/), its results, team view and one-page team report. */
  assess: {
    /** The page's own markup (/assess/), rendered at build time; the page's scripts never need these. */
    page: {
      title: 'Self-assessment',
      description:
        "A five-minute quick scan of your service, one statement per failure mode; go deeper where it matters, and compare a team's views without names.",
      heading: 'How good is your service, really?',
      lede: plural({
        one: 'A quick scan of {n} statement, one per failure mode, takes about {minutes} minutes. You get the failure modes that need you most, then you can go deeper on the top few.',
        other:
          'A quick scan of {n} statements, one per failure mode, takes about {minutes} minutes. You get the failure modes that need you most, then you can go deeper on the top few.',
      }),
      howToAnswer:
        'Answer for the way things are today, not the way they are meant to be. Your answers stay in this browser and are saved as you go; nothing is sent anywhere.',
      /** "Who sees your answers": {min} is the fewest people whose answers are ever shown together. */
      anonymity: {
        title: 'Who sees your answers',
        stay: 'Your answers stay in this browser. They leave it only if you copy your answer code (or export your answers as a file) and send it to someone yourself. Your name is optional.',
        /** {inATeam} is `inATeam`, in bold. */
        collector:
          '{inATeam}, everyone sends their code to one person who collects the codes and pastes them into the team view. That person:',
        inATeam: 'In a team',
        collectorSees: [
          'sees nothing until codes from at least {min} people are in: a code pasted on its own, or two, shows no answers on this page;',
          "then sees only averages, the team's need per failure mode and per category, never one person's answers and no list of who answered what;",
          'sees leadership (leaders and managers) and the front line apart only when each has at least {min} people and the role “Other” has none or at least {min}; otherwise everyone is shown together.',
        ],
        /** {lead} is `limitsLead`, in bold. */
        limits:
          '{lead} an answer code is not encrypted. It holds your role and your answers, and someone with technical skill can read them from the code without this page. With only {min} people an average still says something about each of them, and a collector who adds codes of their own, or compares the results with and without yours, can work out more. So send your code only to someone you trust with your answers: best a neutral collector outside your line of management, such as someone in HR or in another team.',
        limitsLead: 'What this cannot protect:',
        /** {lead} is `whyTeamLead`, in bold; {teamView} links to the team view, reading `teamViewLink`. */
        whyTeam:
          '{lead} leaders often rate service better than the people serving customers do. Send this page to colleagues (leaders, team leads and people from the front line, at least {min} of each for a comparison). Each takes the quick scan and sends their answer code to the collector, who pastes the codes under {teamView} to see where you disagree.',
        whyTeamLead: 'Why a team:',
        teamViewLink: 'Team view',
      },
      noScript:
        'The statements below can be read without JavaScript, but scoring happens in your browser, so results, saving and codes need it.',
      aboutYou: 'About you',
      roleLegend: 'Your role (needed to compare leadership with the front line)',
      /** The roles a person answers as, by id. */
      roles: { leader: 'Leader', manager: 'Manager', frontline: 'Frontline', other: 'Other' },
      nameField:
        'Your name (optional; the team sees names only in a list of who took part, and only if everyone gives one)',
      companyField: 'Company name (optional; printed on the handbook)',
      progressLabel: 'Quick scan',
      /** The progress bar's own text, for browsers that show no bar. */
      progressValue: '{answered} of {total}',
      /** The answer scale in one line: "Scale: 1 not true of us · 2 rarely true …". */
      scaleKey: 'Scale: {steps}.',
      scaleStep: '{value} {label}',
      scaleSeparator: ' · ',
      /** The scale's labels as they read inside the line above, from 1 to 5. */
      scaleInline: [
        'not true of us',
        'rarely true',
        'sometimes true',
        'mostly true',
        'completely true of us',
      ],
      deeperNote: 'Going deeper: the other statements and the warning signs.',
      signsSummary: 'Warning signs you recognise (optional)',
      signsLegend: 'Warning signs of “{mode}” you recognise',
      showResults: 'See my results',
      showAll: 'Show all {total} statements (about {minutes} minutes)',
      startOver: 'Start over',
      confirmClear: 'Clear every answer saved in this browser?',
      confirmYes: 'Yes, clear all answers',
      confirmNo: 'Keep my answers',
      resultsTitle: 'Your results',
      goDeeperThese: 'Go deeper on these',
      shareTitle: 'Send your answers to your team',
      answerCode: 'Your answer code',
      copyCode: 'Copy code',
      copyLink: 'Copy link to the team view',
      chartCaption: 'Need by category, from 0 (in good shape) to 100 (urgent)',
      rankingTitle: 'Failure modes, most need first',
      rankingNote:
        'Failure modes with the same score share a place: your answers do not put one ahead of the other.',
      handbookTitle: 'Your handbook',
      chapterCount: 'Chapters in the handbook',
      buildHandbook: 'Build this handbook',
      downloadConfig: 'Download handbook settings',
      exportAnswers: 'Export my answers as a file',
      print: 'Print',
      changeAnswers: 'Change answers',
      /** {guide} links to the handbook guide, reading `guideLink`. */
      buildNote:
        'Build this handbook opens these chapters in the handbook builder, in this browser; {guide} shows an example.',
      guideLink: 'the handbook guide',
      teamTitle: 'Team view',
      /** {link} links to "Who sees your answers", reading `teamIntroLink`. */
      teamIntro:
        "Each person takes the quick scan on their own device, chooses their role and sends you their answer code (or the link that comes with it). Paste the codes here; several at once is fine. Everything is read in this browser and never uploaded. Results show once codes from at least {min} people are in, and never one person's answers: see {link} for what that protects and what it does not.",
      teamIntroLink: 'who sees your answers',
      teamCodes: 'Answer codes from your team',
      addCodes: 'Add these codes',
      addMine: 'Add my own answers',
      teamFiles: 'Or choose answers files exported from this page (.json)',
      clearTeam: 'Remove all team answers',
      teamChartCaption: 'Team need by category, from 0 (in good shape) to 100 (urgent)',
      disagreementsTitle: 'Where your team disagrees most',
      teamHandbookTitle: "The team's handbook",
      printTeam: 'Print the one-page report',
      downloadTeamConfig: 'Download the team’s handbook settings',
    },

    /** A need as every output shows it. */
    outOf100: '{n} of 100',
    /** A figure not shown (too few people, or nothing rated). */
    noFigure: '–',
    /** A sentence made of a phrase that has no stop of its own (a headline). */
    sentence: '{text}.',
    /** What a need score means, by how high it is (60 and up, 40, 20, below 20). */
    need: {
      urgent: 'urgent',
      soon: 'worth fixing soon',
      some: 'some room to improve',
      good: 'in good shape',
    },
    /** How a mode was scored, in full (results) and in a table cell. */
    depth: {
      quick: 'quick scan (1 statement)',
      mixed: 'quick scan and deep dive mixed',
      deep: 'deep dive ({answered} of {questions} statements, {ticked} of {signs} warning signs)',
    },
    depthShort: { quick: 'quick scan', deep: 'deep dive', mixed: 'mixed' },
    /** Countable phrases several sentences share. */
    failureModes: plural({ one: '{n} failure mode', other: '{n} failure modes' }),
    people: plural({ one: '{n} person', other: '{n} people' }),

    /** The questionnaire's progress line and the messages of its buttons (the page's first script). */
    form: {
      progress: 'Quick scan: {answered} of {total} statements answered.',
      progressDone: plural({
        one: 'Quick scan done: all {n} statement answered.',
        other: 'Quick scan done: all {n} statements answered.',
      }),
      deeper: 'Deep dive: {n} more.',
      notSaved: 'Answers cannot be saved in this browser, so keep this tab open.',
      cleared: 'All answers cleared. {progress}',
      codeCopied: 'Code copied. Paste it into a message to whoever combines the answers.',
      codeSelected: 'The code is selected: copy it with Ctrl+C (⌘C on a Mac).',
      linkCopied:
        'Link copied. Whoever opens it adds your answers to their team view, which shows results once {min} people’s answers are in.',
      copyThisLink: 'Copy this link: {link}',
      roleFirst:
        'Choose your role under “About you” first, so the team view can compare leadership with the front line.',
      exported: plural({
        one: 'Exported your answers ({n} statement). Sending the code is easier: it carries the same answers.',
        other:
          'Exported your answers ({n} statements). Sending the code is easier: it carries the same answers.',
      }),
      roleFirstMine: 'Choose your role under “About you” first, then add your own answers.',
    },

    /** One person's results. */
    results: {
      tieWhy:
        'Your answers put none of them ahead of another, so choose the ones to start with, or go deeper on them to tell them apart.',
      rateFirst: 'Rate at least one statement first: a handbook needs at least one chapter.',
      tickFirst: 'Tick the tied failure modes to start with first: a handbook needs at least one chapter.',
      downloaded:
        'Downloaded handbook.yaml, your handbook settings: open it in the handbook builder to carry on.',
      /** The subject of a sentence from configText, about the company name the person typed. */
      companyName: 'Your company name',
      /** Whose answers the downloaded config's chapters come from. */
      basis: 'your answers',
      nothingYet: 'Nothing to score yet. Rate a few statements above, then come back here.',
      signsOnly: plural({
        one: 'You ticked warning signs of {modes} but rated none of its statements, so it has no score yet: rate at least one statement.',
        other:
          'You ticked warning signs of {modes} but rated none of their statements, so they have no score yet: rate at least one statement.',
      }),
      ratedQuick: 'You rated {answered} of {questions} statements: the quick scan.',
      ratedDeep: 'You rated {answered} of {questions} statements: a deep dive on every mode you scored.',
      ratedMixed: plural({
        one: 'You rated {answered} of {questions} statements: the quick scan, and a deep dive on {n} failure mode.',
        other:
          'You rated {answered} of {questions} statements: the quick scan, and a deep dive on {n} failure modes.',
      }),
      average: 'Across everything you rated, the average need is {need} of 100: {reading}.',
      /** {mode} links to the failure mode. */
      startWith: 'Start with {mode} ({need} of 100): it is where your answers show the most need.',
      /** A tie at the top, and a tie right after the one mode at the top; {modes} links to each. */
      topTie: plural({ other: 'The most need in your answers: {n} failure modes tie at {need} of 100.' }),
      topTieNamed: plural({
        other: 'The most need in your answers: {n} failure modes tie at {need} of 100: {modes}.',
      }),
      nextTie: plural({ other: 'After it, {n} failure modes tie at {need} of 100.' }),
      nextTieNamed: plural({ other: 'After it, {n} failure modes tie at {need} of 100: {modes}.' }),
      tieApart:
        'Your answers put none of them ahead of another: choose among them for the handbook below, or go deeper on them to tell them apart.',
      /** {category} is a category's name as it reads inside a sentence. */
      onlyCategory: 'Only {category} has answers so far.',
      categoriesClose:
        'The categories score within a few points of each other, so look at the individual failure modes below.',
      /** {most} and {least} are a category's name, or `categoriesAt`; the form follows how many are at the top. */
      byCategory: plural({
        one: 'By category, {most} needs the most attention and {least} the least.',
        other: 'By category, {most} need the most attention and {least} the least.',
      }),
      categoriesAt: '{n} categories ({need} of 100)',
      rankingItem: 'Need {need} of 100, {reading}. Scored by {depth}.',
      rankingItemTied: plural({
        one: 'Need {need} of 100, {reading}, tied with 1 other failure mode. Scored by {depth}.',
        other: 'Need {need} of 100, {reading}, tied with {n} other failure modes. Scored by {depth}.',
      }),
      /** The offer to go deeper on the chapters scored from one statement; {items} statements and signs, {minutes} to answer them. */
      goDeeper: plural({
        one: 'One failure mode at the top of your results comes from one statement each: {modes}. Go deeper on it ({items} more statements and warning signs, about {minutes} minutes) to make its score firmer before you act; a deep dive that confirms a problem keeps it where it is.',
        other:
          '{n} failure modes at the top of your results come from one statement each: {modes}. Go deeper on them ({items} more statements and warning signs, about {minutes} minutes) to make their scores firmer before you act; a deep dive that confirms a problem keeps it where it is.',
      }),
      goDeeperUnnamed: plural({
        other:
          '{n} failure modes at the top of your results come from one statement each. Go deeper on them ({items} more statements and warning signs, about {minutes} minutes) to make their scores firmer before you act; a deep dive that confirms a problem keeps it where it is.',
      }),
      goDeeperOn: 'Go deeper on {mode}',
      goDeeperOnThese: 'Go deeper on these {n}',
      shareIntro:
        "Copy the code (or the link) into an email or chat message to whoever collects your team's answers.",
      /** What the code holds: with or without the company name and the person's name ({name}). */
      shareHolds: {
        plain: 'It holds your role ({role}) and your answers.',
        company: 'It holds your role ({role}) and your answers, the company name.',
        name: 'It holds your role ({role}) and your answers and your name ({name}), which the team sees only in a list of who took part, and only if everyone gives one.',
        both: 'It holds your role ({role}) and your answers, the company name and your name ({name}), which the team sees only in a list of who took part, and only if everyone gives one.',
      },
      shareSafety:
        "The team view shows nothing until {min} people's codes are in, and never one person's answers; but the code is not encrypted, so someone with technical skill can read your answers from it. Send it to someone you trust with them.",
      shareNoRole:
        'Choose your role under “About you” first: the code needs it so the team view can compare leadership with the front line.',
      /** The roles as they read inside a sentence. */
      roleInSentence: { leader: 'leader', manager: 'manager', frontline: 'frontline', other: 'other' },
    },

    /** The choice among tied failure modes at the handbook's last places (results and team view). */
    ties: {
      chapters: plural({ one: '{n} chapter', other: '{n} chapters' }),
      /** Where the tie falls: all the handbook's places, or its last ones. */
      places: plural({ one: 'the one place', other: 'the {n} places' }),
      lastPlaces: plural({ one: 'the last place', other: 'the last {n} places' }),
      above: plural({ one: 'the failure mode above them', other: 'the {n} above them' }),
      legend: plural({ other: '{n} failure modes tie at {need} of 100 for {where} in the handbook' }),
      noChapter:
        'The handbook has no chapter yet: tick the ones to start with (room for {places} at the number of chapters chosen).',
      takesAbove: 'The handbook takes {above} ({chapters}) until you tick some of these.',
      takesTicked: 'The handbook takes the {taken} you ticked: {chapters}.',
      takesAboveAndTicked: 'The handbook takes {above} and the {taken} you ticked: {chapters}.',
      tickAll: 'Tick all',
      untickAll: 'Untick all',
    },

    /** The bar chart of need by category, as a screen reader hears it. */
    chart: {
      title: 'Need by category, 0 to 100',
      category: '{category}: {need} of 100',
      notAssessed: '{category}: not assessed',
      separator: '; ',
      description: '{categories}.',
    },

    /** The team view: adding people's answers, its status line, and the figures. */
    team: {
      nothingAdded: 'Nothing was added:',
      someAdded: 'Some codes were added, but not these:',
      noCodeFound: 'no answer code found in the text; codes start with {prefix}',
      pasteFirst: 'paste one or more answer codes first',
      /** One code among those pasted, as the notes name it. */
      codeSource: 'code {n}',
      codeProblem: 'Code {n} ({start}…): {problem}.',
      addedLink: 'Added the answers from the link you opened.',
      addedMine: 'Added your own answers.',
      addedPeople: plural({ one: 'Added {n} person’s answers.', other: 'Added {n} people’s answers.' }),
      fileTooLarge: '{file}: is {size} KB; answers files are at most {max} KB',
      fileProblem: '{file}: {message}',
      fileFieldProblem: '{file}, {field}: {message}',
      filesRefused: plural({
        one: 'One file has a problem, so nothing was added:',
        other: 'Some files have problems, so nothing was added:',
      }),
      addedFiles: plural({ one: 'Added {n} file.', other: 'Added {n} files.' }),
      noAnswers: 'No answers yet.',
      combined: plural({ one: '{n} person combined.', other: '{n} people combined.' }),
      removed: 'Removed all team answers.',
      tieWhy:
        'The team’s answers put none of them ahead of another, so choose the ones to start with, or ask people to go deeper on them and send their codes again to tell them apart.',
      basis: plural({ other: "{n} people's combined answers" }),
      downloaded:
        'Downloaded the team’s handbook.yaml, its handbook settings: open it in the handbook builder to carry on.',
      companyName: 'The company name',
      /** {link} links to the failure mode about this gap, reading `gapModeLink`. */
      gapMode:
        'A gap like this is a failure mode in its own right: {link}. Close it first, or the plan will aim at the wrong problems.',
      gapModeLink: 'leaders rate service higher than customers and staff do',
      disagreement:
        "People's scores are {points} or more points apart; talk this one through before deciding.",
      /** The table's caption: {what} says which rows it holds, on screen and in print. */
      tableCaption: '{what} (need 0 to 100; 2= marks a tie)',
      tableOnScreen: 'Every failure mode rated by {min} or more people, most team need first',
    },

    /** The headline of a team view: how far leadership and the front line are apart. */
    gap: {
      tooFew: plural({
        one: "Answers from one person so far: the team's results show from {min} people on, so that no one's answers can be read on their own",
        other:
          "Answers from {n} people so far: the team's results show from {min} people on, so that no one's answers can be read on their own",
      }),
      merged: 'Leadership and the front line are shown together, because {why}',
      mergedWhy: 'only {groups} answered',
      /** A group too small to show apart, with how many people are in it. */
      groupCounts: {
        leadership: plural({ one: '{n} person in leadership', other: '{n} people in leadership' }),
        frontline: plural({ one: '{n} person from the front line', other: '{n} people from the front line' }),
        other: plural({ one: '{n} person with the role “Other”', other: '{n} people with the role “Other”' }),
      },
      mergedDetail:
        "A group is shown apart only from {min} people on, so that no one's answers can be worked out from its figures; everyone's answers count in the team's figures below.",
      noFrontline: 'No frontline answers yet, so leadership and the front line cannot be compared',
      noLeadership: 'No leader or manager answers yet, so leadership and the front line cannot be compared',
      noOverlap:
        'Leadership and the front line rated different failure modes, so they cannot be compared yet',
      apart: plural({
        one: '{n} point apart per failure mode on average',
        other: '{n} points apart per failure mode on average',
      }),
      /** {apart} is `apart`; {wide} of {compared} modes are {points} or more points apart. */
      agree:
        'Leadership and the front line broadly agree: {apart}, and no failure mode differs by {points} points or more',
      frontlineHigher:
        'The front line sees more need than leadership: {apart}, {wide} of {compared} failure modes {points} or more points apart',
      leadershipHigher:
        'Leadership sees more need than the front line: {apart}, {wide} of {compared} failure modes {points} or more points apart',
      bothWays:
        'Leadership and the front line disagree in both directions: {apart}, {wide} of {compared} failure modes {points} or more points apart',
      averages:
        'Average need over the {modes} both groups rated: leadership {leadership} of 100 ({leadershipPeople}), front line {frontline} of 100 ({frontlinePeople}).',
      /** The widest gaps in one direction; {modes} counts the wide ones, {widest} names them. */
      frontlineWide: 'The front line sees {points} or more points more need on {modes}. Widest: {widest}.',
      frontlineSome: 'The front line sees somewhat more need on some failure modes. Widest: {widest}.',
      leadershipWide: 'Leadership sees {points} or more points more need on {modes}. Widest: {widest}.',
      leadershipSome: 'Leadership sees somewhat more need on some failure modes. Widest: {widest}.',
      widest: '{mode} (leadership {leadership}, front line {frontline})',
      widestSeparator: '; ',
    },

    /** The team's figures as the page and the one-page report word them. */
    report: {
      title: 'Service self-assessment: team report',
      titleFor: 'Service self-assessment: team report for {company}',
      respondents: '{people} answered: {groups}.',
      respondentsNamed: '{people} answered: {groups}. Everyone gave a name: {names}.',
      groups: {
        leadership: '{n} in leadership',
        frontline: '{n} from the front line',
        other: '{n} with the role “Other”',
      },
      fewRaters: plural({
        one: '{n} failure mode was rated by fewer than {min} people and is left out.',
        other: '{n} failure modes were rated by fewer than {min} people and are left out.',
      }),
      dash: "A dash: fewer than {min} people in that group rated it (or another group is that small), so only the team's figure is shown.",
      cutTie: plural({
        one: '{n} more failure mode also scores {need}, tied with the last rows: {modes}.',
        other: '{n} more failure modes also score {need}, tied with the last rows: {modes}.',
      }),
      topModes: plural({
        one: 'The {n} failure mode with the most need',
        other: 'The {n} failure modes with the most need',
      }),
      noDisagreement: 'No failure mode splits the team by {points} points or more.',
      columns: {
        rank: '#',
        mode: 'Failure mode',
        team: 'Team',
        leadership: 'Leadership',
        frontline: 'Front line',
        gap: 'Gap',
        scoredBy: 'Scored by',
      },
    },

    /** Only in the Markdown report (`playbook assess --format md`). */
    markdown: {
      countedOnce: plural({
        one: 'One set of answers was given twice and counted once.',
        other: '{n} sets of answers were given twice and counted once.',
      }),
      byCategory: 'Need by category',
      categoryColumns: { category: 'Category', need: 'Need' },
      modeWithNeed: '{mode} ({reading})',
      disagreementsTitle: 'Where the team disagrees most',
      disagreement: "{mode}: people's scores are {points} or more points apart",
      needScale: 'Need runs from 0 (in good shape) to 100 (urgent).',
      needScaleTied:
        'Need runs from 0 (in good shape) to 100 (urgent); “2=” marks failure modes tied on the same score.',
      gapMeaning:
        'Gap is the front line’s need minus leadership’s: positive where the front line sees more need.',
    },

    /** Why an answer code cannot be read, for the person who pasted it. */
    code: {
      notACode: 'not an answer code: codes start with {prefix}',
      otherVersion:
        'made by another version of the assessment ({version}); ask for the answers again from this page',
      stray: 'contains "{character}", which no code has; copy the code again',
      aSpace: 'a space',
      incomplete:
        'incomplete or mistyped (its checksum does not match); ask the person to copy the whole code again',
      otherStatements:
        'made against a different set of statements than this playbook now has (they have changed since); ask the person to take the quick scan again on this page',
      damaged:
        'damaged: the checksum matches but the answers do not fit this playbook; ask for the code again',
      tooLong: 'the pasted text is {length} characters long; paste at most {max} (a code is a few hundred)',
    },

    /** Notes on the same person's answers given twice: {source} and {earlier} name where each came from. */
    duplicates: {
      sameAnswers: '{source} has the same answers as {earlier}, so they were counted once',
      samePerson:
        '{source} and {earlier} come from the same person, so they were counted once (using {source}, the later one)',
    },

    /** What writing a name into a config changed; {what} names it ("The company name"). */
    configText: {
      removed:
        '{what} held invisible control characters ({characters}) that a handbook may not contain, so they were left out; check how it reads',
      cut: '{what} was longer than the {max} characters a handbook allows, so it was cut; check how it reads',
      both: '{what} held invisible control characters ({characters}) that a handbook may not contain, so they were left out, and was longer than the {max} characters a handbook allows, so it was cut; check how it reads',
      /** A status line followed by such a note. */
      withNote: '{status} {note}.',
    },

    /** The handbook config the assessment writes: its starting values and its comments. */
    config: {
      company: 'Your company',
      vision: 'Every customer leaves knowing exactly what happens next.',
      firstResponse: '2 hours',
      callback: 'the same working day',
      refundLimit: '50 GBP',
      /** The header's first line: `playbook assess --force` replaces only a file that starts with it. */
      header: 'Handbook config made by the service-playbook self-assessment.',
      chapters: plural({
        one: 'The chapters below are the failure mode with the most need in {basis}, most need first.',
        other: 'The chapters below are the {n} failure modes with the most need in {basis}, most need first.',
      }),
      tieAll: plural({
        other:
          '{n} failure modes tie at {need} of 100 for {where}; the answers put none ahead of another, so all {n} are in. Remove the ones you do not want.',
      }),
      tieNoneChosen: plural({
        other: '{n} failure modes tie at {need} of 100 for {where}; none of them were chosen.',
      }),
      /** {n} is how many were chosen, {tied} how many tie. */
      tieChosen: plural({
        one: '{tied} failure modes tie at {need} of 100 for {where}; {n} of them was chosen.',
        other: '{tied} failure modes tie at {need} of 100 for {where}; {n} of them were chosen.',
      }),
      lastPlaces: plural({ one: 'the last place', other: 'the last {n} places' }),
      editThen: 'Edit the lines marked EDIT, then check and generate the handbook:',
      validate: 'npx playbook validate --config <this file>',
      generate: 'npx playbook generate --config <this file>',
      companyNote: "EDIT: your company's name as customers know it",
      visionNote:
        'EDIT: the one sentence every employee should be able to repeat about the service you give.',
      prioritiesNote:
        'Chapters, most need first. Reorder, remove or add ids; `npx playbook list` shows them all.',
      priority: 'need {need} of 100',
      priorityTied: 'need {need} of 100, tied',
      /** A chapter's note with the warning signs ticked: {note} is one of the two above. */
      priorityWithSigns: plural({
        one: '{note}; {n} warning sign ticked',
        other: '{note}; {n} warning signs ticked',
      }),
      includeNote:
        '"priorities" prints only those chapters; "all" adds a short appendix with every other failure mode.',
      standardsNote:
        'EDIT: the promises you make to customers. Chapters quote them after "within", e.g. "a first response within 1 hour".',
      refundLimitNote: 'What a frontline employee may refund without asking anyone.',
      empowermentNote:
        'Who may decide what without asking. Without rows the handbook shows a sample table instead.',
      localeNote: 'en-US or en-CA for US Letter paper and US dates',
      dateNote: 'the cover date',
      formatsNote: 'Also possible: pdf (needs Chromium), ics (the training calendar).',
      trainingNote: 'One training session per chapter, from this date on.',
      /** {values} are the other cadences a config accepts, as written in it. */
      cadenceNote: 'or {values}',
      trainingLater: 'Optional: put dates on the training plan, one session per chapter.',
      nothingToWrite: 'nothing to put in the handbook yet: answer at least one statement first',
    },
  },
  // ──────────────────────────────────────────────────────────────────────────────────────────────

  // ──────────────────────────────────────────────────────────────────────────────────────────────
  /** The staffing calculator (/tools/staffing/) and "What our standards take" in the handbook: its readings and questions. */
  staffing: {
    /** The calculator's name: the page's title, and the heading of the link to it on the mode pages it helps with. */
    title: 'Staffing calculator',
    /** The tool's name inside a sentence ("Open the staffing calculator"). */
    titleInSentence: 'staffing calculator',
    /** What the calculator answers for each mode it helps with, by mode id (src/core/staffing/tools.ts). */
    pitches: {
      understaffing:
        'Enter your volumes, handle time and promise, and see how many people it takes on the phones and on the rota, hour by hour.',
      'yesterdays-response-standards':
        'Before you tighten a response standard, see how many people the new promise takes, and how long customers wait with the team you have.',
    },

    // The calculator's own words, from here to `form`: the page's script needs them too, so the page
    // writes them into its HTML (src/core/staffing/wording.ts lists them).

    /** Durations, counts of people, percentages and targets, as the readings write them. */
    units: {
      seconds: plural({ one: '{n} second', other: '{n} seconds' }),
      minutes: plural({ one: '{n} minute', other: '{n} minutes' }),
      hours: plural({ one: '{n} hour', other: '{n} hours' }),
      /** A duration in two units, the larger first: "2 minutes 3 seconds", "1 hour 30 minutes". */
      twoUnits: '{larger} {smaller}',
      people: plural({ one: '{n} person', other: '{n} people' }),
      percent: '{n}%',
      /** A target: a share answered within a time ("80% within 20 seconds"), or an average wait. */
      serviceLevel: '{share} within {time}',
      averageWait: 'an average wait of {time} or less',
    },
    /** Each queue's contacts and the people answering them, by channel; the volumes as a manager says them. */
    channels: {
      phone: {
        contacts: 'calls',
        working: 'on the phones',
        waiting: 'callers',
        perHour: plural({ one: '{n} call an hour', other: '{n} calls an hour' }),
        perDay: plural({ one: '{n} call a day', other: '{n} calls a day' }),
        perInterval: plural({ one: '{n} call per {interval}', other: '{n} calls per {interval}' }),
      },
      chat: {
        contacts: 'chats',
        working: 'answering chats',
        waiting: 'customers',
        perHour: plural({ one: '{n} chat an hour', other: '{n} chats an hour' }),
        perDay: plural({ one: '{n} chat a day', other: '{n} chats a day' }),
        perInterval: plural({ one: '{n} chat per {interval}', other: '{n} chats per {interval}' }),
      },
    },
    /**
     * The result in plain words, as a manager would say it to their director. A sentence's optional
     * parts are placeholders filled with the pieces below it, or left empty.
     */
    reading: {
      needServiceLevel:
        'To answer {share} of {contacts} within {time} you need {people} {working}{holding}{busiestHour}{cap}{rota}.',
      needAverageWait:
        'To keep the average wait to {time} or less you need {people} {working}{holding}{busiestHour}{cap}{rota}.',
      holding: ' {n} at a time',
      busiestHour: ' in the busiest hour',
      cap: ' (the target alone takes {n}, but that keeps each person busy more than {occupancy} of the time)',
      rota: ', {people} on the rota once breaks, training and absence ({shrinkage} of paid time) are counted',
      neverClears:
        "With {people} the queue never clears: the {contacts} bring {work} people's worth of work at every moment, so the queue grows for as long as they keep coming.",
      figures:
        'With {people}, {level} of {contacts} are answered within {time}, the average wait is {wait}, {waiting} of {waiters} wait at all, and each person spends {occupancy} of their time handling {contacts}.',
      figuresHeld:
        "With {people}, {level} of {contacts} are answered within {time}, the average wait is {wait}, {waiting} of {waiters} wait at all, and each person's {n} chat slots are in use {occupancy} of the time.",
      /** The figures for the people you have, then how they compare with what the target takes. */
      whatIf: '{figures} {verdict}',
      short: 'That is {n} short of what the target takes.',
      more: 'That is {n} more than the target takes.',
      exact: 'That is exactly what the target takes.',
      perDay:
        "The busiest hour brings {busiest} of the day's {total} {contacts} ({share}); every figure here is for that hour.",
      held: 'Holding {n} chats at a time makes each take about {stretched} instead of {handle}, so a person holding {n} does the work of {capacity} people answering one at a time.',
      emailNeed:
        'To answer every message within {standard} of opening time you need {people} on it{rota}. Each person clears about {rate} an hour.',
      emailRota: ', {people} on the rota once breaks, training and absence are counted',
      neverCatchesUp:
        'With {people} more arrives each day than they can clear, so the backlog grows by about {growth} every day and no standard holds.{fastest}',
      growsFastest:
        ' It grows fastest from {hour}, when {arrivals} arrive in the hour and {people} clear {rate} an hour.',
      neverOutgrows:
        'With {people} the queue never outgrows the team: the longest wait is {wait}{verdict}.{overnight}',
      growsFrom:
        'With {people} the queue grows from {hour}, when {arrivals} arrive in the hour and {people} clear {rate} an hour; the longest wait is {wait}{verdict}.{overnight}',
      withinStandard: ', within the standard',
      overStandard: ', longer than the standard',
      overnight: ' The {n} that arrive overnight are waiting at opening.',
    },
    /** Polite questions about inputs that are allowed but look like a slip; {volume} is e.g. "600 calls an hour". */
    checks: {
      busy: '{volume} is a lot for a team of {team}: it takes {people}. Did you mean per day?',
      busyPerDay: '{volume} is a lot for a team of {team}: it takes {people}. Please check the volume.',
      quiet: '{volume} takes only {people}, far fewer than your team of {team}. Please check the volume.',
      quietPerDay: '{volume} takes only {people}, far fewer than your team of {team}. Did you mean per hour?',
      handleVeryShort: '{handle} is very short for talk plus wrap-up: did you mean {n} minutes?',
      handleVeryLong: '{handle} is very long for one contact: did you mean {n} seconds?',
      shrinkageHigh:
        '{share} of paid time away from contacts is unusually high; most teams lose 25% to 40%. Please check.',
      busiestHourHigh:
        '{share} of a whole day in one hour is unusual; most teams see 10% to 15%. Please check.',
    },
    /** The results on the page: the table of staffing levels, the chart, and email's hour-by-hour table. */
    result: {
      levelsCaption: 'What each staffing level gives, {contacts} answered within {time}',
      levelsColumns: {
        people: 'People working',
        within: 'Within {time}',
        wait: 'Average wait',
        waitAtAll: 'Wait at all',
        occupancy: 'Occupancy',
        rota: 'On the rota',
      },
      queueGrows: 'none: the queue grows',
      waitGrows: 'grows without end',
      /** A marked row's note, after its first cell: "12 (what-if)". */
      marked: '({mark})',
      needed: 'needed',
      whatIf: 'what-if',
      chartTitle: 'Share answered within {time}, by people working',
      chartPoint: '{people}: {level}',
      chartPointSeparator: '; ',
      chartDescription: '{points}.{target}',
      chartTarget: ' Target {level}; {people} reach it.',
      chartAxis: 'people working',
      /** The labels above the bar the target takes and the bar of the people you have. */
      chartNeed: 'need',
      chartYou: 'you',
      captionShare: 'Share of {contacts} answered within {time} for each number of people working. ',
      captionTarget: 'The dashed line is your {level} target. ',
      captionNeed: 'The bar marked “need” ({n}) is the fewest people who meet your target{you}.',
      captionYou: '; “you” ({n}) is the people you have',
      hoursCaption: 'Hour by hour with {people} ({rate} cleared an hour at most){firstDay}',
      firstDay: ', first day',
      hoursColumns: {
        hour: 'Hour starting',
        arriving: 'Arriving',
        cleared: 'Cleared',
        waiting: 'Waiting at end',
        oldest: 'Oldest waiting',
      },
      nothingWaiting: '-',
      growsHere: 'queue grows',
      moreThanCleared: 'more than cleared',
    },
    /** The page script's own lines around problems and checks (a problem's sentence: src/schemas/staffing-wording.ts). */
    form: {
      /** A check, read out after the result; {label} is the field's label. */
      pleaseCheck: 'Please check {label}: {message}',
      fix: plural({ one: 'Fix this to see the result:', other: 'Fix these to see the result:' }),
    },

    /** "What our standards take" in a handbook chapter (src/document/staffing-section.ts). */
    handbook: {
      heading: 'What our standards take',
      intro:
        'These are the people our own standards need at the volumes we see, worked out with the queueing arithmetic contact centres plan with. "On the rota" adds {shrinkage} for breaks, training, meetings and absence. When fewer people are on shift than this, the standard is a promise we cannot keep, however hard the team works.',
      columns: ['Channel', 'Our standard', 'Volume', 'Handle time', 'On the work at once', 'On the rota'],
      emailStandard: 'every message within {time}',
      emailVolume: '{n} a day',
      dayVolume: '{n} a day, {share} in the busiest hour',
      hourVolume: '{n} an hour',
      intervalVolume: '{n} per {interval}',
      handleHeld: '{handle}, {n} at a time',
      /** A table cell for a count of people no team up to the calculators' limit reaches. */
      outOfReachCell: 'more than {n}',
      outOfReach: 'No team of up to {people} meets {standard} at these volumes.',
      /** One channel's reading under the table; {channel} is the company's own name for it. */
      reading: '{channel}: {reading}',
    },

    /** The page (/tools/staffing/) around the calculator, written at build time. */
    page: {
      description:
        'How many people does your response promise take? Enter your volumes, handle time and target, and see the people needed on shift and on the rota, with the queue hour by hour.',
      heading: 'How many people does your promise take?',
      lede: "Enter last Monday's volumes and the promise you make. You get the people needed on shift and on the rota, what customers wait with the team you have, and the hour the queue starts to grow.",
      /** {understaffing} and {standards} are links to those two modes, with their titles. */
      intro:
        'Calls and chats are worked out with Erlang C, the queueing formula contact centres plan with; email with a simple hour-by-hour backlog. Everything is calculated in this browser. It goes with {understaffing} and {standards}.',
      noscript:
        'You are seeing a worked example. Turn on JavaScript in your browser to calculate with your own numbers.',
      queue: {
        heading: 'Calls and chats',
        channel: 'Channel',
        channels: { phone: 'Calls', chat: 'Chats' },
        contacts: 'Contacts arriving',
        per: 'in each',
        perOptions: { quarterHour: '15 minutes', halfHour: '30 minutes', hour: 'hour', day: 'day' },
        busiest: "Busiest hour's share of the day (%)",
        busiestPlaceholder: 'e.g. 12',
        busiestHint: "how much of a day's contacts arrive in its busiest hour",
        handle: 'Average handle time',
        handleUnit: 'Handle time unit',
        handleUnits: { s: 'seconds', m: 'minutes' },
        handleHint: 'talk plus wrap-up; for chats, one chat on its own',
        concurrency: 'Chats at once per person',
        concurrencyHint: 'how many chats one person handles at the same time',
        goal: 'Target',
        goals: { level: 'share in time', average: 'average wait' },
        level: 'Share answered (%)',
        within: 'Time (seconds)',
        shrinkage: 'Shrinkage (%)',
        shrinkageHint: 'breaks, training, meetings, absence',
        occupancy: 'Busiest anyone should be (%)',
        occupancyPlaceholder: 'no cap',
        occupancyHint: 'optional, e.g. 85',
        agents: 'People you have on shift',
        agentsHint: 'optional: see what they can do',
      },
      email: {
        heading: 'Email and other queued work',
        arrivals: 'Messages arriving in each opening hour',
        arrivalsHint: 'one number per hour, from opening time, separated by spaces or commas',
        opens: 'Opening time',
        overnight: 'Arriving overnight',
        handle: 'Handle time (minutes)',
        standard: 'Standard: answered within (opening hours)',
        shrinkage: 'Shrinkage (%)',
        people: 'People you have on email',
      },
      /** "How to read it": {people} and {rota} are the table's column names, {day} the volume's "day", in bold or quotes. */
      howToRead: {
        heading: 'How to read it',
        columns:
          '{people} are the people answering at that moment. {rota} adds shrinkage: the share of paid time that goes on breaks, training, meetings, sickness and holiday, typically 25% to 40%.',
        queues:
          "Queues are not linear. A team that is just big enough on paper still makes customers wait, because contacts arrive in clumps; one person fewer than the answer can cost far more than one person's share of the service level. When more arrives than the team clears, the queue grows every minute until the peak passes, which is why the same hours go wrong every week.",
        assumptions:
          'The figures assume contacts arrive at random through the interval and nobody hangs up; real queues with abandoned calls look a little better than this, and peaks within the interval a little worse. Use volumes from your busiest real interval, not the daily average. If you only know a day\'s total, choose "{day}" and give the share of it that arrives in the busiest hour: the figures are then for that hour.',
        chatsTerm: 'Chats at once',
        chats:
          '{term}: a person holding two or three chats is answering in turns, so each chat takes longer than it would on its own. The calculator counts each chat a person holds as a place in the queue and makes every chat 25% longer for each extra chat held at once. Give the handle time of one chat handled on its own.',
        slips:
          'When a number looks like a slip (600 calls an hour for a team of ten, say), a note beside it asks you to check; the result is still worked out.',
      },
    },
  },
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
