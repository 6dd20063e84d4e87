/**
 * handbook.docx read back from its XML, as Word reads it: one chapter's headings in Word's heading
 * styles, its tables with a head row that repeats, its lists, its note and example; the contents
 * field with its entries; the same bytes on every run; and every hostile string from the config as
 * the text of a run, never markup or a field.
 */
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import type { Root } from 'mdast';
import { checkHandbookConfigData } from '../../src/core/config/data-check.ts';
import { buildHandbook } from '../../src/core/handbook/handbook.ts';
import type { Handbook } from '../../src/core/handbook/model.ts';
import type { Library } from '../../src/core/library/library.ts';
import { buildHandbookDocument } from '../../src/document/handbook.ts';
import { heading, link, paragraph, root, text } from '../../src/document/nodes.ts';
import { renderHandbookDocx } from '../../src/render/docx/handbook-docx.ts';
import { OUTPUTS, layOut } from '../../src/render/outputs.ts';
import { HOSTILE_TEXT, HOSTILE_VALUES } from '../support/hostile-config.ts';
import { paragraphs, readPart, tables, textOf, unzip } from '../support/docx.ts';
import { sharedLibrary } from '../support/library.ts';

let library: Library;
beforeAll(async () => {
  library = await sharedLibrary();
});
afterEach(() => {
  vi.useRealTimers();
});

const title = (id: string) => library.modes.find((m) => m.id === id)!.title;

async function handbookFor(data: Record<string, unknown>): Promise<Handbook> {
  const { config, problems } = checkHandbookConfigData('config.yaml', data, library);
  expect(problems).toEqual([]);
  return buildHandbook(library, config!);
}

const BASE = {
  company: 'Kestrel Bikes',
  vision: 'Every rider gets back on the road quickly, and knows when.',
  // A chapter with a note (:::note) and one with an example and the company's empowerment table.
  priorities: ['leadership-overestimates-service', 'empowerment-in-name-only'],
  standards: { firstResponse: '2 hours', callback: 'the same working day', refundLimit: '60 EUR' },
  empowerment: [
    { role: 'Workshop mechanic', decision: 'Free small repair after a complaint', limit: '30 EUR' },
  ],
  branding: { accent: '#0b5cad' },
  date: '2026-03-02',
  training: { start: '2026-03-09' },
};

/** The handbook.docx the table of outputs makes for a config, as `playbook generate` writes it. */
async function docxFor(data: Record<string, unknown> = BASE): Promise<Uint8Array> {
  const handbook = await handbookFor(data);
  const { config } = checkHandbookConfigData('config.yaml', data, library);
  const run = { handbook, config: config! };
  const [file] = await OUTPUTS.docx.render(run, layOut(run));
  expect(file!.path).toBe('handbook.docx');
  return file!.content as Uint8Array;
}

