/**
 * The /build/ page's outputs: Print prints the preview's frame; each download is built afresh from
 * the current state with the same renderers as `playbook generate`, so it is never stale.
 */
import { pageWords } from './page-words.ts';
import { download } from '../assess/dom.ts';
import { $, type BuilderController } from './builder-controller.ts';
import type { OutputFormat } from '../../schemas/handbook-config.ts';
import { CONFIG_NAME } from './outputs.ts';

/** The downloads (and config.yaml with the yaml library): fetched on the first download or upload. */
export const loadDownloads = () => import('./downloads.ts');

/** A play's title by chapter and play id, for the comments beside the plays a config leaves out. */
const playTitle = (builder: BuilderController) => (modeId: string, playId: string) =>
  builder.data.library.modes.find((m) => m.id === modeId)?.plays.find((p) => p.id === playId)?.title;

/** Print, the download buttons, and the handout buttons the preview adds once the form has no problems. */
export function wireDownloads(builder: BuilderController): void {
  // The one hand-over to the print code (src/site/print/): it prints a copy with the contents numbered.
  $('#print').addEventListener('click', async () => {
    const shown = builder.preview.frame()?.contentDocument;
    if (shown)
      await (
        await import('../print/numbered-print.ts')
      ).printNumbered(shown, document, pageWords().print.handbookFrame);
  });
  document.addEventListener('click', async (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>(
      'button[data-download],button[data-chapter-file]',
    );
    if (!button) return;
    const { configYaml, filesOf } = await loadDownloads();
    if (button.dataset.download === 'config')
      return download(
        CONFIG_NAME,
        configYaml(builder.state, builder.titles, playTitle(builder)),
        'application/yaml',
      );
    const made = await builder.currentHandbook();
    if (!made) return builder.status(pageWords().builder.edits.fixFirst);
    // One file of a format (the handbook, the calendar), or one chapter's file of a per-chapter format (a handout, a kit).
    const format = (button.dataset.download ?? button.dataset.chapterFile) as OutputFormat;
    const files = await filesOf(format, made.handbook, made.config);
    const file = button.dataset.chapter === undefined ? files[0] : files[Number(button.dataset.chapter)];
    // A flat name for the downloads folder: handouts/01-id.html becomes handouts-01-id.html.
    if (file) download(file.path.replaceAll('/', '-'), file.content, file.type);
  });
}
