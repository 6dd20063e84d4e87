/** The builder's library files, one per language (see ../_library-file.ts); the host serves each by its .json name. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { builderLibraryFile, builderLibraryJson } from '../_library-file.ts';
import { siteLanguages } from '../../../../site/languages.ts';
import type { Language } from '../../../../i18n/index.ts';

export const getStaticPaths = (async () => {
  const files = await Promise.all(
    siteLanguages().map(async (language) => ({ language, version: (await builderLibraryFile(language)).version })),
  );
  // Two languages whose files came out the same (no translations at all) share one file.
  const unique = files.filter((f, i) => files.findIndex((g) => g.version === f.version) === i);
  return unique.map(({ language, version }) => ({ params: { lang: undefined, version }, props: { language } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(await builderLibraryJson((props as { language: Language }).language), {
    headers: { 'Content-Type': 'application/json' },
  });
