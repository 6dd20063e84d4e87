/** English words for the training material a handbook ships with (kits, calendar, worksheets, first 90 days): one part of the dictionary src/i18n/en.ts. */
import { pluralForms } from '../format.ts';

export const kit = {
  /** Between the parts of a footer: the company, the playbook, the mode. */
  separator: ' · ',
  kicker: 'Training kit · Facilitator sheet · {category}',
  forMode: 'For the failure mode “{title}”: {summary}',
  facts: { format: 'Format', length: 'Length', group: 'Group', prep: 'Prep', cards: 'Cards' },
  minutes: pluralForms({ one: '{n} minute', other: '{n} minutes' }),
  noCards: 'none',
  cardsOnSheets: '{cards} on {sheets}',
  sheets: pluralForms({ one: '{n} sheet', other: '{n} sheets' }),
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
  fullPages: pluralForms({
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
  cutNote: pluralForms({
    one: '{n} card, {sheets} of up to {perSheet}. Cut along the dashed lines.',
    other: '{n} cards, {sheets} of up to {perSheet}. Cut along the dashed lines.',
  }),
  cutSheets: pluralForms({ one: 'one sheet', other: '{n} sheets' }),
  sheetLabel: 'Card sheet {n} of {total}',
  /** A card's deck and place in it: "Customer messages · 3 of 8". */
  /** The printed name of the deck of role briefs the kit makes from an exercise's roles. */
  roleBriefsDeck: 'Role briefs',
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
  sets: pluralForms({ one: '{count} set', other: '{count} sets' }),
  copies: pluralForms({ one: '{count} copy', other: '{count} copies' }),
  setsFor: '{sets} {holder}',
  partOfDeck: '{count} of the {size} cards {holder}',
  partOfDeckSets: '{count} of the {size} cards {holder}, {sets}',
};

export const calendar = {
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
  /** A play's review (from its review week in "Our first 90 days"), an all-day event. */
  reviewTitle: 'Review: {play}',
  reviewCategory: 'Review',
  reviewDescription:
    'Week {week} of the handbook’s plan: look at whether “{play}” (chapter {n}, {chapter}) is working, and decide what to keep, change or stop. Owner: {owner}.',
};

export const worksheets = {
  /** The line above a worksheet's title. */
  kicker: 'Worksheet',
  /** The heading of the paragraph on how to fill it in. */
  howTo: 'How to fill it in',
  /** A blank to write on after a label, as text (Markdown, Word); HTML draws a line instead. Dots, as Markdown would escape underscores. */
  blank: '..............................',
  /** A line to write on, as text. */
  line: '..........................................................................................',
  /** A box to tick before a checklist item. */
  tickBox: '☐ {item}',
  /** The footer of a printed worksheet: where it comes from. */
  footer: '{site} · {title}',
  footerWithCompany: '{company} · {site} · {title}',
  /** The site's index of every worksheet (/worksheets/). */
  index: {
    title: 'Worksheets',
    description: 'Every form a play in the playbook asks a team to fill in, each on one printed page.',
    lede: 'The forms the plays ask you to fill in: logs, checklists, plans and review sheets. Each prints on one page of A4 or US Letter.',
    /** Before the plays that use a worksheet, as links. */
    usedIn: 'Used in',
    /** The link to the index from the list of failure modes. */
    link: 'Worksheets: every form the plays ask you to fill in, ready to print',
  },
  /** One worksheet's page (/worksheets/<id>/). */
  page: {
    title: 'Worksheet: {title}',
    back: '← All worksheets',
    print: 'Print this worksheet',
    printNote: "Prints on one page, A4 or US Letter. Use your browser's Print command (Ctrl+P or ⌘P).",
    usedBy: 'The plays that use it',
    /** One play that uses it: the play's title and the failure mode it belongs to. */
    usedByPlay: '{play}, in {mode}',
  },
  /** A handbook's appendix of the worksheets its chapters use. */
  appendix: {
    heading: 'Appendix {letter}: Worksheets',
    intro:
      'The forms this handbook’s plays ask you to fill in, one page each. Photocopy them as you need them.',
    /** Under each worksheet: the plays that use it, as links. */
    usedIn: 'Used in {plays}.',
    /** One play in that list: the play's title and its chapter. */
    play: '“{play}” (chapter {n})',
  },
  /** The title of the worksheets file of a handbook. */
  fileTitle: 'Worksheets · {company}',
};

export const firstDays = {
  heading: 'Our first 90 days',
  /** With a start date; the calendar note is added when the training calendar holds the reviews. */
  introDated:
    'Week by week from {date} (week 0): each play of these chapters in the week it starts, with the person who owns it, and in the week the team looks again at whether it is working.',
  introUndated:
    'Week by week from the day you start (week 0): each play of these chapters in the week it starts, with the person who owns it, and in the week the team looks again at whether it is working. Give the training plan a start date to see each week’s date here.',
  calendarNote: 'The training calendar that comes with this handbook holds the review dates too.',
  /** A week's heading. */
  week: 'Week {n}',
  weekDated: 'Week {n} · from {date}',
  /** A play that starts in the week: {play} is its title, {owner} its owner (and whoever helps). */
  starts: 'Start {play} (chapter {n}). Owner: {owner}.',
  /** The same, with the week it is reviewed in. */
  startsWithReview: 'Start {play} (chapter {n}). Owner: {owner}. Review in week {review}.',
  /** A play due for review in the week. */
  review: 'Review {play} (chapter {n}): is it working? Owner: {owner}.',
  /** The heading over the weeks after week 12. */
  later: 'After the first 90 days',
  unscheduled: 'Our own plays, with no week yet',
  unscheduledIntro: 'Agree a start week and a review week for each of these, with its owner.',
  unscheduledPlay: '{play} (chapter {n}). Owner: {owner}.',
  /** A handbook whose chapters have no plays with weeks. */
  empty: 'None of these chapters’ plays has a start week yet.',
};