describe('one chapter, read back from word/document.xml', () => {
  let body: ReturnType<typeof paragraphs>;
  let chapter: ReturnType<typeof paragraphs>;
  let xml: string;
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await docxFor();
    xml = readPart(bytes, 'word/document.xml');
    body = paragraphs(xml);
    const start = body.findIndex(
      (p) => p.style === 'Heading1' && p.text === `2. ${title('empowerment-in-name-only')}`,
    );
    const end = body.findIndex((p) => p.text === 'Training plan' && p.style === 'Heading1');
    chapter = body.slice(start, end);
  });

  test('the company is the Title, chapters are Heading 1 on a new page, their sections Heading 2 and plays Heading 3', () => {
    expect(body.find((p) => p.style === 'Title')?.text).toBe('Kestrel Bikes');
    const chapters = body.filter((p) => p.style === 'Heading1' && /^\d\. /.test(p.text));
    expect(chapters.map((p) => p.text)).toEqual([
      `1. ${title('leadership-overestimates-service')}`,
      `2. ${title('empowerment-in-name-only')}`,
    ]);
    // The chapter's kicker, just above its title, starts the page.
    const kicker = body[body.indexOf(chapter[0]!) - 1]!;
    expect(kicker).toMatchObject({ style: 'Kicker', pageBreakBefore: true });
    const sections = chapter.filter((p) => p.style === 'Heading2').map((p) => p.text);
    expect(sections).toEqual(
      expect.arrayContaining(['Warning signs', 'Root causes', 'Diagnostic questions', 'Plays', 'Metrics']),
    );
    expect(sections.indexOf('Warning signs')).toBeLessThan(sections.indexOf('Plays'));
    const mode = library.modes.find((m) => m.id === 'empowerment-in-name-only')!;
    expect(chapter.filter((p) => p.style === 'Heading3').map((p) => p.text)).toEqual(
      expect.arrayContaining(mode.plays.map((p) => p.title)),
    );
  });

  test('warning signs are a bulleted list and play steps a numbered one, in Word list styles', () => {
    const mode = library.modes.find((m) => m.id === 'empowerment-in-name-only')!;
    const signs = chapter.filter((p) => mode.warningSigns.includes(p.text));
    expect(signs).toHaveLength(mode.warningSigns.length);
    expect(signs.every((p) => p.style === 'ListBullet' && p.listed)).toBe(true);
    const steps = chapter.filter((p) => mode.plays[0]!.steps.includes(p.text));
    expect(steps.every((p) => p.style === 'ListNumber' && p.listed)).toBe(true);
  });

  test("the metrics and the company's empowerment limits are Table Grid tables whose head row repeats", () => {
    const all = tables(xml);
    const metrics = all.find((t) => t.rows[0]!.cells.join('|') === 'Metric|What it measures|Target')!;
    expect(metrics.style).toBe('TableGrid');
    expect(metrics.rows[0]!.header).toBe(true);
    expect(metrics.rows.slice(1).every((r) => !r.header)).toBe(true);
    const empowerment = all.filter((t) => t.rows[0]!.cells.join('|') === 'Role|May decide|Up to');
    // In the chapter's body and in the appendix.
    expect(empowerment.length).toBe(2);
    for (const table of empowerment)
      expect(table.rows[1]!.cells).toEqual([
        'Workshop mechanic',
        'Free small repair after a complaint',
        '30 EUR',
      ]);
  });

  test('diagnostic statements are rows with a tick box for each score from 1 to 5', () => {
    const mode = library.modes.find((m) => m.id === 'empowerment-in-name-only')!;
    const table = tables(xml).find(
      (t) =>
        t.rows[0]!.cells[0] === 'Statement' &&
        t.rows[1]!.cells[0]!.includes(mode.diagnosticQuestions[0]!.text),
    )!;
    expect(table.rows[0]!.cells).toEqual(['Statement', '1', '2', '3', '4', '5']);
    expect(table.rows.slice(1).map((r) => r.cells[0])).toEqual(
      mode.diagnosticQuestions.map((q, i) => `${i + 1}. ${q.text}`),
    );
    for (const row of table.rows.slice(1)) expect(row.xml.match(/<w14:checkbox>/g)).toHaveLength(5);
  });

  test("a company's note is a Quote and an example an Intense Quote", () => {
    const styles = new Set(body.map((p) => p.style));
    expect(styles.has('Quote')).toBe(true);
    expect(styles.has('IntenseQuote')).toBe(true);
    expect(body.find((p) => p.style === 'Quote' && p.text === 'Check yourself')).toBeDefined();
    const styleXml = readPart(bytes, 'word/styles.xml');
    for (const name of [
      'Title',
      'heading 1',
      'List Bullet',
      'List Number',
      'Quote',
      'Intense Quote',
      'Table Grid',
    ])
      expect(styleXml).toContain(`<w:name w:val="${name}"/>`);
  });

  test('the contents is a TOC field over Heading 1 whose entries are filled in and linked to their headings', () => {
    const sdt = xml.match(/<w:sdt><w:sdtPr><w:docPartObj>[\s\S]*?<\/w:sdt>/)![0];
    expect(sdt).toContain('<w:docPartGallery w:val="Table of Contents"/>');
    expect(sdt).toMatch(
      /<w:instrText xml:space="preserve"> TOC \\o &quot;1-1&quot; \\h \\z \\u <\/w:instrText>/,
    );
    const entries = paragraphs(sdt).filter((p) => p.style === 'TOC1');
    const headings = body.filter((p) => p.style === 'Heading1').map((p) => p.text);
    expect(entries.map((p) => p.text)).toEqual(headings);
    const anchors = entries.map((p) => p.xml.match(/w:anchor="([^"]+)"/)![1]);
    for (const anchor of anchors) expect(xml).toContain(`<w:bookmarkStart w:name="${anchor}"`);
  });

  test('the footer says "Page N of M" with Word page fields, and the cover has none', () => {
    const footers = unzip(bytes).filter((e) => /^word\/footer\d\.xml$/.test(e.name));
    const texts = footers.map((f) =>
      textOf(
        f.data.toString('utf8').replace(/<w:instrText[^>]*>\s*(\w+)\s*<\/w:instrText>/g, '<w:t>{$1}</w:t>'),
      ),
    );
    expect(texts.sort()).toEqual(['', 'Page {PAGE} of {NUMPAGES}']);
    expect(xml).toContain('<w:titlePg/>');
  });
});

