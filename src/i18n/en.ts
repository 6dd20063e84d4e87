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
  print: {},
  // ──────────────────────────────────────────────────────────────────────────────────────────────
};
