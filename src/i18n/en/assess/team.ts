/** English words for the self-assessment, one part of src/i18n/en/assess.ts. The team view: adding people's answer codes, and the headline of where leadership and the front line disagree. */
import { pluralForms } from '../../format.ts';

export const assessTeam = {
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
    addedPeople: pluralForms({ one: 'Added {n} person’s answers.', other: 'Added {n} people’s answers.' }),
    fileTooLarge: '{file}: is {size} KB; answers files are at most {max} KB',
    fileProblem: '{file}: {message}',
    fileFieldProblem: '{file}, {field}: {message}',
    filesRefused: pluralForms({
      one: 'One file has a problem, so nothing was added:',
      other: 'Some files have problems, so nothing was added:',
    }),
    addedFiles: pluralForms({ one: 'Added {n} file.', other: 'Added {n} files.' }),
    noAnswers: 'No answers yet.',
    combined: pluralForms({ one: '{n} person combined.', other: '{n} people combined.' }),
    removed: 'Removed all team answers.',
    tieWhy:
      'The team’s answers put none of them ahead of another, so choose the ones to start with, or ask people to go deeper on them and send their codes again to tell them apart.',
    basis: pluralForms({ other: "{n} people's combined answers" }),
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
    tooFew: pluralForms({
      one: "Answers from one person so far: the team's results show from {min} people on, so that no one's answers can be read on their own",
      other:
        "Answers from {n} people so far: the team's results show from {min} people on, so that no one's answers can be read on their own",
    }),
    merged: 'Leadership and the front line are shown together, because {why}',
    mergedWhy: 'only {groups} answered',
    /** A group too small to show apart, with how many people are in it. */
    groupCounts: {
      leadership: pluralForms({ one: '{n} person in leadership', other: '{n} people in leadership' }),
      frontline: pluralForms({
        one: '{n} person from the front line',
        other: '{n} people from the front line',
      }),
      other: pluralForms({
        one: '{n} person with the role “Other”',
        other: '{n} people with the role “Other”',
      }),
    },
    mergedDetail:
      "A group is shown apart only from {min} people on, so that no one's answers can be worked out from its figures; everyone's answers count in the team's figures below.",
    noFrontline: 'No frontline answers yet, so leadership and the front line cannot be compared',
    noLeadership: 'No leader or manager answers yet, so leadership and the front line cannot be compared',
    noOverlap: 'Leadership and the front line rated different failure modes, so they cannot be compared yet',
    apart: pluralForms({
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
};
