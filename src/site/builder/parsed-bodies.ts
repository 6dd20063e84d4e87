/**
 * Stands in for src/markdown/parse-body.ts in browser bundles (see src/site/browser-stand-ins.ts): the /build/
 * page embeds every body already parsed at build time (page-data.ts), so the browser carries no
 * Markdown parser. tests/unit/builder-parse.test.ts checks that the embedded trees render every
 * page exactly as parsing does, so the builder's handbook stays byte-identical to the CLI's.
 */
import type { Root } from 'mdast';
import { VFile } from 'vfile';

const embedded = new Map<string, { body: string; tree: Root }>();

/** Hands over the trees the page embeds, by the mode's file path; call before the first render. */
export function provideParsedBodies(bodies: Iterable<{ path: string; body: string; tree: Root }>): void {
  for (const { path, body, tree } of bodies) embedded.set(path, { body, tree });
}

/** The embedded tree for a body; anything else is our bug (the page embeds every body of its library). */
export function parseBody(body: string, path: string): { tree: Root; file: VFile } {
  const found = embedded.get(path);
  if (!found || found.body !== body)
    throw new Error(
      `parsed-bodies: no embedded tree for ${path}; the /build/ page embeds one per failure mode`,
    );
  return { tree: found.tree, file: new VFile({ path, value: body }) };
}
