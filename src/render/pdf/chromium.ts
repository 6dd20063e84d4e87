import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { UserError } from '../../core/problems.ts';
import { INSTALL_HINT } from './install-hint.ts';

/** Where Debian and most Linux distributions install Chromium. */
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * The features playwright-core 1.65 turns off in every Chromium it launches
 * (packages/playwright-core/src/server/chromium/chromiumSwitches.ts). Chromium keeps only the
 * last `--disable-features` on its command line, so ours must repeat them; a browser test
 * (tests/e2e/chromium-flags.test.ts) reads the launched browser's command line and fails when
 * a Playwright upgrade turns off one this list lacks.
 */
const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

/**
 * The address bar's suggestion popup, which the full Chromium 156 draws as a web page of its own:
 * headless, every new browser context (each print job) started a renderer for it that was never
 * shown, 0.7 CPU-seconds of a context's 1.1 before a page was even opened; a PDF run of the
 * example handbook takes 0.92x the CPU without it. (chromium-headless-shell has no address bar.)
 */
const UNSHOWN_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup', 'WebUIOmniboxFullPopup'];

/** Flags for a closed network: no background fetches, no sandbox (CI runs as root). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...UNSHOWN_FEATURES].join(',')}`,
];

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

/** How long a browser may take to start before we say it is not one. */
const LAUNCH_TIMEOUT_MS = 30_000;

/**
 * Launches headless Chromium through playwright-core; never downloads a browser. A program that
 * will not start as a browser (CHROMIUM_PATH pointing at something else, a broken install) is the
 * user's to fix, so it is a UserError naming the path.
 */
export async function launchChromium(env: NodeJS.ProcessEnv = process.env): Promise<Browser> {
  const executablePath = findChromium(env);
  if (!executablePath) throw new ChromiumNotFoundError();
  const { chromium } = await import('playwright-core');
  try {
    return await chromium.launch({
      executablePath,
      headless: true,
      args: CHROMIUM_ARGS,
      timeout: LAUNCH_TIMEOUT_MS,
    });
  } catch (error) {
    const message = (error as Error).message ?? '';
    const exit = /process did exit: exitCode=(\w+)/.exec(message);
    const reason = exit
      ? `it stopped at once, exit code ${exit[1]}`
      : /Timeout/i.test(message)
        ? `it did not answer within ${LAUNCH_TIMEOUT_MS / 1000} s`
        : message
            .split('\n')[0]!
            .replace(/^browserType\.launch:\s*/, '')
            .trim();
    const source = env.CHROMIUM_PATH ? `CHROMIUM_PATH (${executablePath})` : executablePath;
    throw new UserError(
      [
        {
          file: source,
          message: `could not be started as a browser${reason ? ` (${reason.slice(0, 160)})` : ''}; point CHROMIUM_PATH at a Chromium or Chrome program, or unset it to use /usr/bin/chromium`,
        },
      ],
      'Cannot print the PDF; nothing was replaced',
    );
  }
}