describe('paper, properties and bytes', () => {
  test('A4 or Letter from the config', async () => {
    const a4 = readPart(await docxFor(), 'word/document.xml');
    expect(a4).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const letter = readPart(await docxFor({ ...BASE, locale: 'en-US' }), 'word/document.xml');
    expect(letter).toMatch(/<w:pgSz w:w="12240" w:h="15840"/);
  });

  test('the properties hold the title, the company and the language, and the handbook date rather than the time of the run', async () => {
    const bytes = await docxFor();
    const core = readPart(bytes, 'docProps/core.xml');
    expect(core).toContain('<dc:title>Kestrel Bikes service handbook</dc:title>');
    expect(core).toContain('<dc:creator>Kestrel Bikes</dc:creator>');
    expect(core).toContain('<dc:language>en-GB</dc:language>');
    expect(core.match(/<dcterms:(created|modified)[^>]*>([^<]*)</g)).toEqual([
      '<dcterms:created xsi:type="dcterms:W3CDTF">2026-03-02T00:00:00Z<',
      '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-03-02T00:00:00Z<',
    ]);
    expect(readPart(bytes, 'docProps/app.xml')).toContain('<Company>Kestrel Bikes</Company>');
    const undated = readPart(await docxFor({ ...BASE, date: undefined }), 'docProps/core.xml');
    expect(undated).not.toContain('dcterms:created');
  });

  test('the same config gives the same bytes, whatever the clock says', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-07-04T10:11:12Z'));
    const first = await docxFor();
    vi.setSystemTime(new Date('2040-12-24T23:59:58Z'));
    const second = await docxFor();
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    // Every entry carries the one fixed time, 1980-01-01 00:00.
    expect(new Set(unzip(first).map((e) => `${e.dosDate}/${e.dosTime}`))).toEqual(new Set(['33/0']));
  });

  test('a link to another site gets a numbered relationship, not a random one', async () => {
    const handbook = await handbookFor(BASE);
    const tree: Root = root([
      heading(2, ['Links']),
      paragraph(
        'See ',
        link('https://example.com/a?b=1&c=2', 'one'),
        ' and ',
        link('mailto:x@example.com', 'two'),
      ),
    ]);
    const first = await renderHandbookDocx(handbook, tree);
    const second = await renderHandbookDocx(handbook, tree);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    const rels = readPart(first, 'word/_rels/document.xml.rels');
    expect(rels).toContain('Id="rIdLink1"');
    expect(rels).toContain('Target="https://example.com/a?b=1&amp;c=2" TargetMode="External"');
    expect(readPart(first, 'word/document.xml')).toContain('r:id="rIdLink1"');
  });
});

