import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The browser test files that take longest, longest first. Vitest starts the files it has timed
 * before longest first, but on a fresh clone it has no timings and starts the largest files first,
 * which put pages.test.ts (short, but it visits every built page) last: one worker then ran it alone
 * while the other had nothing left to do.
 */
const LONGEST = [
  'tests/e2e/pages.test.ts',
  // Prints 288 handouts and kits in three languages on two papers, and lays each out again.
  'tests/e2e/print-languages.test.ts',
  // Builds the site a second time (under a path) before it visits every page.
  'tests/e2e/base-path.test.ts',
  'tests/e2e/assess.test.ts',
  'tests/e2e/build.test.ts',
];

export class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const index = LONGEST.findIndex((name) => file.moduleId.endsWith(`/${name}`));
      return index === -1 ? LONGEST.length : index;
    };
    // Array.prototype.sort is stable: every other file keeps Vitest's order.
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}
