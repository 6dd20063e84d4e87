/** Validates the whole library and prints every problem at once; exit 1 when there are any. */
import { loadLibrary } from '../src/core/load.ts';
import { UserError } from '../src/core/problems.ts';

try {
  const library = await loadLibrary();
  console.log(`Content OK: ${library.modes.length} failure modes, ${library.articles.length} source articles.`);
} catch (error) {
  if (!(error instanceof UserError)) throw error;
  console.error(error.message);
  console.error('\nFix the fields named above; docs/authoring.md describes each one.');
  process.exitCode = 1;
}
