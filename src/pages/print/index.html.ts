/**
 * /print/: the whole playbook as one document, printable from any browser (chapters on new pages,
 * running heads, page numbers), from the same tree `playbook print` turns into a PDF. An endpoint,
 * not a page in the site layout: what prints is the document alone.
 */
import type { APIRoute } from 'astro';
import { playbookChapters } from '../../core/playbook-document.ts';
import { renderPlaybookHtml } from '../../render/playbook-html.ts';
import { getLibrary, urls } from '../../site/library.ts';

export const GET: APIRoute = async () => {
  const library = await getLibrary();
  // Each body's tree comes from the loader, which kept the one parse its validation made.
  const bodies = new Map(library.modes.map((m) => [m.id, m.bodyTree]));
  // No paper size: the reader's printer decides, A4 or Letter. On screen it says how to get back and how to print.
  const html = renderPlaybookHtml(library, playbookChapters(library, bodies), { siteHome: urls.home() });
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
};
