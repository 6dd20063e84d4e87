import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import GithubSlugger from 'github-slugger';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildHandbook, selectModes } from '../../src/core/handbook/handbook.ts';
import { checkHandbookConfig } from '../../src/core/config/check.ts';
import { scheduleDates } from '../../src/core/handbook/schedule.ts';
import type { Library } from '../../src/core/library/library.ts';
import { accessibleAccent, contrastRatio } from '../../src/render/contrast.ts';
import {
  handbookHtml as renderHandbookHtml,
  handbookMarkdown as renderHandbookMarkdown,
  handoutHtml as renderHandoutHtml,
} from '../support/render.ts';
import type { HandbookConfig } from '../../src/schemas/handbook-config.ts';
import { sharedLibrary } from '../support/library.ts';
import type { Root as MdastRoot } from 'mdast';
import { markIsolated } from '../../src/markdown/isolate-marks.ts';
import { documentToHtml } from '../../src/render/html.ts';
import { documentToMarkdown } from '../../src/render/markdown.ts';

const FIXTURES = 'tests/fixtures/generator';
const CONFIG_FILE = join(FIXTURES, 'configs', 'valid.yaml');
const validText = readFileSync(CONFIG_FILE, 'utf8');

let library: Library;
beforeAll(async () => {
  library = await sharedLibrary(join(FIXTURES, 'content'));
});

function configFrom(text: string): HandbookConfig {
  const { config, problems } = checkHandbookConfig({ path: CONFIG_FILE, text }, library);
  expect(problems).toEqual([]);
  return config!;
}

async function render(text = validText) {
  const handbook = await buildHandbook(library, configFrom(text));
  return { handbook, html: renderHandbookHtml(handbook), markdown: renderHandbookMarkdown(handbook) };
}

function select(tree: Root | Element, test: (e: Element) => boolean): Element[] {
  const found: Element[] = [];
  const walk = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (test(child)) found.push(child);
      walk(child);
    }
  };
  walk(tree);
  return found;
}
const hasClass = (name: string) => (e: Element) =>
  Array.isArray(e.properties.className) && e.properties.className.includes(name);
const textOf = (node: Element | Root): string =>
  node.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? textOf(c) : '')).join('');

describe('chapter selection and order', () => {
  test('chapters follow the order of priorities, not the library order', async () => {
    const { handbook, html } = await render();
    expect(handbook.chapters.map((c) => c.mode.id)).toEqual(['beta-mode', 'alpha-mode']);
    const chapters = select(fromHtml(html), hasClass('mode'));
    expect(chapters.map((c) => c.properties.id)).toEqual(['chapter-beta-mode', 'chapter-alpha-mode']);
    expect(textOf(select(chapters[0]!, (e) => e.tagName === 'h2')[0]!)).toBe('1. Beta mode');
  });

  test('include: priorities leaves the appendix of other modes out', async () => {
    const { handbook, html } = await render();
    expect(handbook.appendix.modes).toEqual([]);
    expect(html).not.toContain('Other failure modes');
  });

  test('include: all adds every other mode in library order, filtered by audience', () => {
    const base = configFrom(validText);
    const all = selectModes(library, { ...base, include: 'all', audiences: undefined });
    expect(all.appendix.map((m) => m.id)).toEqual(['gamma-mode', 'delta-mode']);
    const forTrainers = selectModes(library, { ...base, include: 'all', audiences: ['trainers'] });
    expect(forTrainers.appendix.map((m) => m.id)).toEqual(['delta-mode']);
  });

  test('related modes link to their chapter, or say they are not in this handbook', async () => {
    const { handbook } = await render();
    const alpha = handbook.chapters.find((c) => c.mode.id === 'alpha-mode')!;
    expect(alpha.related).toEqual([
      { id: 'beta-mode', title: 'Beta mode', where: 'chapter', anchor: 'chapter-beta-mode', number: 1 },
      { id: 'gamma-mode', title: 'Gamma mode', where: 'elsewhere' },
    ]);
  });

  test('the training plan has one session per chapter in chapter order, then a refresher for each', async () => {
    const withTraining = validText.replace(
      /^output:/m,
      'training:\n  start: 2025-01-31\n  cadence: monthly\noutput:',
    );
    const { handbook, html } = await render(withTraining);
    expect(handbook.training.sessions.map((s) => [s.kind, s.modeTitle, s.minutes, s.date])).toEqual([
      ['session', 'Beta mode', 45, '31 January 2025'],
      ['session', 'Alpha mode', 30, '28 February 2025'],
      ['refresher', 'Beta mode', 30, '31 May 2025'],
      ['refresher', 'Alpha mode', 30, '30 June 2025'],
    ]);
    expect(handbook.training.totalMinutes).toBe(135);
    const plan = select(fromHtml(html), (e) => e.properties.id === 'training-plan')[0]!;
    expect(textOf(plan)).toContain('2 h 15 min');
    expect(textOf(plan)).toContain('Refresher of session 1');
  });
});

