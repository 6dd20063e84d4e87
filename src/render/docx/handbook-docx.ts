/**
 * The handbook as a Word document (handbook.docx), from the same tree as the HTML handbook: the
 * tree laid out for HTML, because it keeps what Word shows too (a callout's kind, which the
 * Markdown tree folds into a plain quote, and the cover logo). Cover, contents field, chapters in
 * Word's built-in styles, "Page N of M" in the footer, paper from the config; deterministic bytes.
 */
import { Document, Footer, ImageRun, PageNumber, Paragraph, TextRun, type ParagraphChild } from 'docx';
import type { Root, RootContent } from 'mdast';
import type { Handbook } from '../../core/handbook/model.ts';
import { words } from '../../i18n/index.ts';

const DOCX_LABELS = words().docx;
const LANGUAGE = words().language;
import { PAPER_MM } from '../../schemas/paper.ts';
import { accessibleAccent } from '../contrast.ts';
import { PAGE_MARGINS_MM } from '../page-margins.ts';
import { mapBlocks, type BlockContext } from './blocks.ts';
import { embeddableType, readImageSize } from './image-size.ts';
import { packDocx, type DocumentProperties } from './pack.ts';
import { buildNumbering, buildStyles } from './styles.ts';
import { cleanText } from './text.ts';

const twips = (mm: number) => Math.round((mm * 1440) / 25.4);

/** The cover logo's largest box in pixels: the HTML cover's (14rem by 4.5rem). */
const LOGO_BOX = { width: 224, height: 72 };

/** Renders the handbook's tree (laid out for HTML) as the bytes of handbook.docx. */
export async function renderHandbookDocx(handbook: Handbook, tree: Root): Promise<Uint8Array<ArrayBuffer>> {
  const { document, properties } = buildDocxHandbook(handbook, tree);
  return packDocx(document, properties);
}

/** The handbook's tree as a docx Document, and the properties it is packed with. */
export function buildDocxHandbook(
  handbook: Handbook,
  tree: Root,
): { document: Document; properties: DocumentProperties } {
  const accent = accessibleAccent(handbook.accent).slice(1);
  const paper = PAPER_MM[handbook.paper];
  const [top, right, bottom, left] = PAGE_MARGINS_MM.map(twips) as [number, number, number, number];
  const language = textLanguage(handbook.locale);
  const bookmarks = nameBookmarks(tree);
  let links = 0;
  let lists = 0;
  const ctx: BlockContext = {
    accent,
    textWidth: twips(paper.width) - left - right,
    bookmarkFor: (id) => bookmarks.get(id),
    nextLinkNumber: () => ++links,
    nextListInstance: () => ++lists,
    image: (node) => logoRun(handbook, node.alt ?? ''),
  };
  const document = new Document({
    styles: buildStyles(accent, language),
    numbering: buildNumbering(),
    sections: [
      {
        properties: {
          page: {
            size: { width: twips(paper.width), height: twips(paper.height) },
            margin: { top, right, bottom, left, footer: twips(8) },
          },
          // The cover has a footer of its own: none.
          titlePage: true,
        },
        footers: { default: pageFooter(), first: new Footer({ children: [new Paragraph({})] }) },
        children: mapBlocks(tree.children, ctx),
      },
    ],
  });
  const properties: DocumentProperties = {
    title: handbook.title,
    subject: DOCX_LABELS.subject,
    company: handbook.company,
    keywords: ['customer service', 'handbook', ...handbook.chapters.map((c) => c.mode.title)],
    language,
    ...(handbook.date ? { date: handbook.date.iso } : {}),
  };
  return { document, properties };
}

/**
 * The language Word checks the spelling in: the text's own language (English), in the config's
 * region when the config names one for it (en-GB, en-US), never another language's.
 */
function textLanguage(locale: string): string {
  const { language, region } = new Intl.Locale(locale);
  return language === LANGUAGE && region ? `${LANGUAGE}-${region}` : LANGUAGE;
}

/**
 * A Word bookmark for every anchor in the tree (sections, headings, sources), in document order.
 * Word wants bookmark names of letters, digits and underscores, 40 at most: our anchors are longer
 * and hold hyphens, so each gets a numbered name; the leading underscore hides them from the
 * bookmark list a reviewer sees, as Word hides its own contents bookmarks.
 */
function nameBookmarks(tree: Root): Map<string, string> {
  const names = new Map<string, string>();
  // A plain walk in document order: unist-util-visit keeps every node's ancestors in an array of
  // its own, and over a full handbook's tree that was a tenth of the time the .docx took.
  const walk = (node: Root | RootContent) => {
    const data = node.data as { id?: string; hProperties?: { id?: unknown } } | undefined;
    const id = node.type === 'section' ? data?.id : data?.hProperties?.id;
    if (typeof id === 'string' && !names.has(id)) names.set(id, `_Ref_${names.size + 1}`);
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return names;
}

/** "Page N of M", with N and M as Word's own page fields, so they stay right as the text changes. */
function pageFooter(): Footer {
  const parts = DOCX_LABELS.pageOf.split(/(\{n\}|\{total\})/).filter(Boolean);
  const children = parts.map((part) =>
    part === '{n}' ? PageNumber.CURRENT : part === '{total}' ? PageNumber.TOTAL_PAGES : part,
  );
  return new Footer({
    children: [new Paragraph({ style: 'Footer', children: [new TextRun({ children })] })],
  });
}

/** The cover logo in its proportions, within the cover's box, with its alt text; none for SVG or WebP. */
function logoRun(handbook: Handbook, alt: string): ParagraphChild | undefined {
  const logo = handbook.logo;
  const type = logo && embeddableType(logo.mediaType);
  if (!logo || !type) return undefined;
  const size = readImageSize(logo.data, type) ?? LOGO_BOX;
  const scale = Math.min(1, LOGO_BOX.width / size.width, LOGO_BOX.height / size.height);
  const text = cleanText(alt);
  return new ImageRun({
    type,
    data: logo.data,
    transformation: {
      width: Math.max(1, Math.round(size.width * scale)),
      height: Math.max(1, Math.round(size.height * scale)),
    },
    altText: { name: text, description: text, title: text },
  });
}
