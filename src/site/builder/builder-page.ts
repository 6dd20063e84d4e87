/**
 * The /build/ page in the browser: the form is the handbook config. Every edit writes the state as
 * config YAML, checks it with the CLI's own checker, saves the draft, and (debounced) renders the
 * preview with the CLI's own renderer. Nothing is sent anywhere. The state and what follows each
 * change of it are in builder-controller.ts; this file wires the page's parts to it in order.
 * The library comes as a file of its own per language (src/pages/[...lang]/build/_library-file.ts),
 * fetched here, so the page itself stays small and a browser keeps one cached copy; the page's
 * words are its own language's (page-words.ts), the handbook's those of the language it is set to.
 */
import { $, createBuilderController } from './builder-controller.ts';
import { wireFormEdits, wireLogoRemove, wireRows } from './builder-edits.ts';
import { restoreDraft, wireStartAgain, wireUpload } from './builder-start.ts';
import { wireDownloads } from './download-buttons.ts';
import { wireOwnWords } from './own-words-edits.ts';
import { createLibraries, fetchBuilderData } from './libraries.ts';
import { usePageLanguage } from './page-words.ts';

export async function startBuilderPage(): Promise<void> {
  const root = $('.builder');
  // The page's dictionary (a chunk of its own, none for English) comes alongside the library.
  const [language, data] = await Promise.all([
    usePageLanguage(document.documentElement.lang),
    fetchBuilderData(root.dataset.library!),
  ]);
  if (!data) {
    $('#builder-unavailable').hidden = false;
    return;
  }
  const urls = JSON.parse(root.dataset.libraries ?? '{}') as Record<string, string>;
  const builder = createBuilderController(data, createLibraries(urls, { language, library: data.library }));
  wireFormEdits(builder);
  wireRows(builder);
  wireOwnWords(builder);
  wireLogoRemove(builder);
  const startAgain = wireStartAgain(builder);
  wireUpload(builder, startAgain);
  wireDownloads(builder);
  for (const node of document.querySelectorAll<HTMLElement>('.js-only')) node.hidden = false;
  restoreDraft(builder, startAgain);
}
