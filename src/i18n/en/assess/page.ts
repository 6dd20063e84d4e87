/** English words for the self-assessment, one part of src/i18n/en/assess.ts. The page's own markup, rendered at build time; apart because the page's scripts never need it. */
import { pluralForms } from '../../format.ts';

export const assessPage = {
  /** The page's own markup (/assess/), rendered at build time; the page's scripts never need these. */
  page: {
    title: 'Self-assessment',
    description:
      "A five-minute quick scan of your service, one statement per failure mode; go deeper where it matters, and compare a team's views without names.",
    heading: 'How good is your service, really?',
    lede: pluralForms({
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
};
