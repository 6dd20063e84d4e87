import { defineConfig } from 'vitest/config';
import { LongestFirstSequencer } from './tests/support/sequencer.ts';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two workers keep a 2-core machine responsive.
    maxWorkers: 2,
    sequence: { sequencer: LongestFirstSequencer },
    projects: [
      // Pure logic and the CLI in-process: no browser, no built site (`npm run test:unit`). npm test
      // runs them on one worker (UNIT_WORKERS=1, scripts/test.mjs): beside the build and the browser
      // tests both cores are busy anyway, and a second worker only imports every module again.
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], isolate: false, maxWorkers: Number(process.env.UNIT_WORKERS) || 2 } },
      // The built site and the generator's PDFs in real Chromium: one static server for every file
      // (tests/support/global-setup.ts), one Chromium per worker (tests/support/browser.ts).
      { extends: true, test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], globalSetup: ['tests/support/global-setup.ts'], isolate: false } },
    ],
  },
});
