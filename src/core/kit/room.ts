import { ROLE_DECK } from './decks.ts';

/**
 * Checks that a kit survives a real room (docs/editorial.md, "Training kits"): debriefs long enough
 * for their questions, a rule for people left over, limits on role-played anger with a stop word,
 * and content notes on distressing cards. The rules read the kit's English text, as the editorial
 * rules are written; a page in another language brings its own words for them.
 */

/** The parts of an exercise these checks read. */
interface RoomSource {
  format: string;
  groupSize?: string | undefined;
  setup: string;
  roles: readonly { name: string; brief: string }[];
  debrief: readonly string[];
  agenda?: readonly { minutes: number; step: string; debrief?: boolean | undefined }[] | undefined;
  remote?:
    | {
        agenda: readonly { minutes: number; step: string; debrief?: boolean | undefined }[];
        notes?: readonly string[] | undefined;
      }
    | undefined;
  cards?: readonly { deck: string; title?: string | undefined; text: string }[] | undefined;
  materials?: readonly { text: string; per?: string | undefined }[] | undefined;
}

/** A problem with a kit, at a path inside the exercise. */
export interface RoomProblem {
  path: (string | number)[];
  message: string;
}

/** A debrief question needs about this long for a room to answer it, not just hear it. */
export const MINUTES_PER_DEBRIEF_QUESTION = 3;

