/** The words file of the /assess/ page's scripts (see ../_words-file.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { wordsJson, wordsVersion } from '../_words-file.ts';

export const getStaticPaths = (() => [{ params: { version: wordsVersion } }]) satisfies GetStaticPaths;

export const GET: APIRoute = () =>
  new Response(wordsJson, { headers: { 'content-type': 'application/json; charset=utf-8' } });
