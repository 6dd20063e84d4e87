/**
 * Stands in for src/markdown/parse-company.ts in browser bundles (see src/site/browser-stand-ins.ts), so the
 * Markdown parser (micromark with its table and directive extensions) stays out of /build/'s first
 * script: most handbooks carry no Markdown of the company's own. The builder loads the real parser
 * with `loadCompanyParser` once the form holds some (a note, an example, a chapter of its own, or a
 * file it opens), before it checks or renders; the checker and the handbook then call it as ever.
 */
import type { parseCompanyMarkdown as Parse } from '../../markdown/parse-company.ts';
import { INTERNAL_ERRORS } from '../../core/internal-errors.ts';

let parse: typeof Parse | undefined;

/** True once the parser is here, so a check of company Markdown can run at once. */
export const companyParserLoaded = (): boolean => parse !== undefined;

/** Fetches the parser (once); every later call resolves at once. */
export async function loadCompanyParser(): Promise<void> {
  parse ??= (await import('../../markdown/parse-company.ts')).parseCompanyMarkdown;
}

/** The real parser, once loaded; a call before that is our bug (the builder loads it before any check that needs it). */
export const parseCompanyMarkdown: typeof Parse = (text, path) => {
  if (!parse) throw new Error(INTERNAL_ERRORS.companyParserNotLoaded(path));
  return parse(text, path);
};
