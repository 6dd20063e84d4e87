/** English words for a failure mode's and a metric's documents and the staff pulse survey: one part of the dictionary src/i18n/en.ts. */
import { pluralForms } from '../format.ts';

export const mode = {
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
  playWorksheets: pluralForms({ one: 'Worksheet', other: 'Worksheets' }),
};

export const metric = {
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
};

export const pulse = {
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
};
