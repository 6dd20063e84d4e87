/**
 * The docx package's own compiler (Document -> zip of XML parts), with its two slow steps done
 * another way, the bytes unchanged. Its XML writer (the `xml` package) builds a second tree of every
 * element before writing it; `writeXml` writes straight to a string. And it puts each list's
 * numbering id in place of its `{reference-instance}` placeholder with one pass of a regular
 * expression over the whole document per list: a full handbook has a hundred lists in 1.7 MB of
 * XML, a third of a second; here all placeholders go in one pass. The rest (the objects' own
 * `prepForXml`, relationships, the zip) is the package's, on a compiler of its own kind.
 *
 * The package is pinned (9.7.1) and `xmlifyFile` below follows its Compiler.xmlifyFile step for
 * step, in the same order, because preparing a part adds relationships and numbering that later
 * parts write. Should its compiler ever look different, its own packer is used as it is.
 */
import { Packer, type Document, type IContext, type IXmlableObject } from 'docx';
import { writeXml, type XmlDeclaration } from './xml-string.ts';

/** A part written as given, in place of the package's own (the document properties). */
export interface OverrideFile {
  path: string;
  data: string;
}

/** What the package's numbering replacer is given for each list. */
interface ConcreteNumbering {
  reference: string;
  instance: number;
  numId: number;
}

type Part = { data: string; path: string };
interface Viewable {
  prepForXml(context: IContext): IXmlableObject | undefined;
}
interface MediaData {
  fileName: string;
}
/** The package's compiler, as far as it is used here. */
interface PackageCompiler {
  compile(document: Document, prettify: undefined, overrides: readonly OverrideFile[]): JsZip;
  xmlifyFile(document: Document, prettify: undefined): Record<string, Part | Part[]>;
  formatter: { format(input: Viewable, context: IContext): IXmlableObject };
  imageReplacer: {
    getMediaData(xml: string, media: Document['Media']): MediaData[];
    replace(xml: string, media: MediaData[], offset: number): string;
  };
}
interface JsZip {
  generateAsync(options: {
    type: 'uint8array';
    mimeType: string;
    compression: 'DEFLATE';
  }): Promise<Uint8Array<ArrayBuffer>>;
}

const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const IMAGE_RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image';
const FONT_TABLE_RELATIONSHIP =
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable';

/** Characters that would make a reference mean something else inside the package's regular expression. */
const PATTERN_SYNTAX = /[\\^$.|?*+()[\]{}]/;
/** Anything between braces with no brace inside: every placeholder, and any other braced text. */
const BRACED = /\{([^{}]*)\}/g;

/**
 * The XML with every `{reference-instance}` replaced by its list's numbering id: what the package's
 * replacer returns (one `replace` per list, in order), in one pass. The two can differ only when a
 * replacement completes a placeholder a later pass would catch, or on a reference the package
 * would read as a pattern; then the package's own way is taken.
 */
export function replaceNumberings(xml: string, numberings: readonly ConcreteNumbering[]): string {
  const ids = new Map<string, string>();
  for (const { reference, instance, numId } of numberings) {
    if (PATTERN_SYNTAX.test(reference)) return replaceOneByOne(xml, numberings);
    const key = `${reference}-${instance}`;
    // The first list with a key replaces every occurrence of it; later ones find none left.
    if (!ids.has(key)) ids.set(key, numId.toString());
  }
  if (ids.size === 0) return xml;
  const replaced = xml.replace(BRACED, (match, key: string) => ids.get(key) ?? match);
  for (const match of replaced.matchAll(BRACED))
    if (ids.has(match[1]!)) return replaceOneByOne(xml, numberings);
  return replaced;
}

/** The package's own replacer (docx 9.7.1, NumberingReplacer.replace). */
function replaceOneByOne(xml: string, numberings: readonly ConcreteNumbering[]): string {
  let current = xml;
  for (const { reference, instance, numId } of numberings)
    current = current.replace(new RegExp(`{${reference}-${instance}}`, 'g'), numId.toString());
  return current;
}

const STANDALONE: XmlDeclaration = { standalone: 'yes', encoding: 'UTF-8' };
const PLAIN: XmlDeclaration = { encoding: 'UTF-8' };

