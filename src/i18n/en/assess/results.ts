/** English words for the self-assessment, one part of src/i18n/en/assess.ts. One person's results after the scan: the summary sentences, the ties and the chart. */
import { pluralForms } from '../../format.ts';

export const assessResults = {
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
    signsOnly: pluralForms({
      one: 'You ticked warning signs of {modes} but rated none of its statements, so it has no score yet: rate at least one statement.',
      other:
        'You ticked warning signs of {modes} but rated none of their statements, so they have no score yet: rate at least one statement.',
    }),
    ratedQuick: 'You rated {answered} of {questions} statements: the quick scan.',
    ratedDeep: 'You rated {answered} of {questions} statements: a deep dive on every mode you scored.',
    ratedMixed: pluralForms({
      one: 'You rated {answered} of {questions} statements: the quick scan, and a deep dive on {n} failure mode.',
      other:
        'You rated {answered} of {questions} statements: the quick scan, and a deep dive on {n} failure modes.',
    }),
    average: 'Across everything you rated, the average need is {need} of 100: {reading}.',
    /** {mode} links to the failure mode. */
    startWith: 'Start with {mode} ({need} of 100): it is where your answers show the most need.',
    /** A tie at the top, and a tie right after the one mode at the top; {modes} links to each. */
    topTie: pluralForms({ other: 'The most need in your answers: {n} failure modes tie at {need} of 100.' }),
    topTieNamed: pluralForms({
      other: 'The most need in your answers: {n} failure modes tie at {need} of 100: {modes}.',
    }),
    nextTie: pluralForms({ other: 'After it, {n} failure modes tie at {need} of 100.' }),
    nextTieNamed: pluralForms({ other: 'After it, {n} failure modes tie at {need} of 100: {modes}.' }),
    tieApart:
      'Your answers put none of them ahead of another: choose among them for the handbook below, or go deeper on them to tell them apart.',
    /** {category} is a category's name as it reads inside a sentence. */
    onlyCategory: 'Only {category} has answers so far.',
    categoriesClose:
      'The categories score within a few points of each other, so look at the individual failure modes below.',
    /** {most} and {least} are a category's name, or `categoriesAt`; the form follows how many are at the top. */
    byCategory: pluralForms({
      one: 'By category, {most} needs the most attention and {least} the least.',
      other: 'By category, {most} need the most attention and {least} the least.',
    }),
    categoriesAt: '{n} categories ({need} of 100)',
    rankingItem: 'Need {need} of 100, {reading}. Scored by {depth}.',
    rankingItemTied: pluralForms({
      one: 'Need {need} of 100, {reading}, tied with 1 other failure mode. Scored by {depth}.',
      other: 'Need {need} of 100, {reading}, tied with {n} other failure modes. Scored by {depth}.',
    }),
    /** The offer to go deeper on the chapters scored from one statement; {items} statements and signs, {minutes} to answer them. */
    goDeeper: pluralForms({
      one: 'One failure mode at the top of your results comes from one statement each: {modes}. Go deeper on it ({items} more statements and warning signs, about {minutes} minutes) to make its score firmer before you act; a deep dive that confirms a problem keeps it where it is.',
      other:
        '{n} failure modes at the top of your results come from one statement each: {modes}. Go deeper on them ({items} more statements and warning signs, about {minutes} minutes) to make their scores firmer before you act; a deep dive that confirms a problem keeps it where it is.',
    }),
    goDeeperUnnamed: pluralForms({
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
    chapters: pluralForms({ one: '{n} chapter', other: '{n} chapters' }),
    /** Where the tie falls: all the handbook's places, or its last ones. */
    places: pluralForms({ one: 'the one place', other: 'the {n} places' }),
    lastPlaces: pluralForms({ one: 'the last place', other: 'the last {n} places' }),
    above: pluralForms({ one: 'the failure mode above them', other: 'the {n} above them' }),
    legend: pluralForms({ other: '{n} failure modes tie at {need} of 100 for {where} in the handbook' }),
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
};
