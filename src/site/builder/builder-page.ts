/**
 * The /build/ page in the browser: the form is the handbook config. Every edit writes the state as
 * config YAML, checks it with the CLI's own checker, saves the draft, and (debounced) renders the
 * preview with the CLI's own renderer. Nothing is sent anywhere. The state and what follows each
 * change of it are in builder-controller.ts; this file wires the page's parts to it in order.
 * The library comes as a file of its own (src/pages/build/_library-file.ts), fetched here, so the
 * page itself stays small and a browser keeps one cached copy.
 */
import { $, createBuilderController } from './builder-controller.ts';
import { wireFormEdits, wireLogoRemove, wireRows } from './builder-edits.ts';
import { restoreDraft, wireStartAgain, wireUpload } from './builder-start.ts';
import { wireDownloads } from './download-buttons.ts';
import { wireOwnWords } from './own-words-edits.ts';
import type { BuilderData } from './page-data.ts';
import { provideParsedBodies } from './parsed-bodies.ts';

export async function startBuilderPage(): Promise<void> {
  const data = await fetchLibrary($('.builder').dataset.library!);
  if (!data) {
    $('#builder-unavailable').hidden = false;
    return;
  }
  provideParsedBodies(
    data.library.modes.map((m) => ({ path: m.file, body: m.body, tree: data.bodyTrees[m.file]! })),
  );
  const builder = createBuilderController(data);
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

/** The builder's library, or nothing when it cannot be had (offline, or a page older than the site). */
async function fetchLibrary(url: string): Promise<BuilderData | undefined> {
  try {
    const response = await fetch(url);
    return response.ok ? ((await response.json()) as BuilderData) : undefined;
  } catch {
    return undefined;
  }
}
