import { describe, expect, test } from 'vitest';
import { toBase64, toBase64url } from '../../src/core/base64.ts';

// The builder encodes the logo in the browser: its data URI must be the one the CLI writes.
describe('toBase64', () => {
  const lengths = [0, 1, 2, 3, 4, 5, 255, 256, 1000, 65_537];
  test.each(lengths)("matches Node's Buffer for %i pseudo-random bytes", (length) => {
    const bytes = Uint8Array.from({ length }, (_, i) => (i * 7919 + 13) % 256);
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    expect(toBase64url(bytes)).toBe(Buffer.from(bytes).toString('base64url'));
  });
});
