/**
 * The /build/ page's outputs: Print prints the preview's frame; each download is built afresh from
 * the current state with the same renderers as `playbook generate`, so it is never stale.
 */
import { download } from '../assess/dom.ts';
import { $, type BuilderController } from './builder-controller.ts';
import { CONFIG_NAME, renderHtml } from './outputs.ts';

/** Markdown, handouts, calendar and config.yaml (with the yaml library): fetched on the first download or upload. */
export const loadDownloads = () => import('./downloads.ts');

/** Print, the download buttons, and the handout buttons the preview adds once the form has no problems. */
export function wireDownloads(builder: BuilderController): void {
  // The one hand-over to the print code (src/site/print/): it prints a copy with the contents numbered.
  $('#print').addEventListener('click', async () => {
    const shown = builder.preview.frame()?.contentDocument;
    if (shown) await (await import('../print/numbered-print.ts')).printNumbered(shown);
  });
  document.addEventListener('click', async (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-download], button[data-handout]');
    if (!button) return;
    const kind = button.dataset.download;
    const { configYaml, renderCalendar, renderHandouts, renderMarkdown } = await loadDownloads();
    if (kind === 'config') return download(CONFIG_NAME, configYaml(builder.state, builder.titles), 'application/yaml');
    const made = await builder.currentHandbook();
    if (!made) return builder.status('Fix the problems marked in the form first.');
    if (kind === 'html') download('handbook.html', renderHtml(made.handbook), 'text/html');
    if (kind === 'md') download('handbook.md', renderMarkdown(made.handbook), 'text/markdown');
    if (kind === 'ics') {
      const calendar = renderCalendar(made.handbook, made.config);
      if (calendar) download('training-plan.ics', calendar, 'text/calendar');
    }
    if (button.dataset.handout !== undefined) {
      const handout = renderHandouts(made.handbook, made.config)[Number(button.dataset.handout)];
      if (handout) download(`${handout.name.replace('handouts/', '')}.html`, handout.html, 'text/html');
    }
  });
}
