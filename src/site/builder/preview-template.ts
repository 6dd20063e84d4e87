/**
 * The preview's template: the checked config with each piece of the company's text (name, vision,
 * standards, empowerment rows) swapped for a marker. The handbook rendered from it has the same
 * structure as the real one, and each marker stands exactly where its text goes, so typing in one
 * of those fields only refills text in the shown document instead of rendering 24 chapters again.
 * A value is swapped only when the renderers show it unchanged (see `fillsAsIs`); any other value
 * stays in the template, and changing it renders the preview afresh. Pure: testable in Node.
 */
import type { HandbookConfig } from '../../schemas/handbook-config.ts';

/** Private-use characters around a number; config text never holds them (see `fillsAsIs`). */
const OPEN = '\uE000';
const CLOSE = '\uE001';
const MARKER = /\uE000(\d+)\uE001/g;

export interface PreviewTemplate {
  /** The config to render, with markers in place of text. */
  config: HandbookConfig;
  /** Each marker's number is its index here: the text it stands for. */
  fills: string[];
}

/**
 * True when every renderer shows the value exactly as written: the vision is the one value changed
 * on the way (its outer quotes become curly ones), so a vision with quotes at either end is not
 * swapped; nor is text that holds our marker characters.
 */
function fillsAsIs(value: string, field: string): boolean {
  if (value.includes(OPEN) || value.includes(CLOSE) || value === '') return false;
  return field !== 'vision' || !/^["“']|["”']$/.test(value);
}

/** The template for a checked config. */
export function previewTemplate(config: HandbookConfig): PreviewTemplate {
  const fills: string[] = [];
  const swap = (value: string, field = ''): string => {
    if (!fillsAsIs(value, field)) return value;
    fills.push(value);
    return `${OPEN}${fills.length - 1}${CLOSE}`;
  };
  const { standards } = config;
  return {
    config: {
      ...config,
      company: swap(config.company),
      vision: swap(config.vision, 'vision'),
      standards: {
        ...standards,
        firstResponse: swap(standards.firstResponse),
        callback: swap(standards.callback),
        ...(standards.refundLimit !== undefined ? { refundLimit: swap(standards.refundLimit) } : {}),
        others: standards.others.map((o) => ({ name: swap(o.name), value: swap(o.value) })),
      },
      empowerment: config.empowerment.map((r) => ({
        role: swap(r.role),
        decision: swap(r.decision),
        limit: swap(r.limit),
      })),
    },
    fills,
  };
}

/** True when a text holds a marker. */
export const hasMarker = (text: string): boolean => text.includes(OPEN);

/** The text with each marker replaced by what it stands for. */
export function fillMarkers(text: string, fills: readonly string[]): string {
  return text.replace(MARKER, (_, n: string) => fills[Number(n)] ?? '');
}

/** The marker numbers a text holds, for refilling only what changed. */
export function markersIn(text: string): number[] {
  return [...text.matchAll(MARKER)].map((m) => Number(m[1]));
}
