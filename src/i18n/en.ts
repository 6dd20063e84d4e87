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
      } as Record<string, string>,
    },
  },
  // ──────────────────────────────────────────────────────────────────────────────────────────────

  // ──────────────────────────────────────────────────────────────────────────────────────────────
  /** The self-assessment (/assess/), its results, team view and one-page team report. */
  assess: {},
  // ──────────────────────────────────────────────────────────────────────────────────────────────

  // ──────────────────────────────────────────────────────────────────────────────────────────────
  /** The staffing calculator (/tools/staffing/) and "What our standards take" in the handbook: its readings and questions. */
  staffing: {
    /** The calculator's name: the page's title, and the heading of the link to it on the mode pages it helps with. */
    title: 'Staffing calculator',
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
    /** Keywords written into every PDF's properties. */
    keywords: { all: 'customer service', handbook: 'handbook', training: 'training', kit: 'kit' },
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
