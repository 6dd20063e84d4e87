/**
 * The builder's "Print / save as PDF": a copy of the preview in a frame of its own, its contents
 * numbered for the handbook's paper, printed. The preview itself stays the downloaded
 * handbook.html, byte for byte; the copy stays in the page (hidden) until the next print.
 */
import { words } from '../../i18n/index.ts';
import { cssPaper, numberContents } from './contents-pages.ts';

const FRAME_ID = 'print-copy';

/** Prints `source` (a handbook document) with page numbers in its contents; `title` names the hidden frame in the page's language. */
export async function printNumbered(
  source: Document,
  host: Document = document,
  title: string = words().print.handbookFrame,
): Promise<void> {
  host.getElementById(FRAME_ID)?.remove();
  const frame = host.createElement('iframe');
  frame.id = FRAME_ID;
  // Scripts never run in it (the handbook has none); modals are allowed so that it may print.
  frame.setAttribute('sandbox', 'allow-same-origin allow-modals');
  frame.setAttribute('aria-hidden', 'true');
  frame.title = title;
  frame.tabIndex = -1;
  frame.style.cssText = 'position: fixed; left: -10000px; top: 0; width: 800px; height: 600px; border: 0;';
  const loaded = new Promise((done) => frame.addEventListener('load', done, { once: true }));
  frame.srcdoc = `<!DOCTYPE html>${source.documentElement.outerHTML}`;
  host.body.append(frame);
  await loaded;
  const copy = frame.contentDocument!;
  await numberContents(copy, cssPaper(copy) ?? 'A4', host);
  frame.contentWindow!.print();
}
