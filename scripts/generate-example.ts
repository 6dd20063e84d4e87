/**
 * Writes the default example's handbook (HTML and Markdown) into the built site, so the /handbook/
 * page can link to what the generator makes. Run after `astro build`: it writes into dist/, or into
 * the built site's folder given as the first argument (the base-path test builds elsewhere).
 */
import { generate } from '../src/cli/generate.ts';
import { processIo } from '../src/cli/io.ts';
import { UserError } from '../src/core/problems.ts';

const io = processIo();
const site = process.argv[2] ?? 'dist';
try {
  const summary = await generate(io, {
    config: 'examples/retailer.yaml',
    out: `${site}/handbook/example`,
    formats: ['html', 'md'],
    // The site's folder is a build folder; replacing a stale example there is always safe.
    force: true,
    progress: () => {},
  });
  console.log(`Example handbook: ${summary.files.map((f) => `${summary.outDir}/${f.path}`).join(', ')}`);
} catch (error) {
  if (!(error instanceof UserError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
