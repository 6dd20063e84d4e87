/**
 * PLAYBOOK_SITE_URL read and checked, as pure functions of its text: the CLI passes the environment
 * it was given, the site build (src/site-url.ts) the process's own.
 */
import { UserError } from '../problems.ts';

/**
 * The longest site address we print. A handout's QR code is 16 mm wide and holds the address of a
 * mode's page (this address, then `modes/<id>/`); up to about 250 characters in all, its squares
 * stay large enough for a phone to read off paper. A longer address is a mistake to fix, not a
 * reason to print handouts without the code.
 */
export const MAX_SITE_URL_LENGTH = 200;

/** What PLAYBOOK_SITE_URL gives: the address to print, or a problem that stops the run; and what was changed or ignored. */
export interface SiteUrlReading {
  url?: string;
  problem?: string;
  warnings: string[];
}

const EXAMPLE = 'https://playbook.example.org/';

/**
 * Reads PLAYBOOK_SITE_URL: an http(s) address ending in a slash, without query or fragment. A user
 * name or password in it is removed (it would be printed on every handout and page); anything that
 * is not an http(s) address is ignored with a warning, since a typo must not print a wrong QR code;
 * an address too long for the QR code is a problem. Messages never repeat the value: it may hold a
 * password, or characters a terminal obeys.
 */
export function readSiteUrl(value: string | undefined): SiteUrlReading {
  if (!value?.trim()) return { warnings: [] };
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return {
      warnings: [
        `PLAYBOOK_SITE_URL is not a web address, so handouts carry no QR code or link; write it like ${EXAMPLE}`,
      ],
    };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return {
      warnings: [
        `PLAYBOOK_SITE_URL is not an http or https address, so handouts carry no QR code or link; write it like ${EXAMPLE}`,
      ],
    };
  }
  const warnings: string[] = [];
  if (url.username || url.password) {
    const what = url.password ? 'a user name and password' : 'a user name';
    warnings.push(
      `PLAYBOOK_SITE_URL holds ${what}; they were removed, so no handout or page prints them. Set it to the address readers use, without them`,
    );
    url.username = '';
    url.password = '';
  }
  url.search = '';
  url.hash = '';
  const href = url.href.endsWith('/') ? url.href : `${url.href}/`;
  if (href.length > MAX_SITE_URL_LENGTH) {
    return {
      problem: `is ${href.length} characters long; the QR code on a handout takes an address of at most ${MAX_SITE_URL_LENGTH}. Set PLAYBOOK_SITE_URL to the site's home address, e.g. ${EXAMPLE}`,
      warnings,
    };
  }
  return { url: href, warnings };
}

/** The address to print, or undefined; an address too long for the QR code throws a UserError naming PLAYBOOK_SITE_URL. */
export function normaliseSiteUrl(value: string | undefined): string | undefined {
  const reading = readSiteUrl(value);
  if (reading.problem) throw siteUrlError(reading.problem);
  return reading.url;
}

/** The problem as the error the CLI prints (exit 1) and the site build stops with. */
export function siteUrlError(problem: string): UserError {
  return new UserError(
    [{ file: 'PLAYBOOK_SITE_URL', message: problem }],
    'The site address cannot be printed on the handouts; nothing was written',
  );
}
