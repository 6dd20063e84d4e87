import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';

/** Where Debian and most Linux distributions install Chromium. */
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Flags for a closed network: no background fetches, no sandbox (CI runs as root). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

export const INSTALL_HINT =
  'Chromium was not found. Install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.';

/** Thrown when no browser binary exists; callers print `message` as one line. */
export class ChromiumNotFoundError extends Error {
  constructor() {
    super(INSTALL_HINT);
    this.name = 'ChromiumNotFoundError';
  }
}

/** The Chromium binary to use: `CHROMIUM_PATH` when set, else the first standard path that exists. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.CHROMIUM_PATH) return existsSync(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : undefined;
  return CANDIDATES.find((p) => existsSync(p));
}

/** Launches headless Chromium through playwright-core; never downloads a browser. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new ChromiumNotFoundError();
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}
