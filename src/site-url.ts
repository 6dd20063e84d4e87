/**
 * The public address of the playbook site, when it is published: the one setting behind
 * astro.config.mjs's `site` (canonical links) and the QR code and short link on every handout the
 * generator prints. Set PLAYBOOK_SITE_URL when building the site and generating handbooks, e.g.
 * `PLAYBOOK_SITE_URL=https://playbook.example.org npm run build`. Unset, pages carry no canonical
 * link and handouts no QR code, rather than point at an address nobody serves.
 */
export const PUBLIC_SITE_URL: string | undefined = normaliseSiteUrl(process.env.PLAYBOOK_SITE_URL);

/** An http(s) address ending in a slash, or undefined for anything else (a typo must not print a wrong QR code). */
export function normaliseSiteUrl(value: string | undefined): string | undefined {
  if (!value?.trim()) return undefined;
  try {
    const url = new URL(value.trim());
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    url.search = '';
    url.hash = '';
    return url.href.endsWith('/') ? url.href : `${url.href}/`;
  } catch {
    return undefined;
  }
}