describe('who the handbook is for', () => {
  test('the cover names its readers as a sentence does: "HR" keeps its capitals, the list ends in "and"', async () => {
    const { html, markdown } = await render(
      validText.replace(/^include: priorities$/m, 'include: priorities\naudiences: [managers, hr]'),
    );
    for (const output of [html, markdown]) {
      expect(output).toContain('For managers and HR');
      expect(output).not.toMatch(/\bhr\b/);
    }
  });
});

describe('scheduleDates', () => {
  test.each([
    ['weekly', '2025-12-29', ['2025-12-29', '2026-01-05', '2026-01-12']],
    ['fortnightly', '2025-03-01', ['2025-03-01', '2025-03-15', '2025-03-29']],
    ['monthly', '2024-01-31', ['2024-01-31', '2024-02-29', '2024-03-31']],
  ] as const)('%s from %s', (cadence, start, expected) => {
    expect(scheduleDates(start, cadence, 3)).toEqual(expected);
  });
});

describe('company values in the bodies', () => {
  test('rendering leaves the handbook it reads untouched, so one body can serve every page', async () => {
    const { handbook, html, markdown } = await render();
    const frozen = deepFreeze(handbook);
    // A frozen tree throws on any write, so a serialiser that changed the bodies would fail here.
    expect(renderHandbookHtml(frozen)).toBe(html);
    expect(renderHandbookMarkdown(frozen)).toBe(markdown);
    expect(html).toContain('<bdi>Fixture Ltd</bdi>');
  });

  test('a shared tree with filled-in values is serialised without being changed', () => {
    const tree = deepFreeze({
      type: 'root',
      children: [
        {
          type: 'paragraph',
          children: [{ type: 'text', value: `Call ${markIsolated('Fixture Ltd')} today.` }],
        },
      ],
    } as MdastRoot);
    expect(documentToHtml(tree)).toBe('<p>Call <bdi>Fixture Ltd</bdi> today.</p>');
    expect(documentToMarkdown(tree)).toBe('Call Fixture Ltd today.\n');
    expect(documentToHtml(tree)).toBe('<p>Call <bdi>Fixture Ltd</bdi> today.</p>');
  });

  test('the HTML shows the company values and none of the neutral defaults', async () => {
    const { html } = await render();
    expect(html).toContain(
      'Body for <bdi>Fixture Ltd</bdi>, whose vision is <bdi>“We fix it the first time.”</bdi>',
    );
    expect(html).toContain('first replies take longer than <bdi>45 minutes</bdi>');
    expect(html).toContain('Callbacks happen within <bdi>the same afternoon</bdi>');
    expect(html).toContain('may refund up to <bdi>60 EUR</bdi> without asking');
    for (const fallback of [
      'your company',
      'the first-response time you set',
      'the callback time you set',
      'an agreed amount',
    ]) {
      expect(html).not.toContain(fallback);
    }
  });

  test('frontmatter text uses the company values too, in the chapter and the handout', async () => {
    const { handbook, html, markdown } = await render();
    // Each filled-in value is direction-isolated, as in the body; Markdown has no isolation markup.
    expect(html).toContain('<li>Answer within <bdi>45 minutes</bdi> at <bdi>Fixture Ltd</bdi>.</li>');
    expect(markdown).toContain('1. Answer within 45 minutes at Fixture Ltd.');
    expect(markdown).not.toMatch(/[\u2068\u2069]/);
    const handout = renderHandoutHtml(handbook.chapters[0]!.mode, {
      company: 'Fixture Ltd',
      accent: '#123456',
    });
    expect(handout).toContain('<li>What happened at <bdi>Fixture Ltd</bdi>?</li>');
    expect(handout).not.toMatch(/[\u2068\u2069]/);
    expect(handout).not.toContain(':var[');
  });

  test('the empowerment table shows the company rows in the chapter and in the appendix', async () => {
    const { html } = await render();
    const tables = select(fromHtml(html), hasClass('empowerment-table'));
    expect(tables).toHaveLength(2);
    for (const table of tables) {
      expect(textOf(table)).toContain('Desk agent');
      expect(textOf(table)).not.toContain('Frontline agent');
    }
  });

  test('the Markdown shows the same values, callouts as block quotes and the table as GFM', async () => {
    const { markdown } = await render();
    expect(markdown).toContain('Body for Fixture Ltd, whose vision is “We fix it the first time.”');
    expect(markdown).toContain('> **Remember**\n>\n> Callbacks happen within the same afternoon.');
    expect(markdown).toMatch(/^\| Desk agent +\| Refund without asking +\| 60 EUR +\|$/m);
    expect(markdown).not.toContain('your company');
    expect(markdown).not.toMatch(/:var\[|::empowerment-table|<\w/);
  });

  test('body headings sit one level below the chapter heading', async () => {
    const { html, markdown } = await render();
    expect(html).toContain('<h3>Why it happens</h3>');
    expect(markdown).toMatch(/^## 2\. Alpha mode$/m);
    expect(markdown).toMatch(/^### Why it happens$/m);
  });
});

describe('Markdown links', () => {
  test('every in-page link points at the slug a wiki gives a heading', async () => {
    const text = validText.replace('include: priorities', 'include: all');
    const { markdown } = await render(text);
    const slugger = new GithubSlugger();
    const slugs = new Set(
      [...markdown.matchAll(/^#{1,6} (.+)$/gm)].map((m) => slugger.slug(m[1]!.replace(/\\/g, ''))),
    );
    const links = [...markdown.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(10);
    expect(links.filter((l) => !slugs.has(l))).toEqual([]);
  });
});

describe('escaping', () => {
  const hostile = '<script>alert(1)</script></style><img src=x onerror=alert(2)>';

  test('a hostile company name and vision are only text in the HTML', async () => {
    const text = validText
      .replace('company: Fixture Ltd', `company: "${hostile}"`)
      .replace(/vision: .*/, `vision: "${hostile}"`);
    const { html, markdown } = await render(text);
    const tree = fromHtml(html);
    expect(select(tree, (e) => e.tagName === 'script')).toEqual([]);
    expect(select(tree, (e) => e.tagName === 'img' && 'onError' in e.properties)).toEqual([]);
    expect(select(tree, (e) => e.tagName === 'style')).toHaveLength(1);
    expect(textOf(select(tree, (e) => e.tagName === 'h1')[0]!)).toBe(hostile);
    expect(html).toContain('Body for <bdi>&#x3C;script>alert(1)&#x3C;/script>');
    // Markdown escapes the brackets, so a wiki shows the name instead of running it.
    const parsed = unified().use(remarkParse).parse(markdown);
    const htmlNodes: string[] = [];
    visit(parsed, 'html', (node) => void htmlNodes.push(node.value));
    expect(htmlNodes).toEqual([]);
    expect(markdown).toContain('\\<script>alert(1)\\</script>');
  });

  test('the handout escapes the company name too', async () => {
    const mode = library.modes[0]!;
    const tree = fromHtml(renderHandoutHtml(mode, { company: hostile, accent: '#123456' }));
    expect(select(tree, (e) => e.tagName === 'script')).toEqual([]);
    expect(textOf(select(tree, hasClass('handout-foot'))[0]!)).toContain(hostile);
  });
});

describe('print layout', () => {
  test.each([
    ['en-GB', 'size: A4'],
    ['en-US', 'size: letter'],
  ])('%s sets %s on @page, with "Page N of M" in the bottom-centre margin box', async (locale, size) => {
    const { html } = await render(validText.replace('locale: en-GB', `locale: ${locale}`));
    expect(html).toContain(size);
    expect(html).toMatch(
      /@bottom-center \{ content: "Page" " " counter\(page\) " " "of" " " counter\(pages\)/,
    );
    expect(html).toMatch(/\.mode, \.back \{ break-before: page; \}/);
  });

  test('dates are written the local way', async () => {
    expect((await render(validText.replace('locale: en-GB', 'locale: en-US'))).handbook.date?.text).toBe(
      'March 1, 2025',
    );
    expect((await render()).handbook.date?.text).toBe('1 March 2025');
  });

  test('without a date there is no date on the cover', async () => {
    const { html } = await render(validText.replace(/^date: .*\n/m, ''));
    expect(html).not.toContain('<time');
  });

  test('the logo is embedded as a data URI', async () => {
    const { config, logo } = checkHandbookConfig({ path: CONFIG_FILE, text: validText }, library);
    expect(logo?.path).toBe('logo.svg');
    const logoPath = join(FIXTURES, 'configs', 'logo.svg');
    const html = renderHandbookHtml(
      await buildHandbook(library, config!, { logo: readFileSync(logoPath), logoPath }),
    );
    expect(html).toMatch(
      /<img src="data:image\/svg\+xml;base64,[A-Za-z0-9+/=]+" alt="Fixture Ltd logo" class="cover-logo">/,
    );
  });
});

describe('accent colour contrast', () => {
  test.each(['#f2b705', '#ffffff', '#7fdbff', '#b4552d', '#123456', '#777777'])(
    '%s becomes a colour with at least 4.5:1 against white',
    (accent) => {
      const used = accessibleAccent(accent);
      expect(contrastRatio(used, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    },
  );

  test.each(['#123456', '#b4552d', '#1f5f8b'])('%s, already dark enough, is used as given', (accent) => {
    expect(accessibleAccent(accent)).toBe(accent);
  });

  test('a light accent is darkened, keeping its hue', () => {
    const used = accessibleAccent('#f2b705');
    expect(used).not.toBe('#f2b705');
    const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(used.slice(i, i + 2), 16)) as [
      number,
      number,
      number,
    ];
    expect(r).toBeGreaterThan(g);
    expect(g).toBeGreaterThan(b);
  });

  test('the HTML uses the darkened accent', async () => {
    const { html } = await render(validText.replace('accent: "#123456"', 'accent: "#f2b705"'));
    expect(html).toContain(`--accent: ${accessibleAccent('#f2b705')};`);
    expect(html).not.toContain('#f2b705');
  });

  test('contrastRatio matches the WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});

describe('text written into the handbook CSS', () => {
  test.each(['a"b', 'c\\d', '};}</style><script>', 'line\nbreak\fform', '“Curly” – dash'])(
    '%j cannot end the string, the rule or the style element',
    async (value) => {
      const { cssText } = await import('../../src/render/handbook-html.ts');
      const css = cssText(value);
      expect(css.slice(1, -1)).toMatch(/^[A-Za-z0-9 \\]*$/);
      expect(css.startsWith('"') && css.endsWith('"')).toBe(true);
    },
  );
});

describe('a handout with a public site address', () => {
  test('carries a QR code and the short link of its mode page; without one, neither', async () => {
    const { handoutHtml: renderHandoutHtml } = await import('../support/render.ts');
    const { normaliseSiteUrl } = await import('../../src/site-url.ts');
    const mode = library.modes[0]!;
    const withSite = renderHandoutHtml(mode, {
      company: 'Fixture Ltd',
      accent: '#123456',
      siteUrl: normaliseSiteUrl('https://playbook.example.org')!,
    });
    expect(withSite).toContain(`playbook.example.org/modes/${mode.id}/</span>`);
    expect(withSite).toMatch(
      /<svg[^>]*aria-label="QR code for this page on the web: playbook\.example\.org\/modes\/[^"]*" class="qr-code"/,
    );
    expect(renderHandoutHtml(mode, { company: 'Fixture Ltd', accent: '#123456' })).not.toContain('<svg');
  });

  test.each(['ftp://x.org', 'not a url', '', 'javascript:alert(1)'])(
    '%j is not a site address',
    async (value) => {
      const { normaliseSiteUrl } = await import('../../src/site-url.ts');
      expect(normaliseSiteUrl(value)).toBeUndefined();
    },
  );
});

function deepFreeze<T>(value: T, seen = new Set<unknown>()): T {
  if (value === null || typeof value !== 'object' || seen.has(value)) return value;
  seen.add(value);
  for (const child of Object.values(value)) deepFreeze(child, seen);
  return Object.freeze(value);
}
