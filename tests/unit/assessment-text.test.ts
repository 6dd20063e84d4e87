import { describe, expect, test } from 'vitest';
import { describeConfigText, MAX_COMPANY_LENGTH, toConfigText } from '../../src/core/assessment/text.ts';
import { HandbookConfigSchema } from '../../src/schemas/handbook-config.ts';
import { userText } from '../../src/schemas/user-text.ts';
import { words } from '../../src/i18n/index.ts';

// The company field exactly as `playbook validate` checks it.
const company = userText('company', { max: MAX_COMPANY_LENGTH });

describe('text on its way into a config follows the rules of playbook validate', () => {
  test('every character of the Basic Multilingual Plane: what validate refuses is taken out, what it accepts stays', () => {
    const disagreements: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const c = String.fromCharCode(code);
      const text = `Ana${c}Lee`;
      const cleaned = toConfigText(text).text;
      const checked = company.safeParse(cleaned);
      const accepted = company.safeParse(text);
      // The cleaned text always passes; text validate accepts as it is comes through as validate reads it.
      if (!checked.success || (accepted.success && cleaned !== accepted.data))
        disagreements.push(`U+${code.toString(16).toUpperCase().padStart(4, '0')}`);
    }
    expect(disagreements).toEqual([]);
  });

  test('bidi overrides and isolates, controls and line breaks are removed or folded, and the note names them', () => {
    const cleaned = toConfigText('\u202EHearth\u0007 &\n Loom\u2066\u2069 ');
    expect(cleaned).toEqual({
      text: 'Hearth & Loom',
      removed: ['U+202E', 'U+0007', 'U+2066', 'U+2069'],
      cut: false,
    });
    expect(describeConfigText(words(), 'The company name', cleaned)).toBe(
      'The company name held invisible control characters (U+202E, U+0007, U+2066, U+2069) that a handbook may not contain, so they were left out; check how it reads',
    );
    expect(describeConfigText(words(), 'The company name', toConfigText('Plain  Name'))).toBeUndefined();
  });

  test('a name longer than a config allows is cut by whole characters, and the note says so', () => {
    const long = `${'a'.repeat(MAX_COMPANY_LENGTH - 1)}😀 and more`;
    const cleaned = toConfigText(long);
    expect(cleaned).toMatchObject({ text: 'a'.repeat(MAX_COMPANY_LENGTH - 1), cut: true });
    expect(describeConfigText(words(), 'The company name', cleaned)).toMatch(
      /was longer than the 200 characters a handbook allows, so it was cut/,
    );
    expect(HandbookConfigSchema.shape.company.safeParse(cleaned.text).success).toBe(true);
  });
});
