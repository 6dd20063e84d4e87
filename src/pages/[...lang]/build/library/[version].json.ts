/** The builder's library file (see ../_library-file.ts); the host serves it by its .json name. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { builderLibraryFile } from '../_library-file.ts';

export const getStaticPaths = (async () => [
  { params: { lang: undefined, version: (await builderLibraryFile()).version } },
]) satisfies GetStaticPaths;

export const GET: APIRoute = async () =>
  new Response((await builderLibraryFile()).json, { headers: { 'Content-Type': 'application/json' } });
