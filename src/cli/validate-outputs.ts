/**
 * What `playbook validate` runs after the config check: every output `playbook generate` can make,
 * built in memory and thrown away. A config validate accepts has then been through the handbook
 * model, its document tree and every renderer, so generate cannot fail on it later (only Chromium,
 * the disk or the output folder can).
 */
import { buildHandbook } from '../core/handbook/handbook.ts';
import { listSections } from '../document/handbook.ts';
import type { Library } from '../core/library/library.ts';
import { renderHandbookHtml } from '../render/handbook-html.ts';
import { renderHandbookMarkdown } from '../render/handbook-markdown.ts';
import { renderHandbookCalendar, renderHandbookHandouts } from '../render/handbook-outputs.ts';
import { renderKitHtml } from '../render/kits.ts';
import type { ReadConfig } from './config-file.ts';

/** Builds the handbook and renders every format from it, whatever the config asks for, since --format may ask for any. */
export async function renderEveryOutput(library: Library, read: ReadConfig, siteUrl: string | undefined): Promise<void> {
  const { config, logo } = read;
  const handbook = await buildHandbook(library, config, logo ? { logo: logo.bytes, logoPath: logo.absolute } : {});
  listSections(handbook);
  renderHandbookHtml(handbook);
  renderHandbookMarkdown(handbook);
  renderHandbookCalendar(handbook, config);
  renderHandbookHandouts(handbook, config, siteUrl ? { siteUrl } : {});
  for (const chapter of handbook.chapters) renderKitHtml(chapter.mode, { company: config.company, locale: config.locale, accent: config.branding.accent });
}
