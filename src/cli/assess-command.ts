// `playbook assess` as declared for help and parsing; the work is in assess.ts, imported only when
// the command runs because it loads the library and the assessment model.
import { CONTENT, str, strs, type Command } from './command.ts';

// Also in assess.ts, which checks the value; kept here so help needs no import of assess.ts.
const CADENCES = ['weekly', 'fortnightly', 'monthly'] as const;

export const assessCommand: Command = {
  name: 'assess',
  summary:
    "Combine answers from the site's /assess/ page (codes or files): print the team view or report, and write a handbook config",
  usage:
    'playbook assess [--code CODE ...] [--answers FILE ...] [--out FILE] [--force] [--format table|md|json] [--top N] [--company NAME] [--start YYYY-MM-DD] [--cadence weekly|fortnightly|monthly]',
  options: {
    code: {
      type: 'string',
      value: 'CODE',
      multiple: true,
      description:
        'an answer code (SPA1-…) copied from the /assess/ page; repeat for each person, or paste several in one',
    },
    answers: {
      type: 'string',
      short: 'a',
      value: 'FILE',
      multiple: true,
      description: 'an answers file (.json) from the /assess/ page; repeat for each person',
    },
    out: {
      type: 'string',
      short: 'o',
      value: 'FILE',
      description: 'where to write the handbook config (default: handbook.yaml)',
    },
    force: { type: 'boolean', description: 'replace the --out file if it exists' },
    format: {
      type: 'string',
      short: 'f',
      value: 'FORMAT',
      description:
        'what to print: table (the team view), md (the one-page team report as Markdown) or json (default: table)',
    },
    top: {
      type: 'string',
      value: 'N',
      description:
        'how many of the neediest failure modes become chapters (default: 5); modes tied with the last one all come in, and the run says so',
    },
    company: {
      type: 'string',
      value: 'NAME',
      description: 'the company name (default: the first one in the answers)',
    },
    start: {
      type: 'string',
      value: 'YYYY-MM-DD',
      description:
        'first training session, for the training calendar (default: none, left for you to fill in)',
    },
    cadence: {
      type: 'string',
      value: 'WHEN',
      description: `how often training runs: ${CADENCES.join(', ')} (default: weekly)`,
    },
    json: { type: 'boolean', description: 'the same as --format json' },
    content: CONTENT,
  },
  examples: [
    'playbook assess --code SPA1-… --code SPA1-… --code SPA1-… --out handbook.yaml',
    'playbook assess -a lea.json -a fay.json -a finn.json --format md > team-report.md',
    'playbook assess -a team/*.json --start 2025-09-08 --cadence fortnightly',
  ],
  async run(args, io) {
    const { runAssess } = await import('./assess-run.ts');
    return runAssess(
      {
        answers: strs(args, 'answers'),
        codes: strs(args, 'code'),
        out: str(args, 'out'),
        force: Boolean(args.values.force),
        format: args.values.json ? 'json' : str(args, 'format'),
        top: str(args, 'top'),
        company: str(args, 'company'),
        start: str(args, 'start'),
        cadence: str(args, 'cadence'),
        content: str(args, 'content'),
      },
      io,
    );
  },
};
