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
  print: {
    /** The hidden frame the builder prints the handbook from, named for assistive technology. */
    handbookFrame: 'The handbook as printed',
  },
  // ──────────────────────────────────────────────────────────────────────────────────────────────
};
