import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_ARGS, INSTALL_HINT } from '../../src/render/chromium.ts';
import { serveStatic } from './static-server.ts';
import { findTestChromium } from './test-chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Playwright endpoint of the shared Chromium, or empty when there is none. */
    browserEndpoint: string;
    /** Why browser tests cannot run, or empty. */
    browserProblem: string;
    /** Base URL of the built site served from dist/. */
    siteUrl: string;
  }
}

/**
 * Starts one Chromium and one static server for all test files. Browser tests fail with a one-line
 * install hint when Chromium is missing; only SKIP_BROWSER_TESTS=1 outside CI skips them.
 */
export default async function setup(project: TestProject) {
  const dist = resolve('dist');
  const server = existsSync(join(dist, 'index.html')) ? await serveStatic(dist) : undefined;
  project.provide('siteUrl', server?.url ?? '');

  const executablePath = findTestChromium();
  if (!executablePath) {
    project.provide('browserEndpoint', '');
    project.provide('browserProblem', INSTALL_HINT);
    return async () => server?.close();
  }
  const { chromium } = await import('playwright-core');
  const browserServer = await chromium.launchServer({ executablePath, headless: true, args: CHROMIUM_ARGS });
  project.provide('browserEndpoint', browserServer.wsEndpoint());
  project.provide('browserProblem', '');
  return async () => {
    await browserServer.close();
    await server?.close();
  };
}
