import { existsSync } from 'node:fs';
import { findChromium } from '../../src/render/pdf/chromium.ts';

/**
 * Debian's headless build of the same Chromium (package chromium-headless-shell). It is the build
 * Playwright itself runs headless tests on: same Blink, same print pipeline, no browser window
 * behind it, and on this 2-core machine the browser tests cost about half the CPU on it.
 * scripts/ensure-browser.mjs installs it beside chromium on Debian.
 */
export const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';

/**
 * The Chromium the browser tests run: CHROMIUM_PATH when set, as everywhere; else the headless
 * shell when installed; else the Chromium `playbook` itself prints with.
 */
export function findTestChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (!env.CHROMIUM_PATH && existsSync(HEADLESS_SHELL)) return HEADLESS_SHELL;
  return findChromium(env);
}

/**
 * The environment for a `playbook` run whose PDF is what a test examines (its pages, contents,
 * tags), not how the CLI finds a browser: the CLI prints with the test browser through
 * CHROMIUM_PATH, the setting a person uses to choose one. generator.test.ts prints one example
 * without it, so the way a person's run finds Chromium stays tested.
 */
export function printWithTestChromium(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const chromium = findTestChromium(env);
  return chromium ? { ...env, CHROMIUM_PATH: chromium } : env;
}
