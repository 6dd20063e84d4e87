/**
 * Every word the playbook itself prints around the content: section labels, table headings and the
 * short phrases of the handbook. The site page, the handbook chapter (HTML and Markdown) and the
 * handout all take their labels from here, so a label changed here changes everywhere; translating
 * the playbook means translating this module.
 */
import { DIAGNOSTIC_SCALE } from '../schemas/taxonomy.ts';

/** The language of these labels and of the content: `<html lang>` comes from here, never from a config's locale. */
export const LANGUAGE = 'en';

/** The sections of a failure mode, in the one order every output uses. */
export const SECTION_ORDER = [
  'warning-signs',
  'sounds-like',
  'story',
  'root-causes',
  'diagnostic-questions',
  'plays',
  'metrics',
  'exercise',
  'related',
  'sources',
] as const;
export type SectionId = (typeof SECTION_ORDER)[number];

/** The heading of each section; the story (the page body) has none of its own, its prose brings its own headings. */
export const SECTION_LABELS: Record<SectionId, string | undefined> = {
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
};

const low = (i: number) => DIAGNOSTIC_SCALE[i]!;
const scaleText = `${low(0).value} (${low(0).label.toLowerCase()}) to ${DIAGNOSTIC_SCALE.at(-1)!.value} (${DIAGNOSTIC_SCALE.at(-1)!.label.toLowerCase()})`;

export const LABELS = {
  diagnosticIntro: `Rate each statement from ${scaleText}. Low scores point to where to start.`,
  metricColumns: ['Metric', 'Target', 'How to measure'],
  owner: 'Owner',
  when: 'When',
  format: 'Format',
  time: 'Time',
  group: 'Group',
  setup: 'Setup',
  roles: 'Roles',
  prompts: 'Prompts',
  debrief: 'Debrief',
  audiences: (list: string) => `For ${list.toLowerCase()}.`,
  printHandout: 'Print handout',
  printKit: 'Print training kit',
  printThisKit: 'Print this kit',
  qrLabel: (address: string) => `QR code for this page on the web: ${address}`,
  beforeYouStart: 'Before you start',
  handoutKicker: (category: string) => `Training handout · ${category}`,
  chapterKicker: (n: number, category: string) => `Chapter ${n} · ${category}`,
  chapterTitle: (n: number, title: string) => `${n}. ${title}`,
  relatedChapter: (n: number, title: string) => `Chapter ${n}: ${title}`,
  relatedAppendix: (title: string) => `${title} (appendix)`,
  relatedElsewhere: (title: string) => `${title} (in the full playbook, not in this handbook)`,
  minutes: (n: number) => formatMinutes(n),
  siteName: 'Service Playbook',
} as const;

/** Labels of the handbook's front and back matter. */
export const HANDBOOK_LABELS = {
  kicker: 'Service handbook',
  title: (company: string) => `${company} service handbook`,
  visionLabel: 'Our service vision',
  contents: 'Contents',
  pageWord: 'Page',
  ofWord: 'of',
  howToUse: 'How to use this handbook',
  standards: 'Our service standards',
  standardsIntro: (company: string) => [
    `These are the promises `,
    company,
    ` makes to every customer. The chapters refer to them by name.`,
  ],
  standardColumns: ['Standard', 'Our promise'],
  firstResponse: 'First response',
  callback: 'Callback',
  refundLimit: 'Frontline refund without asking',
  training: 'Training plan',
  trainingColumns: (dated: boolean) => [
    'Session',
    ...(dated ? ['Date'] : []),
    'Chapter',
    'Exercise',
    'Format',
    'Duration',
  ],
  total: 'Total',
  /** The training plan's opening: what it holds, in all, and how often. */
  trainingIntro: (sessions: number, refreshers: number, total: string, cadence?: string) =>
    `${sessions === 1 ? 'One session' : `${sessions} sessions`}${refreshers > 0 ? ` and ${refreshers === 1 ? 'one refresher' : `${refreshers} refreshers`}` : ''}, ${total} in all${cadence ? `, held ${cadence}` : ''}. Each session runs the exercise from its chapter; print that chapter’s handout for everyone taking part, and ask them to read the chapter beforehand.`,
  refresherIntro: (minutes: string, after: number) =>
    `A refresher returns to a session ${after} sessions later (${minutes}, straight after that day’s session, or on its own once the chapters run out): check what has changed since, with the questions from the chapter’s debrief.`,
  calendarNote:
    'The training calendar that comes with this handbook holds the same sessions and refreshers on the same dates.',
  refresherRow: (session: number) => `Refresher of session ${session}`,
  refresherFormat: 'Refresher',
  otherModes: (letter: string) => `Appendix ${letter}: Other failure modes`,
  otherModesIntro:
    'The rest of the playbook in brief. Each of these could become a chapter in a later edition.',
  firstStep: 'A first step:',
  empowerment: (letter: string) => `Appendix ${letter}: Who may decide what`,
  empowermentSample:
    'No limits have been agreed yet, so this is a sample to start from. Agree real limits with the people who use them, then add them to the handbook under “Who may decide what without asking”.',
  empowermentIntro: (company: string) => [
    `What each role at `,
    company,
    ` may decide without asking anyone, and up to which limit. Decisions made within these limits are not questioned afterwards.`,
  ],
  empowermentColumns: ['Role', 'May decide', 'Up to'],
  sources: 'Sources',
  sourcesIntro: 'The chapters are written in the playbook’s own words, drawing on these articles.',
  drawnOnIn: 'Drawn on in: ',
  chapterRef: (n: number) => `chapter ${n}`,
  logoAlt: (company: string) => `${company} logo`,
  forAudiences: (list: string) => `For ${list.toLowerCase()}`,
} as const;

/** "1 h 30 min", "45 min". */
export function formatMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return [h > 0 ? `${h} h` : '', m > 0 || h === 0 ? `${m} min` : ''].filter(Boolean).join(' ');
}

/** An exercise format as a reader says it: "role-play" -> "role play". */
export function formatName(format: string): string {
  return format.replace('-', ' ');
}

/** Labels of the whole playbook in print (/print/ and `playbook print`). */
export const PLAYBOOK_LABELS = {
  kicker: 'The whole playbook',
  title: 'Service Playbook',
  intro: (modes: number, categories: number) =>
    `${modes} structural reasons companies fail at customer service, in ${categories} categories, each with its warning signs, root causes, diagnostic statements, plays, metrics and a training exercise. Company values show their neutral defaults; the handbook builder on the playbook site fills in your own.`,
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
} as const;

/** Words of the Word handbook (handbook.docx, src/render/docx/) and of its entry in the table of outputs. */
export const DOCX_LABELS = {
  title: 'Handbook for Word',
  summary:
    'the handbook as an editable Word document, for review with Track Changes; it also opens in LibreOffice and Google Docs',
  wrote: 'Wrote handbook.docx',
  /** The progress line when the logo cannot go into a Word document; {type} is e.g. "SVG". */
  wroteWithoutLogo:
    'Wrote handbook.docx without the logo: Word needs a PNG, JPEG or GIF logo and this one is {type}; export it as PNG to have it on the cover',
  /** Every page's footer but the cover's; {n} and {total} become Word's page fields. */
  pageOf: 'Page {n} of {total}',
  /** The first column of a table of diagnostic statements with tick boxes. */
  statement: 'Statement',
  /** The document's subject, in File > Properties. */
  subject: 'Service handbook',
} as const;
