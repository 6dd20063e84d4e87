/**
 * Writes the default example's handbook (HTML and Markdown) into the built site, so the /handbook/
 * page can link to what the generator makes. Run after `astro build`: it writes into dist/.
 */
import { generate } from '../src/cli/generate.ts';
import { processIo } from '../src/cli/io.ts';
import { UserError } from '../src/core/problems.ts';

const io = processIo();
try {
  const summary = await generate(io, {
    config: 'examples/retailer.yaml',
    out: 'dist/handbook/example',
    formats: ['html', 'md'],
    // dist/ is a build folder; replacing a stale example there is always safe.
    force: true,
    progress: () => {},
  });
  console.log(`Example handbook: ${summary.files.map((f) => `${summary.outDir}/${f.path}`).join(', ')}`);
} catch (error) {
  if (!(error instanceof UserError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