/** docx 9.7.1's Compiler.xmlifyFile, with `writeXml` and `replaceNumberings`, in the same order. */
function xmlifyFile(this: PackageCompiler, file: Document): Record<string, Part | Part[]> {
  const write = (view: Viewable, viewWrapper: IContext['viewWrapper'], declaration: XmlDeclaration) =>
    writeXml(this.formatter.format(view, { viewWrapper, file, stack: [] }), declaration);
  const numbered = (xml: string) => replaceNumberings(xml, file.Numbering.ConcreteNumbering);
  const commentsWrapper = { View: file.Comments, Relationships: file.Comments.Relationships };
  const documentRelationshipCount = file.Document.Relationships.RelationshipCount + 1;
  const documentXml = write(file.Document.View, file.Document, STANDALONE);
  const commentRelationshipCount = file.Comments.Relationships.RelationshipCount + 1;
  const commentXml = write(file.Comments, commentsWrapper, STANDALONE);
  const footnoteRelationshipCount = file.FootNotes.Relationships.RelationshipCount + 1;
  const footnoteXml = write(file.FootNotes.View, file.FootNotes, STANDALONE);
  const documentMedia = this.imageReplacer.getMediaData(documentXml, file.Media);
  const commentMedia = this.imageReplacer.getMediaData(commentXml, file.Media);
  const footnoteMedia = this.imageReplacer.getMediaData(footnoteXml, file.Media);
  const parts: Record<string, Part | Part[]> = {};
  documentMedia.forEach((media, i) =>
    file.Document.Relationships.addRelationship(
      documentRelationshipCount + i,
      IMAGE_RELATIONSHIP,
      `media/${media.fileName}`,
    ),
  );
  file.Document.Relationships.addRelationship(
    file.Document.Relationships.RelationshipCount + 1,
    FONT_TABLE_RELATIONSHIP,
    'fontTable.xml',
  );
  parts.Relationships = {
    data: write(file.Document.Relationships, file.Document, PLAIN),
    path: 'word/_rels/document.xml.rels',
  };
  parts.Document = {
    data: numbered(this.imageReplacer.replace(documentXml, documentMedia, documentRelationshipCount)),
    path: 'word/document.xml',
  };
  parts.Styles = { data: numbered(write(file.Styles, file.Document, STANDALONE)), path: 'word/styles.xml' };
  parts.Properties = {
    data: write(file.CoreProperties, file.Document, STANDALONE),
    path: 'docProps/core.xml',
  };
  parts.Numbering = { data: write(file.Numbering, file.Document, STANDALONE), path: 'word/numbering.xml' };
  parts.FileRelationships = {
    data: write(file.FileRelationships, file.Document, PLAIN),
    path: '_rels/.rels',
  };
  const relationshipsOf = (kind: 'header' | 'footer') => (wrapper: HeaderOrFooter, index: number) => {
    const xml = write(wrapper.View, wrapper, PLAIN);
    this.imageReplacer
      .getMediaData(xml, file.Media)
      .forEach((media, i) =>
        wrapper.Relationships.addRelationship(i, IMAGE_RELATIONSHIP, `media/${media.fileName}`),
      );
    return {
      data: write(wrapper.Relationships, wrapper, PLAIN),
      path: `word/_rels/${kind}${index + 1}.xml.rels`,
    };
  };
  const partOf = (kind: 'header' | 'footer') => (wrapper: HeaderOrFooter, index: number) => {
    const xml = write(wrapper.View, wrapper, PLAIN);
    const media = this.imageReplacer.getMediaData(xml, file.Media);
    return {
      data: numbered(this.imageReplacer.replace(xml, media, 0)),
      path: `word/${kind}${index + 1}.xml`,
    };
  };
  parts.HeaderRelationships = file.Headers.map(relationshipsOf('header'));
  parts.FooterRelationships = file.Footers.map(relationshipsOf('footer'));
  parts.Headers = file.Headers.map(partOf('header'));
  parts.Footers = file.Footers.map(partOf('footer'));
  parts.ContentTypes = { data: write(file.ContentTypes, file.Document, PLAIN), path: '[Content_Types].xml' };
  parts.CustomProperties = {
    data: write(file.CustomProperties, file.Document, STANDALONE),
    path: 'docProps/custom.xml',
  };
  parts.AppProperties = {
    data: write(file.AppProperties, file.Document, STANDALONE),
    path: 'docProps/app.xml',
  };
  parts.FootNotes = {
    data: numbered(this.imageReplacer.replace(footnoteXml, footnoteMedia, footnoteRelationshipCount)),
    path: 'word/footnotes.xml',
  };
  footnoteMedia.forEach((media, i) =>
    file.FootNotes.Relationships.addRelationship(
      footnoteRelationshipCount + i,
      IMAGE_RELATIONSHIP,
      `media/${media.fileName}`,
    ),
  );
  parts.FootNotesRelationships = {
    data: write(file.FootNotes.Relationships, file.FootNotes, PLAIN),
    path: 'word/_rels/footnotes.xml.rels',
  };
  parts.Endnotes = { data: write(file.Endnotes.View, file.Endnotes, PLAIN), path: 'word/endnotes.xml' };
  parts.EndnotesRelationships = {
    data: write(file.Endnotes.Relationships, file.Endnotes, PLAIN),
    path: 'word/_rels/endnotes.xml.rels',
  };
  parts.Settings = { data: write(file.Settings, file.Document, STANDALONE), path: 'word/settings.xml' };
  parts.Comments = {
    data: numbered(this.imageReplacer.replace(commentXml, commentMedia, commentRelationshipCount)),
    path: 'word/comments.xml',
  };
  commentMedia.forEach((media, i) =>
    file.Comments.Relationships.addRelationship(
      commentRelationshipCount + i,
      IMAGE_RELATIONSHIP,
      `media/${media.fileName}`,
    ),
  );
  parts.CommentsRelationships = {
    data: write(file.Comments.Relationships, commentsWrapper, PLAIN),
    path: 'word/_rels/comments.xml.rels',
  };
  if (file.CommentsExtended)
    parts.CommentsExtended = {
      data: write(
        file.CommentsExtended,
        { View: file.CommentsExtended, Relationships: file.Comments.Relationships },
        STANDALONE,
      ),
      path: 'word/commentsExtended.xml',
    };
  parts.FontTable = {
    data: write(file.FontTable.View, file.Document, STANDALONE),
    path: 'word/fontTable.xml',
  };
  parts.FontTableRelationships = {
    data: write(file.FontTable.Relationships, file.Document, PLAIN),
    path: 'word/_rels/fontTable.xml.rels',
  };
  return parts;
}

