/**
 * Before `npm test`: the browser tests need Chromium and the PDF tests need poppler-utils. On a
 * fresh Debian or Ubuntu machine this installs what is missing from Debian's own packages, as root
 * or through sudo when sudo needs no password, and says so in one line. Anywhere else it stops
 * with a one-line hint. SKIP_BROWSER_TESTS=1 (never under CI) skips the check, as it skips the tests.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const skip = process.env.SKIP_BROWSER_TESTS === '1' && process.env.CI !== 'true';
const chromium = process.env.CHROMIUM_PATH
  ? existsSync(process.env.CHROMIUM_PATH)
  : ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].some((p) => existsSync(p));
const onPath = (name) => spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
const missing = [...(chromium ? [] : ['chromium']), ...(onPath('pdftotext') ? [] : ['poppler-utils'])];
const HINT = `npm test needs ${missing.join(' and ')}: install ${missing.length > 1 ? 'them' : 'it'} (Debian/Ubuntu: sudo apt-get install -y ${missing.join(' ')}), set CHROMIUM_PATH, or set SKIP_BROWSER_TESTS=1 to skip the browser tests.`;

if (skip || missing.length === 0) process.exit(0);

const release = existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '';
const debianLike = /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(release);
const root = process.getuid?.() === 0;
const sudo = !root && onPath('sudo') && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
// A CHROMIUM_PATH that names nothing is the user's setting to fix, not a package to install.
if (!debianLike || !(root || sudo) || (process.env.CHROMIUM_PATH && !chromium)) {
  console.error(HINT);
  process.exit(1);
}

console.error(`Installing ${missing.join(' and ')} from Debian's packages for the browser and PDF tests (apt-get${sudo ? ' through sudo' : ''}).`);
const run = (args) => execFileSync(sudo ? 'sudo' : args[0], sudo ? args : args.slice(1), { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
try {
  run(['apt-get', 'update', '-qq']);
  run(['apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...missing]);
} catch {
  console.error(HINT);
  process.exit(1);
}
