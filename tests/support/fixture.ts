import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { expect } from 'vitest';

/** UPDATE=1 rewrites expected outputs on purpose; never under CI, where a missing or stale file fails. */
const update = process.env.UPDATE === '1' && process.env.CI !== 'true';

/**
 * Compares output with its expected file. A missing expectation is a failure, not a silent write:
 * run `UPDATE=1 npx vitest run <test file>` to write it, then review the diff before committing.
 */
export function expectFixture(actual: string, file: string): void {
  if (update) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
  }
  if (!existsSync(file))
    throw new Error(`${file} is missing: run the test with UPDATE=1 to write it, then review it`);
  expect(actual, `${file} (UPDATE=1 rewrites it)`).toBe(readFileSync(file, 'utf8'));
}
