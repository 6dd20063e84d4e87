/**
 * What the preview side of /build/ shows after a check: the handbook of the current form when it has
 * no problems, else the last good one (Print and the downloads follow it, and the status line says
 * so), else what the form still needs before there is a handbook at all.
 */
import { fill, list, plural } from '../../i18n/format.ts';
import { pageWords } from './page-words.ts';
import type { HandbookConfig } from '../../schemas/handbook-config.ts';
import type { Library } from '../../core/library/library.ts';
import { el } from '../assess/dom.ts';
import type { BuilderController } from './builder-controller.ts';
import type { ShownProblems } from './form-notes.ts';
import { buildFromChecked, renderHtml, type CheckedState } from './outputs.ts';
import { chapterOrder } from '../../core/handbook/own-words.ts';

/** A checked config the handbook can be made from, with the name of its logo file. */
export type GoodHandbook = CheckedState & {
  config: HandbookConfig;
  /** The library in the handbook's language, which it is made from. */
  library: Library;
  logoName?: string;
  /** Identifies the logo (its name and bytes) for the preview, which renders afresh when it changes. */
  logoKey: string;
};

const $ = <T extends HTMLElement = HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const w = pageWords;
const say = () => w().builder.preview;

/** Shows the current or last good handbook in the preview, with one handout button per chapter, and enables what it allows. */
export async function updatePreview(
  builder: BuilderController,
  run: number,
  latest: () => boolean,
): Promise<void> {
  const { preview, lastGood: good } = builder;
  enableDownloads(good);
  if (!good) {
    builder.previewStatus(waitingFor(builder.shown));
    for (const files of chapterLists())
      files.replaceChildren(el('li', { class: 'meta' }, say().chapterFilesWaiting));
    return;
  }
  const shown = await preview.show(
    {
      config: good.config,
      logoKey: good.logoKey,
      render: async (config) =>
        renderHtml(await buildFromChecked(good.library, { ...good, config }, good.logoName)),
    },
    latest,
  );
  if (!shown) return;
  preview.frame()!.dataset.version = String(run);
  // Numbered as the handbook numbers them, chapters of the company's own among them.
  const order = chapterOrder(good.config.priorities, good.config.own);
  const chapters = order
    .map((c, i) => ({ ...c, n: i + 1 }))
    .filter((c) => !c.own)
    .map((c) => ({ n: c.n, title: builder.titles.get(c.id) ?? c.id }));
  // Said from the latest check, which a change made while the preview rendered may have replaced.
  builder.previewStatus(
    builder.checked.config ? plural(w().locale, order.length, say().chapters) : lastGoodNotice(builder.shown),
  );
  for (const files of chapterLists()) {
    const format = files.dataset.chapterFiles!;
    // The page gives each format's label ("Handout {n}: {title}") from the table of outputs.
    const label = (n: number, title: string) =>
      fill(w().locale, files.dataset.label ?? '{n}: {title}', { n, title });
    files.replaceChildren(
      ...chapters.map(({ n, title }, i) =>
        el(
          'li',
          {},
          el(
            'button',
            { type: 'button', class: 'link-button', 'data-chapter-file': format, 'data-chapter': String(i) },
            label(n, title),
          ),
        ),
      ),
    );
  }
}

/** The lists of per-chapter files (handouts, kits) the page offers, one button per chapter. */
const chapterLists = () => document.querySelectorAll<HTMLElement>('[data-chapter-files]');

/** Says that the preview (and what Print and the downloads give) is the last good version, and which fields need attention. */
function lastGoodNotice({ marked, stillToFill }: ShownProblems): string {
  const fields = [...marked, ...stillToFill.filter((f) => !marked.includes(f))];
  return fields.length > 0
    ? plural(w().locale, fields.length, say().lastGood, { fields: list(w().locale, fields) })
    : say().lastGoodForm;
}

/** What the preview waits for: the fields still to fill in (their problems not shown yet), and the problems marked. */
function waitingFor({ marked, stillToFill }: ShownProblems): string {
  if (stillToFill.length === 0) return say().waitingForFixes;
  return fill(w().locale, marked.length > 0 ? say().waitingForBoth : say().waitingForFields, {
    fields: list(w().locale, stillToFill, 'unit'),
  });
}

/** Print and the handbook downloads need a handbook (current or last good); the calendar also needs the first session's date. */
function enableDownloads(good: GoodHandbook | undefined): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>(
    '[data-download]:not([data-download="config"]), #print',
  ))
    button.disabled = !good;
  const dated = Boolean(good?.config.training?.start);
  $<HTMLButtonElement>('#download-ics').disabled = !dated;
  $('#ics-note').hidden = dated;
}
