import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkHandbookConfig } from '../../src/core/config/check.ts';
import { buildHandbook } from '../../src/core/handbook/handbook.ts';
import { handbookHtml } from '../support/render.ts';
import type { HandbookConfig } from '../../src/schemas/handbook-config.ts';
import { fillMarkers, previewTemplate } from '../../src/site/builder/preview-template.ts';
import { HOSTILE_TEXT } from '../support/hostile-config.ts';
import { sharedLibrary } from '../support/library.ts';

// The preview renders a template of the config and refills its text in place (preview.ts). That is
// only right while the refilled template is the very document the real config renders.
const library = await sharedLibrary();
const example = (name: string) =>
  checkHandbookConfig({ path: `${name}.yaml`, text: readFileSync(`examples/${name}.yaml`, 'utf8') }, library)
    .config!;
const retailer = example('retailer');
const h = HOSTILE_TEXT;
const hostile: HandbookConfig = {
  ...retailer,
  company: h.company,
  vision: h.vision,
  standards: {
    firstResponse: h.firstResponse,
    callback: h.callback,
    refundLimit: h.refundLimit,
    others: [{ name: h.otherName, value: h.otherValue }],
  },
  empowerment: [{ role: h.role, decision: h.decision, limit: h.limit }],
};

/** The document's tree with every text and attribute refilled; positions dropped, as they differ with the text's length. */
function refilled(node: Root | RootContent, fills: readonly string[]): unknown {
  const { position: _position, ...rest } = node as unknown as {
    position?: unknown;
    type: string;
    value?: string;
    properties?: Element['properties'];
    children?: RootContent[];
  };
  const fill = (v: unknown) => (typeof v === 'string' ? fillMarkers(v, fills) : v);
  return {
    ...rest,
    ...(typeof rest.value === 'string' ? { value: fillMarkers(rest.value, fills) } : {}),
    ...(rest.properties
      ? {
          properties: Object.fromEntries(
            Object.entries(rest.properties).map(([k, v]) => [k, Array.isArray(v) ? v.map(fill) : fill(v)]),
          ),
        }
      : {}),
    ...(rest.children ? { children: rest.children.map((c) => refilled(c, fills)) } : {}),
  };
}

const html = async (config: HandbookConfig) => handbookHtml(await buildHandbook(library, config));

describe('the preview template', () => {
  test.each<[string, HandbookConfig]>([
    ['the retailer example', retailer],
    ['the contact-centre example', example('contact-centre')],
    [
      'every failure mode as a chapter, with the rest in an appendix',
      { ...retailer, priorities: library.modes.map((m) => m.id), include: 'all' },
    ],
    ['hostile text in every field', hostile],
    [
      'a vision in quotes (shown with curly quotes, so not refilled)',
      { ...retailer, vision: '"We answer every customer by name."' },
    ],
  ])('refilled, renders %s exactly as the config does', async (_label, config) => {
    const template = previewTemplate(config);
    expect(template.fills.length).toBeGreaterThan(0);
    const expected = refilled(fromHtml(await html(config)), []);
    expect(refilled(fromHtml(await html(template.config)), template.fills)).toEqual(expected);
  });

  test('text typed into a field only changes what it refills, not the template', () => {
    const a = previewTemplate(retailer);
    const b = previewTemplate({
      ...retailer,
      company: 'Another name entirely',
      standards: { ...retailer.standards, callback: 'within the hour' },
    });
    expect(b.config).toEqual(a.config);
    expect(b.fills).not.toEqual(a.fills);
  });

  test('a vision with quotes at its ends stays in the template, so each edit of it renders again', () => {
    const quoted = previewTemplate({ ...retailer, vision: '“Every customer, by name.”' });
    expect(quoted.config.vision).toBe('“Every customer, by name.”');
    expect(quoted.fills).not.toContain('“Every customer, by name.”');
  });
});
