import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { parse, stringify } from 'yaml';
import { checkHandbookConfig } from '../../src/core/config-check.ts';
import { buildHandbook } from '../../src/core/handbook.ts';
import type { Library } from '../../src/core/library.ts';
import { buildStaffingSection } from '../../src/core/staffing/handbook-section.ts';
import { formatProblems } from '../../src/core/problems.ts';
import { renderHandbookHtml } from '../../src/render/handbook-html.ts';
import { renderHandbookMarkdown } from '../../src/render/handbook-markdown.ts';
import type { HandbookConfig } from '../../src/schemas/handbook-config.ts';
import { sharedLibrary } from '../support/library.ts';

const EXAMPLE = 'examples/contact-centre.yaml';
const exampleText = readFileSync(EXAMPLE, 'utf8');

let library: Library;
beforeAll(async () => {
  library = await sharedLibrary();
});

function check(text: string) {
  return checkHandbookConfig({ path: EXAMPLE, text }, library);
}

/** The contact-centre example with its priorities and staffing block replaced. */
function variant(priorities: string[], staffing: unknown): string {
  const raw = parse(exampleText);
  return stringify({ ...raw, priorities, include: 'priorities', ...(staffing === undefined ? { staffing: undefined } : { staffing }) });
}

/** The classic worked example as a config channel: 200 calls an hour is 100 per half hour. */
const CLASSIC = { shrinkage: '30%', channels: [{ name: 'Phone', kind: 'phone', contacts: 200, per: '1h', aht: '3m', target: '80/20s' }] };

describe('the staffing block in a handbook config', () => {
  test('the contact-centre example is valid', () => {
    expect(check(exampleText).problems).toEqual([]);
  });

  test('bad values are reported with the field, the line and the fix', () => {
    const text = exampleText.replace('aht: 6m30s ', 'aht: 6    ').replace('target: 90/2m ', 'target: 100/2m').replace('shrinkage: 35%', 'shrinkage: 0.35');
    const report = formatProblems(check(text).problems);
    expect(report).toMatch(/contact-centre\.yaml:\d+:\d+ {2}staffing\.channels\.0\.aht: "6" has no unit; write it as 6s, 6m or 6h/);
    expect(report).toMatch(/staffing\.shrinkage: "0\.35" is ambiguous; write 35%/);
    const unreachable = formatProblems(check(exampleText.replace('target: 90/2m ', 'target: 100/2m')).problems);
    expect(unreachable).toMatch(/staffing\.channels\.1\.target: a 100% service level can never be met/);
  });

  test('an email channel needs one arrivals number per opening hour', () => {
    const report = formatProblems(check(exampleText.replace('hours: 08:00-20:00', 'hours: 08:00-18:00')).problems);
    expect(report).toMatch(/staffing\.channels\.2\.arrivals: has 12 numbers but 10 opening hours; give one number per opening hour/);
  });

  test('the section gives the published answer for the classic example: 14 on the phones, 20 on the rota', () => {
    const { config } = check(variant(['understaffing'], CLASSIC));
    const section = buildStaffingSection(config!.staffing!);
    expect(section.rows).toEqual([{ channel: 'Phone', standard: '80% within 20 seconds', volume: '200 an hour', handleTime: '3 minutes', onTheWork: 14, rostered: 20 }]);
    expect(section.readings[0]).toMatch(/^Phone: To answer 80% of calls within 20 seconds you need 14 people on the phones, 20 people on the rota/);
  });
});

describe('"What our standards take" in the handbook', () => {
  async function render(text: string) {
    const { config, problems } = check(text);
    expect(problems).toEqual([]);
    const handbook = await buildHandbook(library, config as HandbookConfig);
    return { html: renderHandbookHtml(handbook), markdown: renderHandbookMarkdown(handbook) };
  }

  test('appears in the understaffing and response-standards chapters, in HTML and Markdown, and nowhere else', async () => {
    const { html, markdown } = await render(variant(['understaffing', 'no-service-vision', 'yesterdays-response-standards'], CLASSIC));
    expect(html.match(/<h3>What our standards take<\/h3>/g)).toHaveLength(2);
    for (const id of ['understaffing', 'yesterdays-response-standards']) {
      const start = html.indexOf(`id="chapter-${id}"`);
      const section = html.slice(html.indexOf('<h3>What our standards take</h3>', start));
      expect(section).toMatch(/^<h3>What our standards take<\/h3>\s*<p>These are the people our own standards need/);
      expect(section).toMatch(/<td>Phone<\/td>\s*<td>80% within 20 seconds<\/td>\s*<td>200 an hour<\/td>\s*<td>3 minutes<\/td>\s*<td>14<\/td>\s*<td>20<\/td>/);
    }
    const vision = html.slice(html.indexOf('id="chapter-no-service-vision"'), html.indexOf('id="chapter-yesterdays-response-standards"'));
    expect(vision).not.toContain('What our standards take');
    expect(markdown.match(/^### What our standards take$/gm)).toHaveLength(2);
    expect(markdown.match(/^\| Phone +\| 80% within 20 seconds \| 200 an hour \| 3 minutes +\| 14 +\| 20 +\|$/gm)).toHaveLength(2);
  });

  test('a config without a staffing block has no such section', async () => {
    const { html, markdown } = await render(variant(['understaffing'], undefined));
    expect(html).not.toContain('What our standards take');
    expect(markdown).not.toContain('What our standards take');
  });

  test('the contact-centre example gets the section in its response-standards chapter, for all three channels', async () => {
    const { markdown } = await render(exampleText);
    const section = markdown.slice(markdown.indexOf('### What our standards take'));
    expect(section).toMatch(/\| Phone +\| 80% within 1 minute +\| 900 an hour +\| 6 minutes 30 seconds \| 115 /);
    expect(section).toMatch(/\| Email +\| every message within 4 hours \| 1,440 a day/);
    expect(section).toContain('the target alone takes');
  });
});
