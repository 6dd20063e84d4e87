import { readSiteUrl, siteUrlError } from './core/config/site-address.ts';

export {
  MAX_SITE_URL_LENGTH,
  normaliseSiteUrl,
  readSiteUrl,
  siteUrlError,
  type SiteUrlReading,
} from './core/config/site-address.ts';

/**
 * The public address of the playbook site, when it is published: the one setting behind
 * astro.config.mjs's `site` (canonical links) and the QR code and short link on every handout the
 * generator prints. Set PLAYBOOK_SITE_URL when building the site and generating handbooks, e.g.
 * `PLAYBOOK_SITE_URL=https://playbook.example.org npm run build`. Unset, pages carry no canonical
 * link and handouts no QR code, rather than point at an address nobody serves. A user name or
 * password in it is removed with a warning; an address too long for a handout's QR code stops the
 * build with the message `playbook generate` prints. Read when called, never as a module loads, so
 * the CLI (which reads the environment it is given) never stops on the process's own.
 */
export function siteUrlForBuild(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const reading = readSiteUrl(env.PLAYBOOK_SITE_URL);
  for (const warning of reading.warnings) console.warn(`warning: ${warning}`);
  if (reading.problem) throw siteUrlError(reading.problem);
  return reading.url;
}

/**
 * The path the site is served under, from its address: `/playbook/` for
 * https://org.github.io/playbook/, `/` at a host's root or when the address is not set. It becomes
 * Astro's `base`, so every link, asset, script and the search index carry it.
 */
export function basePathOf(siteUrl: string | undefined): string {
  return siteUrl ? new URL(siteUrl).pathname : '/';
}
