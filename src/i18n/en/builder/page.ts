/** English words for the handbook builder's page around the form (introduction, start and output panels), apart so a translator sees what greets a visitor on one screen; composed in ../builder.ts. */

/** The page around the form: its title, its introduction, the start and the output panels. */
export const page = {
  title: 'Handbook builder',
  description:
    "Make your company's service handbook in the browser: pick the chapters, set your standards and brand, preview, print and download. Nothing leaves your browser.",
  heading: 'Build your service handbook',
  lede: 'Fill in the form and your handbook takes shape beside it; then print it or download the files. Everything stays in this browser: nothing you type is sent anywhere, and your draft is kept here until you start over.',
  /** Shown when JavaScript is off; {modes} is the link `noScriptModes`. */
  noScript:
    'The builder runs in your browser and needs JavaScript: turn it on for this site to use it. The {modes} and their printable handouts work without it.',
  noScriptModes: 'failure-mode pages',
  /** Shown when the list of failure modes the builder fetches as it starts does not arrive. */
  libraryUnavailable:
    'The builder could not load the list of failure modes, so it cannot start. Check your connection and reload the page.',
  startFrom: 'Start from',
  startBlank: 'A blank form',
  startFile: 'A settings file you saved…',
  /** {assessment} is the link `fromAssessmentLink`; the quoted words are the assessment's link to this page. */
  fromAssessment:
    'Coming from the {assessment}? Its results have a “Build this handbook” link that brings your priorities here.',
  fromAssessmentLink: 'self-assessment',
  output: 'Your handbook',
  print: 'Print / save as PDF',
  toDownloads: 'Downloads',
  previewPlaceholder: 'Your handbook appears here as you fill in the form.',
  files: 'Download the files',
  /** A download: {file} is its button (the file's name), {summary} what it holds. */
  file: '{file} ({summary})',
  icsNeedsDate: '(needs the first training session’s date)',
  configSummary: 'your settings: a file you can open here later to carry on where you left off',
  /** The heading over a per-chapter format's downloads: "Handouts, one per chapter". */
  perChapter: '{title}, one per chapter',
  startOver: 'Start over',
};
