// `playbook validate`: every problem in a config at once, found by building every output in memory.
import { formatProblems } from '../core/problems.ts';
import {
  CONFIG,
  CONTENT,
  loadGenerate,
  readSiteUrlFor,
  requireConfig,
  str,
  type Command,
} from './command.ts';

export const validateCommand: Command = {
  name: 'validate',
  summary: 'Check a config against the playbook and report every problem at once',
  usage: 'playbook validate --config FILE',
  options: {
    config: CONFIG,
    content: CONTENT,
    json: { type: 'boolean', description: 'print the result as JSON' },
  },
  examples: ['playbook validate --config examples/retailer.yaml'],
  async run(args, io) {
    const configPath = requireConfig(args, 'validate');
    const siteUrl = readSiteUrlFor(io);
    const [{ loadLibraryFor, readConfig }, { renderEveryOutput }] = await Promise.all([
      loadGenerate(),
      import('./validate-outputs.ts'),
    ]);
    const { library } = await loadLibraryFor(io, str(args, 'content'));
    const read = await readConfig(io, configPath, library);
    await renderEveryOutput(library, read, siteUrl);
    const { config, warnings } = read;
    if (args.values.json) {
      io.stdout(
        JSON.stringify(
          {
            ok: true,
            config: configPath,
            chapters: config.priorities,
            warnings: warnings.map((w) => formatProblems([w]).trim()),
          },
          null,
          2,
        ) + '\n',
      );
    } else {
      if (warnings.length > 0) io.stderr(`Warnings:\n${formatProblems(warnings)}\n`);
      io.stderr(
        `${configPath} is valid: ${config.priorities.length === 1 ? '1 chapter' : `${config.priorities.length} chapters`} (${config.priorities.join(', ')}).\n`,
      );
    }
    return 0;
  },
};
