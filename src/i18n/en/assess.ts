/** English words for the self-assessment (/assess/) and its team report: one part of the dictionary src/i18n/en.ts. */
import type { Plural } from '../format.ts';

const plural = (forms: Plural): Plural => forms;

export const assess = {
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
    scaleInline: ['not true of us', 'rarely true', 'sometimes true', 'mostly true', 'completely true of us'],
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
    disagreement: "People's scores are {points} or more points apart; talk this one through before deciding.",
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
    noOverlap: 'Leadership and the front line rated different failure modes, so they cannot be compared yet',
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
    damaged: 'damaged: the checksum matches but the answers do not fit this playbook; ask for the code again',
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
    visionNote: 'EDIT: the one sentence every employee should be able to repeat about the service you give.',
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
};
