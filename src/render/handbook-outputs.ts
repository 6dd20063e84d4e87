/**
 * The handbook's text outputs that follow from the model and its config: the training calendar and
 * the handouts. One place for both callers, `playbook generate` and the browser builder, so the
 * files they write are the same bytes.
 */
import type { Handbook } from '../core/handbook/handbook.ts';
import type { HandbookConfig } from '../schemas/handbook-config.ts';
import { renderHandoutHtml } from './handouts.ts';
import { buildTrainingCalendar } from './ics.ts';

/** training-plan.ics, or undefined when the config gives no first session date. */
export function renderHandbookCalendar(handbook: Handbook, config: HandbookConfig): string | undefined {
  const start = config.training?.start;
  if (!start) return undefined;
  return buildTrainingCalendar(handbook.chapters.map((c) => c.mode), {
    start,
    cadence: config.training!.cadence,
    company: config.company,
    stamp: handbook.date?.iso ?? start,
  });
}

/**
 * One handout per chapter: its path without extension (handouts/01-id) and its HTML; with the
 * public site's address, each carries a QR code and short link to its mode's page.
 */
export function renderHandbookHandouts(handbook: Handbook, config: HandbookConfig, options: { siteUrl?: string } = {}): { name: string; html: string }[] {
  return handbook.chapters.map((c) => ({
    name: `handouts/${String(c.number).padStart(2, '0')}-${c.mode.id}`,
    html: renderHandoutHtml(c.mode, { company: config.company, accent: config.branding.accent, ...(options.siteUrl ? { siteUrl: options.siteUrl } : {}) }),
  }));
}
