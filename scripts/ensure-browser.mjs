/**
 * Before `npm test`: the browser tests need Chromium and the PDF tests need poppler-utils. On a
 * fresh Debian or Ubuntu machine this installs what is missing from Debian's own packages, as root
 * or through sudo when sudo needs no password, and says so in one line. Anywhere else it stops
 * with a one-line hint. SKIP_BROWSER_TESTS=1 (never under CI) skips the check, as it skips the tests.
 *
 * Where Debian packages it, chromium-headless-shell comes too: the same Chromium without a browser
 * window behind it, on which the browser tests cost about half the CPU (tests/support/test-chromium.ts).
 * It is optional: where it cannot be installed the tests run on chromium itself, only slower.
 *
 * Arabic handouts and kits print in Noto Sans Arabic UI, so fonts-noto-ui-core comes with Chromium
 * where fontconfig finds no such font: of Debian's packages with a sans-serif Arabic typeface for
 * body text it is the smallest but one (1.4 MB to download, 5 MB installed, against fonts-noto-core's
 * 42 MB); the smallest, fonts-kacst-one (0.1 MB), draws its Arabic a size smaller than the English
 * beside it, which reads badly on a handout that mixes the two. Without it, the Arabic print test
 * fails: DejaVu Sans would draw the letters, but not as a reader expects them printed.
 *
 * LibreOffice's Writer without a window (libreoffice-writer-nogui) comes the same way, for the test
 * that opens the Word handbook in a real word processor; where it cannot be installed, that test
 * is skipped with a one-line notice and everything else runs.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const skip = process.env.SKIP_BROWSER_TESTS === '1' && process.env.CI !== 'true';
const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
const chromium = process.env.CHROMIUM_PATH
  ? existsSync(process.env.CHROMIUM_PATH)
  : ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].some((p) => existsSync(p));
const onPath = (name) => spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
const fontInstalled = (family) =>
  (spawnSync('fc-list', [family, 'family'], { encoding: 'utf8' }).stdout ?? '').trim() !== '';
const missing = [
  ...(chromium ? [] : ['chromium']),
  ...(onPath('pdftotext') ? [] : ['poppler-utils']),
  ...(fontInstalled('Noto Sans Arabic UI') ? [] : ['fonts-noto-ui-core']),
];
const HINT = `npm test needs ${new Intl.ListFormat('en').format(missing)}: install ${missing.length > 1 ? 'them' : 'it'} (Debian/Ubuntu: sudo apt-get install -y ${missing.join(' ')}), set CHROMIUM_PATH, or set SKIP_BROWSER_TESTS=1 to skip the browser tests.`;

if (skip) process.exit(0);

const release = existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '';
const debianLike = /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(release);
const root = process.getuid?.() === 0;
const sudo = !root && onPath('sudo') && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
const canInstall = debianLike && (root || sudo);
/** Whether apt's package lists, as they are now, offer a package. */
const aptOffers = (name) =>
  /Candidate: (?!\(none\))/.test(spawnSync('apt-cache', ['policy', name], { encoding: 'utf8' }).stdout ?? '');
// The shell is tried once per install of the dependencies (the note lives in node_modules/.cache),
// so a machine whose Debian or Ubuntu does not package it is not sent to apt on every run; and
// only when the tests would run on it, not when CHROMIUM_PATH chooses the browser.
const TRIED = 'node_modules/.cache/service-playbook/headless-shell-tried';
const wantShell =
  canInstall && !process.env.CHROMIUM_PATH && !existsSync(HEADLESS_SHELL) && !existsSync(TRIED);
const OFFICE_TRIED = 'node_modules/.cache/service-playbook/libreoffice-tried';
const wantOffice = canInstall && !onPath('soffice') && !existsSync(OFFICE_TRIED);

if (missing.length === 0 && !wantShell && !wantOffice) process.exit(0);
// A CHROMIUM_PATH that names nothing is the user's setting to fix, not a package to install.
if (missing.length > 0 && (!canInstall || (process.env.CHROMIUM_PATH && !chromium))) {
  console.error(HINT);
  process.exit(1);
}

const packages = [
  ...missing,
  ...(wantShell ? ['chromium-headless-shell'] : []),
  ...(wantOffice ? ['libreoffice-writer-nogui'] : []),
];
const listed =
  packages.length > 1 ? `${packages.slice(0, -1).join(', ')} and ${packages.at(-1)}` : packages[0];
console.error(
  `Installing ${listed} from Debian's packages for the browser, PDF, Arabic print and Word tests (apt-get${sudo ? ' through sudo' : ''}).`,
);
// apt's own chatter (debconf notes and the like) is shown only when a step fails.
const run = (args) => {
  try {
    execFileSync(sudo ? 'sudo' : args[0], sudo ? args : args.slice(1), {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } catch (error) {
    process.stderr.write(error.stderr ?? '');
    throw error;
  }
};
const install = (names) => run(['apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...names]);
try {
  if (missing.length > 0) {
    run(['apt-get', 'update', '-qq']);
    install(missing);
  }
} catch {
  console.error(HINT);
  process.exit(1);
}
let updated = missing.length > 0;
/** Installs an optional package once per install of the dependencies; a failure only prints `notice`. */
function installOptional(name, tried, notice) {
  mkdirSync(dirname(tried), { recursive: true });
  writeFileSync(tried, `npm test tried to install ${name} once; delete this file to try again.\n`);
  try {
    if (!updated && !aptOffers(name)) {
      run(['apt-get', 'update', '-qq']);
      updated = true;
    }
    if (!aptOffers(name)) throw new Error('not packaged here');
    install([name]);
  } catch {
    console.error(notice);
  }
}
if (wantShell)
  installOptional(
    'chromium-headless-shell',
    TRIED,
    'chromium-headless-shell is not available here, so the browser tests run on chromium itself and take longer.',
  );
if (wantOffice)
  installOptional(
    'libreoffice-writer-nogui',
    OFFICE_TRIED,
    'LibreOffice (libreoffice-writer-nogui) could not be installed here, so the test that opens handbook.docx in it is skipped.',
  );