/** Work in pairs, groups or tables, as a group size or an agenda step says it. */
const GROUP_WORK = /\b(pairs?|partners|(groups|tables|teams) of|in (twos|threes|fours|fives))\b/i;
/** Who is handed a set of cards when people work in pairs, groups or tables. */
const GROUP_HOLDERS = new Set(['pair', 'group', 'table']);
/** The words a remainder rule uses: "with an odd number", "when the room does not divide by four", "left over". */
const REMAINDER_RULE = /\b(odd number|does not divide|left over|leftover)\b/i;
/** A brief that asks for anger. */
const ANGER = /\b(angry|anger|upset|furious|irate|annoyed|cross|frustrated)\b/i;
/** A role that is the customer, by its name. */
const CUSTOMER_ROLE = /\b(customer|caller)\b/i;
/** A brief that casts its reader as the customer in one sentence. */
const PLAYS_CUSTOMER = /\b(you are|you play|play)\b[^.]*\bcustomer\b/i;
/** The limit every upset customer's brief states, word for word. */
const ANGER_LIMIT = /angry, not abusive/i;
/** The stop word the facilitator announces, as docs/editorial.md fixes it. */
const STOP_WORD = /\bstop word\b[^.]*[“"‘']Pause[”"’']/i;
/** What could distress someone in the room: bereavement, serious illness, a child at risk, harassment, mockery. */
const DISTRESSING =
  /\b(bereave\w*|died|dying|death|funeral|passed away|late (mother|father|mum|dad|wife|husband|partner|son|daughter)|terminal(ly)? ill\w*|cancer|suicid\w*|self-harm|harass\w*|bull(y|ied|ying)|mock(ed|ery|ing|s)?|impression of|allergic reaction|anaphyla\w*|miscarri\w*|domestic (abuse|violence)|child (abuse|at risk)|telling-off|humiliat\w*)\b/i;
const CONTENT_NOTE = 'Content note:';
/** An instruction that tells things apart by colour: red and green dots, a blue line, colour-coded notes. */
const COLOUR = /\b(colou?r-coded|red|green|amber|yellow|blue|pink|orange|purple)\b/i;
/** What carries the same meaning for someone who cannot tell the colours apart. */
const NOT_BY_COLOUR_ALONE =
  /\b(letter(ed)?|label(led|s)?|head(ed|ing|ings)|marked|symbol|word(s)?|dashed|solid|shape|numbered)\b/i;
/** How a remote variant keeps a brief hidden: it reaches its reader alone, not on a shared screen. */
const SENT_PRIVATELY = /\b(private(ly)?|direct message)\b/i;
/** A setup that tells the trainer to mention a content note before the cards go out. */
const NOTE_ANNOUNCED = /\b(content note|say so)\b/i;

/** Every way a kit would break in a real room, at the fields to fix. */
export function findRoomProblems(exercise: RoomSource): RoomProblem[] {
  return [
    ...findDebriefProblems(exercise.agenda, exercise.debrief.length, ['agenda']),
    ...findDebriefProblems(exercise.remote?.agenda, exercise.debrief.length, ['remote', 'agenda']),
    ...findRemainderProblems(exercise),
    ...findAngerProblems(exercise),
    ...findContentNoteProblems(exercise),
    ...findHiddenBriefProblems(exercise),
    ...findColourProblems(exercise),
  ];
}

/** The steps marked `debrief: true` give the questions at least 3 minutes each. */
function findDebriefProblems(
  agenda: RoomSource['agenda'],
  questions: number,
  at: (string | number)[],
): RoomProblem[] {
  if (!agenda) return [];
  const marked = agenda.flatMap((step, i) => (step.debrief ? [i] : []));
  if (marked.length === 0)
    return [
      {
        path: at,
        message: `no step is marked as the debrief; add debrief: true to the step in which the room answers the ${questions} debrief questions`,
      },
    ];
  const minutes = marked.reduce((sum, i) => sum + agenda[i]!.minutes, 0);
  const needed = questions * MINUTES_PER_DEBRIEF_QUESTION;
  if (minutes >= needed) return [];
  return [
    {
      path: [...at, marked[0]!, 'minutes'],
      message: `the debrief has ${minutes} minutes for ${questions} questions; give it at least ${needed} (${MINUTES_PER_DEBRIEF_QUESTION} minutes a question) by taking time from another step, or ask fewer questions`,
    },
  ];
}

/** Whether people work in pairs, groups or tables: by the group size, who is handed cards, or an agenda step. */
export function worksInGroups(exercise: RoomSource): boolean {
  return (
    GROUP_WORK.test(exercise.groupSize ?? '') ||
    (exercise.materials ?? []).some((m) => m.per !== undefined && GROUP_HOLDERS.has(m.per)) ||
    (exercise.agenda ?? []).some((s) => GROUP_WORK.test(s.step))
  );
}

/** An exercise in pairs or groups says in its setup what to do with the people left over. */
function findRemainderProblems(exercise: RoomSource): RoomProblem[] {
  if (!worksInGroups(exercise) || REMAINDER_RULE.test(exercise.setup)) return [];
  return [
    {
      path: ['setup'],
      message:
        'people work in pairs or groups, but the setup does not say what to do with people left over; add a rule such as "with an odd number, make one group of three" or "when the room does not divide by four, make tables of three or five"',
    },
  ];
}

/** Every brief, as written: the roles, and role briefs written as cards. */
function briefs(exercise: RoomSource): { name: string; text: string; path: (string | number)[] }[] {
  return [
    ...exercise.roles.map((r, i) => ({ name: r.name, text: r.brief, path: ['roles', i, 'brief'] })),
    ...(exercise.cards ?? []).flatMap((c, i) =>
      c.deck === ROLE_DECK ? [{ name: c.title ?? '', text: c.text, path: ['cards', i, 'text'] }] : [],
    ),
  ];
}

/** Whether a brief asks its reader to play an upset or angry customer. */
export function asksForUpsetCustomer(brief: { name: string; text: string }): boolean {
  return ANGER.test(brief.text) && (CUSTOMER_ROLE.test(brief.name) || PLAYS_CUSTOMER.test(brief.text));
}

/**
 * An upset customer is "angry, not abusive" in its brief, and an exercise in which people play a
 * part (a role-play, a simulation with roles, any upset customer) announces the stop word in its setup.
 */
function findAngerProblems(exercise: RoomSource): RoomProblem[] {
  const upset = briefs(exercise).filter(asksForUpsetCustomer);
  const problems: RoomProblem[] = upset
    .filter((b) => !ANGER_LIMIT.test(b.text))
    .map((b) => ({
      path: b.path,
      message: `this brief asks for an upset customer but sets no limit; add "angry, not abusive: no swearing, nothing personal about the other player"`,
    }));
  const playsParts =
    exercise.format === 'role-play' ||
    (exercise.format === 'simulation' && exercise.roles.length > 0) ||
    upset.length > 0;
  if (playsParts && !STOP_WORD.test(exercise.setup))
    problems.push({
      path: ['setup'],
      message:
        'people play a part here, so the setup announces the stop word; add "Before round one, announce the stop word “Pause”; anyone may say it to stop the scene at once, without giving a reason."',
    });
  return problems;
}

/** A card that could distress someone starts with "Content note:", and the setup says to mention it. */
function findContentNoteProblems(exercise: RoomSource): RoomProblem[] {
  const cards = [
    ...briefs(exercise).filter((b) => b.path[0] === 'roles'),
    ...(exercise.cards ?? []).map((c, i) => ({
      name: c.title ?? '',
      text: c.text,
      path: ['cards', i, 'text'],
    })),
  ];
  const problems: RoomProblem[] = [];
  let noted = false;
  for (const card of cards) {
    const note = card.text.indexOf(CONTENT_NOTE);
    noted ||= note >= 0;
    if (note > 0)
      problems.push({
        path: card.path,
        message: `the content note must open the card, so the reader sees it first; move "${CONTENT_NOTE} …" to the start`,
      });
    else if (note < 0 && DISTRESSING.test(card.text))
      problems.push({
        path: card.path,
        message: `this card mentions "${DISTRESSING.exec(card.text)![0]}", which could distress someone in the room; start it with "${CONTENT_NOTE}" and one line on what it contains`,
      });
  }
  if (noted && !NOTE_ANNOUNCED.test(exercise.setup))
    problems.push({
      path: ['setup'],
      message:
        'a card carries a content note, but the setup does not tell the trainer to mention it; add a line such as "One card describes a bereavement; say so before the cards go out, and let anyone swap it."',
    });
  return problems;
}

/**
 * Briefs are hidden from the other players in the room; on a video call they stay hidden only when
 * each one is sent to its reader alone, so a remote variant with briefs says how it sends them.
 */
function findHiddenBriefProblems(exercise: RoomSource): RoomProblem[] {
  const remote = exercise.remote;
  if (!remote || briefs(exercise).length === 0) return [];
  const said = [...(remote.notes ?? []), ...remote.agenda.map((s) => s.step)];
  if (said.some((line) => SENT_PRIVATELY.test(line))) return [];
  return [
    {
      path: ['remote', 'notes'],
      message:
        'the role briefs are hidden in the room but nothing keeps them hidden on the call; add a note such as "Send each person their brief privately, by direct message, before the breakout; never show briefs on a shared screen"',
    },
  ];
}

/**
 * The trainer's instructions never tell things apart by colour alone: a sentence that names a
 * colour also gives a letter, a label or a heading (cards are the story's own and may mention a
 * blue stool).
 */
function findColourProblems(exercise: RoomSource): RoomProblem[] {
  const instructions: { text: string; path: (string | number)[] }[] = [
    { text: exercise.setup, path: ['setup'] },
    ...(exercise.materials ?? []).map((m, i) => ({ text: m.text, path: ['materials', i] })),
    ...(exercise.agenda ?? []).map((s, i) => ({ text: s.step, path: ['agenda', i, 'step'] })),
    ...(exercise.remote?.notes ?? []).map((text, i) => ({ text, path: ['remote', 'notes', i] })),
    ...(exercise.remote?.agenda ?? []).map((s, i) => ({
      text: s.step,
      path: ['remote', 'agenda', i, 'step'],
    })),
  ];
  return instructions.flatMap(({ text, path }) =>
    text
      .split(/(?<=[.;])\s+/)
      .filter((sentence) => COLOUR.test(sentence) && !NOT_BY_COLOUR_ALONE.test(sentence))
      .map((sentence) => ({
        path,
        message: `"${sentence}" tells things apart by colour alone, which about one man in twelve cannot see; add a letter, a label or a heading that says the same, e.g. "green notes marked G"`,
      })),
  );
}
