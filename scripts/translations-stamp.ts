/**
 * Records that translations match their English source as it is now:
 * `npm run translations:stamp -- es failure-modes/understaffing.mdx` (or every file of a language
 * when none is named). Run it after bringing a translation up to date, never to silence the check.
 */
import { stampTranslations } from '../src/core/library/translation-status.ts';
import { CONTENT_LANGUAGES, type ContentLanguage } from '../src/core/library/translations.ts';
import { DEFAULT_CONTENT_DIR } from '../src/core/library/load.ts';

const [language, ...files] = process.argv.slice(2);
if (!CONTENT_LANGUAGES.includes(language as ContentLanguage)) {
  console.error(`Usage: npm run translations:stamp -- <${CONTENT_LANGUAGES.join('|')}> [file ...]`);
  process.exit(1);
}
try {
  const stamped = stampTranslations(
    process.env.PLAYBOOK_CONTENT_DIR ?? DEFAULT_CONTENT_DIR,
    language as ContentLanguage,
    files,
  );
  console.log(
    `Recorded the English source of ${stamped.length} ${language} translation${stamped.length === 1 ? '' : 's'}.`,
  );
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
