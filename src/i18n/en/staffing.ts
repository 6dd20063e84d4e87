/** English words for the staffing calculator and its readings: one part of the dictionary src/i18n/en.ts. */
import { pluralForms } from '../format.ts';

export const staffing = {
  /** The calculator's name: the page's title, and the heading of the link to it on the mode pages it helps with. */
  title: 'Staffing calculator',
  /** The tool's name inside a sentence ("Open the staffing calculator"). */
  titleInSentence: 'staffing calculator',
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
    seconds: pluralForms({ one: '{n} second', other: '{n} seconds' }),
    minutes: pluralForms({ one: '{n} minute', other: '{n} minutes' }),
    hours: pluralForms({ one: '{n} hour', other: '{n} hours' }),
    /** A duration in two units, the larger first: "2 minutes 3 seconds", "1 hour 30 minutes". */
    twoUnits: '{larger} {smaller}',
    people: pluralForms({ one: '{n} person', other: '{n} people' }),
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
      perHour: pluralForms({ one: '{n} call an hour', other: '{n} calls an hour' }),
      perDay: pluralForms({ one: '{n} call a day', other: '{n} calls a day' }),
      perInterval: pluralForms({ one: '{n} call per {interval}', other: '{n} calls per {interval}' }),
    },
    chat: {
      contacts: 'chats',
      working: 'answering chats',
      waiting: 'customers',
      perHour: pluralForms({ one: '{n} chat an hour', other: '{n} chats an hour' }),
      perDay: pluralForms({ one: '{n} chat a day', other: '{n} chats a day' }),
      perInterval: pluralForms({ one: '{n} chat per {interval}', other: '{n} chats per {interval}' }),
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
    fix: pluralForms({ one: 'Fix this to see the result:', other: 'Fix these to see the result:' }),
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
};
