/**
 * Validates the whole library and runs every library check the tests run (the schema, references,
 * every article point cited, related links two-way, every page publishable, every worksheet used
 * by a play), printing every problem at once; exit 1 when
 * there are any. "Content OK" here means tests/unit/library.test.ts agrees.
 */
import { findOneWayRelations, findUncitedPoints } from '../src/core/library/cross-page.ts';
import { findUnpublishablePages } from '../src/core/library/publishing.ts';
import { loadLibrary } from '../src/core/library/load.ts';
import { findUnusedWorksheets } from '../src/core/library/worksheets.ts';
import { UserError } from '../src/core/problems.ts';
import { findStaleTranslations, listTranslations } from '../src/core/library/translation-status.ts';
import { CONTENT_LANGUAGES } from '../src/core/library/translations.ts';
import { DEFAULT_CONTENT_DIR } from '../src/core/library/load.ts';

try {
  const contentDir = process.env.PLAYBOOK_CONTENT_DIR ?? DEFAULT_CONTENT_DIR;
  const library = await loadLibrary(contentDir);
  // Each language's translations: the same schema and the same shape as English (throws if not).
  const translated = [];
  for (const language of CONTENT_LANGUAGES) {
    const count = listTranslations(contentDir, language).length;
    if (count === 0) continue;
    await loadLibrary(contentDir, { language });
    translated.push(`${language} ${count}`);
  }
  const byId = new Map(library.modes.map((m) => [m.id, m]));
  const problems = [
    ...findUncitedPoints(library).map(
      (p) =>
        `  content/sources.yaml  point "${p.point}" of article "${p.article}" is cited by no page; cite it in a page's sources or remove it`,
    ),
    ...findUnpublishablePages(library.modes).map((p) => `  ${p.file}  ${p.message}`),
    ...findUnusedWorksheets(library).map(
      (w) =>
        `  content/worksheets/${w.id}.yaml  no play uses this worksheet; add "${w.id}" to the worksheets of the play that asks for it, or remove the file`,
    ),
    ...findOneWayRelations(library.modes).map(
      (r) =>
        `  ${byId.get(r.to)!.file}  related: add "${r.from}", because ${r.from} lists ${r.to} as related and readers need a way back`,
    ),
    ...findStaleTranslations(contentDir).map((t) =>
      t.unrecorded
        ? `  content/translations/${t.language}/${t.file}  records no English version it was made from; once it matches its source, run: npm run translations:stamp -- ${t.language} ${t.file}`
        : `  content/translations/${t.language}/${t.file}  its English source changed since it was translated, in: ${t.fields.join(', ')}; bring the translation up to date, then run: npm run translations:stamp -- ${t.language} ${t.file}`,
    ),
  ];
  if (problems.length > 0) {
    console.error(
      `The playbook content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.join('\n')}`,
    );
    process.exitCode = 1;
  } else {
    console.log(
      `Content OK: ${library.modes.length} failure modes, ${library.articles.length} source articles, ${library.worksheets.length} worksheets${translated.length > 0 ? `; translated files: ${translated.join(', ')}` : ''}.`,
    );
  }
} catch (error) {
  if (!(error instanceof UserError)) throw error;
  console.error(error.message);
  console.error('\nFix the fields named above; docs/authoring.md describes each one.');
  process.exitCode = 1;
}
