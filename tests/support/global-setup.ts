import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { INSTALL_HINT } from '../../src/render/pdf/install-hint.ts';
import { serveStatic } from './static-server.ts';
import { findTestChromium } from './test-chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The Chromium each test worker launches, or empty when there is none. */
    browserPath: string;
    /** Why browser tests cannot run, or empty. */
    browserProblem: string;
    /** Base URL of the built site served from dist/. */
    siteUrl: string;
  }
}

/**
 * Starts one static server for all test files and finds the Chromium each test worker launches
 * (see useBrowser). Browser tests fail with a one-line install hint when Chromium is missing; only
 * SKIP_BROWSER_TESTS=1 outside CI skips them.
 */
export default async function setup(project: TestProject) {
  const dist = resolve('dist');
  const server = existsSync(join(dist, 'index.html')) ? await serveStatic(dist) : undefined;
  project.provide('siteUrl', server?.url ?? '');

  const executablePath = findTestChromium();
  if (!executablePath) {
    project.provide('browserPath', '');
    project.provide('browserProblem', INSTALL_HINT);
  } else {
    project.provide('browserPath', executablePath);
    project.provide('browserProblem', '');
  }
  return async () => server?.close();
}
