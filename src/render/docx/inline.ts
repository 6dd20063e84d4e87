/**
 * Inline content of the document tree as Word runs. Every piece of text, whoever wrote it, becomes
 * the text of a run (`w:t`, escaped by the docx package after `cleanText`), never a field code or
 * markup: a company name that reads like `{ PAGE }` or `</w:t>` is shown as written.
 */
import {
  ConcreteHyperlink,
  InternalHyperlink,
  TextRun,
  type IContext,
  type IRunOptions,
  type IXmlableObject,
  type ParagraphChild,
} from 'docx';
import type { PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { splitIsolated } from '../../markdown/isolate-marks.ts';
import { cleanText, startsRightToLeft } from './text.ts';

/** What inline content needs from the document it goes into. */
export interface InlineContext {
  /** The bookmark an in-document anchor (`#id`) points at, when the document has that anchor. */
  bookmarkFor: (id: string) => string | undefined;
  /** A number for the next link to another site, unique in the document. */
  nextLinkNumber: () => number;
  /** The run for an image (the cover logo), or none when Word cannot show it. */
  image?: (node: Extract<PhrasingContent, { type: 'image' }>) => ParagraphChild | undefined;
}

/** Run formatting inherited from the enclosing strong, emphasis, code or user text, or from a block (white on a dark fill). */
export type Format = Pick<
  IRunOptions,
  'bold' | 'italics' | 'strike' | 'font' | 'rightToLeft' | 'style' | 'color' | 'size'
>;

const MONOSPACE = 'Consolas';
const RELATIONSHIP_HYPERLINK =
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';

/**
 * A link to another site whose relationship id is counted, not random. The docx package names an
 * external link's relationship with a random id, and the same handbook must give the same bytes.
 */
class NumberedExternalLink extends ConcreteHyperlink {
  constructor(
    children: ParagraphChild[],
    number: number,
    private readonly url: string,
  ) {
    super(children, `Link${number}`);
  }

  override prepForXml(context: IContext): IXmlableObject | undefined {
    context.viewWrapper.Relationships.addRelationship(
      this.linkId,
      RELATIONSHIP_HYPERLINK,
      cleanText(this.url),
      'External',
    );
    return super.prepForXml(context);
  }
}

/** The runs of a paragraph's (or a cell's) inline content. */
export function mapInline(
  nodes: readonly PhrasingContent[],
  ctx: InlineContext,
  format: Format = {},
): ParagraphChild[] {
  return nodes.flatMap((node) => mapPhrasing(node, ctx, format));
}

function mapPhrasing(node: PhrasingContent, ctx: InlineContext, format: Format): ParagraphChild[] {
  switch (node.type) {
    case 'text':
      return textRuns(node.value, format);
    case 'strong':
      return mapInline(node.children, ctx, { ...format, bold: true });
    case 'emphasis':
      return mapInline(node.children, ctx, { ...format, italics: true });
    case 'delete':
      return mapInline(node.children, ctx, { ...format, strike: true });
    case 'inlineCode':
      return textRuns(node.value, { ...format, font: MONOSPACE });
    case 'break':
      return [new TextRun({ break: 1 })];
    case 'isolate': {
      const text = toString(node);
      return mapInline(node.children, ctx, {
        ...format,
        ...(startsRightToLeft(text) ? { rightToLeft: true } : {}),
      });
    }
    case 'span':
      return mapInline(node.children, ctx, format);
    case 'link':
      return mapLink(node, ctx, format);
    case 'image': {
      const image = ctx.image?.(node);
      return image ? [image] : [];
    }
    default:
      // Anything else inline (raw HTML neutralised to text, a footnote reference) reads as its text.
      return textRuns(toString(node), format);
  }
}

/**
 * Text as runs: a value a company filled into library text arrives between isolation marks
 * (markdown/isolate-marks.ts); each marked part becomes a run of its own, laid out right to left
 * when it starts with a right-to-left letter, as the HTML's `<bdi>` does.
 */
function textRuns(value: string, format: Format): ParagraphChild[] {
  return splitIsolated(value)
    .map((run) => ({ text: cleanText(run.text), rtl: run.isolated && startsRightToLeft(run.text) }))
    .filter((run) => run.text.length > 0)
    .map((run) => new TextRun({ ...format, ...(run.rtl ? { rightToLeft: true } : {}), text: run.text }));
}

function mapLink(
  node: Extract<PhrasingContent, { type: 'link' }>,
  ctx: InlineContext,
  format: Format,
): ParagraphChild[] {
  const children = mapInline(node.children, ctx, { ...format, style: 'Hyperlink' });
  if (node.url.startsWith('#')) {
    const anchor = ctx.bookmarkFor(node.url.slice(1));
    // A link to a part this document does not have reads as its text.
    return anchor ? [new InternalHyperlink({ anchor, children })] : mapInline(node.children, ctx, format);
  }
  // Body links are limited to these by the content checks (markdown/safe-links.ts); anything else stays text.
  if (/^(https?:|mailto:)/i.test(node.url))
    return [new NumberedExternalLink(children, ctx.nextLinkNumber(), node.url)];
  return mapInline(node.children, ctx, format);
}
