/**
 * What `playbook validate` runs after the config check: every output `playbook generate` can make,
 * built in memory and thrown away. A config validate accepts has then been through the handbook
 * model, its document trees and every renderer, so generate cannot fail on it later (only Chromium,
 * the disk or the output folder can).
 */
import { buildHandbook } from '../core/handbook/handbook.ts';
import type { Library } from '../core/library/library.ts';
import { OUTPUTS, layOut } from '../render/outputs.ts';
import type { ReadConfig } from './config-file.ts';

/** Builds the handbook and makes every format from it (the PDFs' HTML too), whatever the config asks for, since --format may ask for any. */
export async function renderEveryOutput(
  library: Library,
  read: ReadConfig,
  siteUrl: string | undefined,
): Promise<void> {
  const { config, logo } = read;
  const handbook = await buildHandbook(
    library,
    config,
    logo ? { logo: logo.bytes, logoPath: logo.absolute } : {},
  );
  const run = { handbook, config, ...(siteUrl ? { siteUrl } : {}) };
  const trees = layOut(run);
  for (const output of Object.values(OUTPUTS)) {
    await output.render(run, trees);
    for (const job of output.print?.jobs(run, trees) ?? [])
      if (typeof job.html === 'function') job.html(new Map());
  }
}
