/**
 * Worksheets printed: one worksheet's tree (src/document/worksheet.ts) with a footer naming where
 * it comes from, the style sheet that draws its blanks, lines and rows, and worksheets.html, every
 * worksheet of a handbook in one file, each on a page of its own.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Root } from 'mdast';
import type { Worksheet } from '../schemas/worksheet.ts';
import { fill } from '../i18n/format.ts';
import { words, type Dictionary } from '../i18n/index.ts';
import { accessibleAccent } from './contrast.ts';
import { PAGE_CSS } from './handouts.ts';
import { documentChildren, standaloneHtml } from './html.ts';
import { WORKSHEET_CSS, WORKSHEET_PAGE_CSS } from './worksheet-css.ts';

export { WORKSHEET_CSS, WORKSHEET_PAGE_CSS };

/** A worksheet's tree (buildWorksheetDocument) and the worksheet it was laid out from. */
export interface WorksheetTree {
  tree: Root;
  worksheet: Pick<Worksheet, 'title'>;
}

/** One worksheet as a hast element, with its footer: the company when given, the site and the title. */
export function renderWorksheet(
  { tree, worksheet }: WorksheetTree,
  options: { company?: string; words?: Dictionary } = {},
): Element {
  const w = options.words ?? words();
  const [article] = documentChildren(tree) as Element[];
  const foot = options.company
    ? fill(w.locale, w.worksheets.footerWithCompany, {
        company: options.company,
        site: w.siteName,
        title: worksheet.title,
      })
    : fill(w.locale, w.worksheets.footer, { site: w.siteName, title: worksheet.title });
  return { ...article!, children: [...article!.children, h('footer.ws-foot', [foot])] };
}

/**
 * Every worksheet in one self-contained file, each on a page of its own, with the company's name
 * in each footer: what `--format worksheets` and the builder's download write.
 */
export function renderWorksheetsHtml(
  worksheets: readonly WorksheetTree[],
  options: { company: string; accent: string; words?: Dictionary },
): string {
  const w = options.words ?? words();
  const body: ElementContent[] = worksheets.map((sheet) =>
    renderWorksheet(sheet, { company: options.company, words: w }),
  );
  return standaloneHtml({
    title: fill(w.locale, w.worksheets.fileTitle, { company: options.company }),
    css: PAGE_CSS(accessibleAccent(options.accent)) + WORKSHEET_CSS + WORKSHEET_PAGE_CSS,
    body: [h('main', body)],
    words: w,
  });
}
