/**
 * The builder's downloads other than handbook.html, from the same renderers as `playbook generate`.
 * The page imports this module on the first download or upload, so the Markdown writer, the QR
 * codes of the handouts and the yaml library are not part of its first script.
 */
import type { Handbook } from '../../core/handbook/handbook.ts';
import { renderHandbookMarkdown } from '../../render/handbook-markdown.ts';
import { renderHandbookCalendar, renderHandbookHandouts } from '../../render/handbook-outputs.ts';
import type { HandbookConfig } from '../../schemas/handbook-config.ts';

export { checkConfigText, configYaml, logoNamed, stateFromConfigText } from './config-yaml.ts';

export const renderMarkdown = (handbook: Handbook) => renderHandbookMarkdown(handbook);
export const renderCalendar = (handbook: Handbook, config: HandbookConfig) => renderHandbookCalendar(handbook, config);
export const renderHandouts = (handbook: Handbook, config: HandbookConfig) => renderHandbookHandouts(handbook, config);
