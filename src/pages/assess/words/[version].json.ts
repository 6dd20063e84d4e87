/** The words file of the /assess/ page's scripts (see ../_words-file.ts); the host serves it by its .json name. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { wordsJson, wordsVersion } from '../_words-file.ts';

export const getStaticPaths = (() => [{ params: { version: wordsVersion } }]) satisfies GetStaticPaths;

export const GET: APIRoute = () => new Response(wordsJson);