type HeaderOrFooter = Document['Headers'][number] | Document['Footers'][number];

/** A compiler of the package's own kind with the faster steps; undefined if it is not what 9.7.1 has. */
function makeCompiler(): PackageCompiler | undefined {
  const shared = (Packer as unknown as { compiler?: { constructor?: new () => Partial<PackageCompiler> } })
    .compiler;
  const Make = shared?.constructor;
  if (typeof Make !== 'function') return undefined;
  const compiler = new Make();
  const parts = [compiler.compile, compiler.xmlifyFile, compiler.formatter?.format];
  const images = [compiler.imageReplacer?.getMediaData, compiler.imageReplacer?.replace];
  if (![...parts, ...images].every((f) => typeof f === 'function')) return undefined;
  compiler.xmlifyFile = xmlifyFile;
  return compiler as PackageCompiler;
}

const compiler = makeCompiler();

/** Whether the faster compiler is in use (false: the package changed, and its own packer is used). */
export const compilesFast = compiler !== undefined;

/** The document as the bytes of a zip, as `Packer.toArrayBuffer(document, false, overrides)` makes them. */
export async function compileDocx(
  document: Document,
  overrides: readonly OverrideFile[],
): Promise<Uint8Array<ArrayBuffer>> {
  if (!compiler) return new Uint8Array(await Packer.toArrayBuffer(document, false, [...overrides]));
  return compiler
    .compile(document, undefined, overrides)
    .generateAsync({ type: 'uint8array', mimeType: DOCX_MEDIA_TYPE, compression: 'DEFLATE' });
}
