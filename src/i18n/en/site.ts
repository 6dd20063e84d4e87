/** English words for the site's pages: one part of the dictionary src/i18n/en.ts. */
import { pluralForms } from '../format.ts';

export const site = {
  /** The title of every page but the home page: the page's own title, then the site's name. */
  pageTitle: '{title} · {site}',
  skipLink: 'Skip to content',
  /** The language switcher at the top of every page; each language is named in itself. */
  languages: { label: 'Language' },
  /** Above page content not translated into the page's language yet (never shown in English, the source). */
  untranslated: 'This part has not been translated yet, so it is shown in English.',
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
    lede: pluralForms({
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
    lede: pluralForms({
      one: 'One way service breaks down, with warning signs, plays and a training exercise.',
      other: '{n} ways service breaks down, each with warning signs, plays and a training exercise.',
    }),
    categoryLegend: 'Category',
    audienceLegend: 'Audience',
    /** The status line under the filters; {n} is how many modes there are in all, {shown} how many the filters show. */
    showingAll: pluralForms({
      one: 'Showing the one failure mode.',
      other: 'Showing all {n} failure modes.',
    }),
    showingSome: pluralForms({
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
    description:
      'A facilitator sheet and cut-out cards for a training session on this failure mode: {title}.',
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
    /** Above the results where the pages are not translated into the page's language yet, so the index is the English one. */
    inEnglish: 'The pages are not translated into this language yet, so search them in English words.',
    /**
     * The status line once the reader searches: {query} is what they typed, {category} the
     * category they chose (the "…In" sentences), {n} how many pages were found.
     */
    status: {
      searching: 'Searching…',
      none: 'No pages match “{query}”. Try a shorter or different word.',
      noneIn: 'No pages match “{query}” in {category}. Try a shorter or different word.',
      /** No page holds every word of the query, but some hold some of them. */
      partial: pluralForms({
        one: 'No page has every word of “{query}”; {n} page has some of them, closest first.',
        other: 'No page has every word of “{query}”; {n} pages have some of them, closest first.',
      }),
      partialIn: pluralForms({
        one: 'No page has every word of “{query}” in {category}; {n} page has some of them, closest first.',
        other:
          'No page has every word of “{query}” in {category}; {n} pages have some of them, closest first.',
      }),
      found: pluralForms({ one: '{n} page matches “{query}”.', other: '{n} pages match “{query}”.' }),
      foundIn: pluralForms({
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
};