describe('the logo', () => {
  /** A 40 x 10 PNG: its header is all the size reader needs. */
  const png = Buffer.concat([
    Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'),
    Buffer.from([0, 0, 0, 40, 0, 0, 0, 10, 8, 2, 0, 0, 0]),
    Buffer.alloc(16),
  ]);

  async function withLogo(name: string, bytes: Uint8Array) {
    const { config } = checkHandbookConfigData('config.yaml', BASE, library);
    const handbook = await buildHandbook(library, config!, { logo: bytes, logoPath: name });
    const run = { handbook, config: config! };
    const files = await OUTPUTS.docx.render(run, layOut(run));
    return { bytes: files[0]!.content as Uint8Array, wrote: OUTPUTS.docx.wrote(files, run) };
  }

  test('a PNG logo is on the cover in its proportions, with its alt text', async () => {
    const { bytes, wrote } = await withLogo('logo.png', png);
    const xml = readPart(bytes, 'word/document.xml');
    expect(xml).toMatch(/<wp:docPr [^>]*descr="Kestrel Bikes logo"/);
    // 40 x 10 pixels fit the cover's box as they are: 9525 EMU a pixel.
    expect(xml).toContain(`<wp:extent cx="${40 * 9525}" cy="${10 * 9525}"/>`);
    expect(unzip(bytes).some((e) => e.name.startsWith('word/media/') && e.data.equals(png))).toBe(true);
    expect(wrote).toBe('Wrote handbook.docx');
  });

  test('an SVG logo is left out, and the run says why and what to do', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="1"/>');
    const { bytes, wrote } = await withLogo('logo.svg', svg);
    expect(readPart(bytes, 'word/document.xml')).not.toContain('<w:drawing>');
    expect(wrote).toBe(
      'Wrote handbook.docx without the logo: Word needs a PNG, JPEG or GIF logo and this one is SVG; export it as PNG to have it on the cover',
    );
  });
});

describe('hostile text stays text', () => {
  const hostile = {
    ...BASE,
    company: HOSTILE_VALUES.company,
    vision: HOSTILE_VALUES.vision,
    standards: {
      firstResponse: HOSTILE_VALUES.firstResponse,
      callback: HOSTILE_VALUES.callback,
      refundLimit: HOSTILE_VALUES.refundLimit,
      others: [{ name: HOSTILE_VALUES.otherName, value: HOSTILE_VALUES.otherValue }],
    },
    empowerment: [
      { role: HOSTILE_VALUES.role, decision: HOSTILE_VALUES.decision, limit: HOSTILE_VALUES.limit },
    ],
  };

  test('every value from the config is the text of a run, and the only field codes are ours', async () => {
    const bytes = await docxFor(hostile);
    const xml = readPart(bytes, 'word/document.xml');
    const runs = [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => textOf(m[0]));
    const all = runs.join('\n');
    for (const value of Object.values(HOSTILE_TEXT)) expect(all).toContain(value);
    expect(
      tables(xml)
        .find((t) => t.rows[0]!.cells[0] === 'Standard')!
        .rows.map((r) => r.cells),
    ).toContainEqual([HOSTILE_TEXT.otherName, HOSTILE_TEXT.otherValue]);
    // The markup in the values never became elements of the document.
    expect(xml).not.toMatch(/<script|<img|<b>|<style/);
    expect([...xml.matchAll(/<w:instrText[^>]*>([^<]*)</g)].map((m) => m[1])).toEqual([
      ' TOC \\o &quot;1-1&quot; \\h \\z \\u ',
    ]);
    const core = readPart(bytes, 'docProps/core.xml');
    expect(core).toContain(
      `<dc:creator>Évil &lt;/style&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot; \\ Ltd</dc:creator>`,
    );
  });

  test("text that looks like the package's list placeholders is printed as written", async () => {
    const xml = readPart(
      await docxFor({ ...BASE, company: 'Acme {numbers-1} {bullets-0} Ltd' }),
      'word/document.xml',
    );
    expect(paragraphs(xml).find((p) => p.style === 'Title')!.text).toBe('Acme {numbers-1} {bullets-0} Ltd');
  });

  test('right-to-left values are laid out right to left, as the HTML isolates them', async () => {
    const xml = readPart(await docxFor(hostile), 'word/document.xml');
    expect(xml).toContain(
      `<w:r><w:rPr><w:rtl/></w:rPr><w:t xml:space="preserve">${HOSTILE_TEXT.otherName}</w:t></w:r>`,
    );
  });

  test('a control character in the tree never reaches the XML', async () => {
    const handbook = await handbookFor(BASE);
    const tree = buildHandbookDocument(handbook, { target: 'html' });
    const poisoned: Root = {
      ...tree,
      children: [paragraph(text('bell\u0007 form\u000c feed\u0000 null \uffff end\ud800')), ...tree.children],
    };
    const xml = readPart(await renderHandbookDocx(handbook, poisoned), 'word/document.xml');
    expect(xml).toContain('<w:t xml:space="preserve">bell form feed null  end</w:t>');
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
  });
});
