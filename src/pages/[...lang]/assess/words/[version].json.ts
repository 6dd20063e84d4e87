/** The words file of the /assess/ page's scripts in each language (see ../_words-file.ts); the host serves it by its .json name. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { wordsJson, wordsVersion } from '../_words-file.ts';
import { languagePaths, pageLanguage } from '../../../../site/languages.ts';

export const getStaticPaths = (async () => {
  const paths = [];
  for (const { params } of languagePaths())
    paths.push({ params: { ...params, version: wordsVersion(await pageLanguage(params.lang)) } });
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => new Response(wordsJson(await pageLanguage(params.lang)));
