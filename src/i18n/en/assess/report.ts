/** English words for the self-assessment, one part of src/i18n/en/assess.ts. The team's one-page report, printed or as Markdown (`playbook assess --format md`). */
import { pluralForms } from '../../format.ts';

export const assessReport = {
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
    fewRaters: pluralForms({
      one: '{n} failure mode was rated by fewer than {min} people and is left out.',
      other: '{n} failure modes were rated by fewer than {min} people and are left out.',
    }),
    dash: "A dash: fewer than {min} people in that group rated it (or another group is that small), so only the team's figure is shown.",
    cutTie: pluralForms({
      one: '{n} more failure mode also scores {need}, tied with the last rows: {modes}.',
      other: '{n} more failure modes also score {need}, tied with the last rows: {modes}.',
    }),
    topModes: pluralForms({
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
    countedOnce: pluralForms({
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
};
