/** What the form shows besides the answers themselves: the deep-dive sections, progress, and the answer code. */
import { encodeAnswerCode } from '../../core/assessment-code.ts';
import { RESPONDENT_ROLES } from '../../schemas/respondent-roles.ts';
import { asAnswers, type Draft } from './draft.ts';
import { $, type PageData } from './page-data.ts';

/** Deep-dive sections show for the modes opened, for modes with answers beyond the headline, or for everything. */
export function showDeeper(data: PageData, draft: Draft): void {
  for (const section of document.querySelectorAll<HTMLElement>('[data-deeper]')) {
    const id = section.dataset.deeper!;
    const headline = data.modes.find((m) => m.id === id)?.headline;
    const answeredBeyond = Object.keys(draft.answers[id] ?? {}).some((i) => Number(i) !== headline) || (draft.warningSigns[id]?.length ?? 0) > 0;
    section.hidden = !(draft.full || draft.deeper.includes(id) || answeredBeyond);
  }
  $('#show-all').setAttribute('aria-pressed', String(draft.full));
}

/** The quick scan's progress, and how many deep-dive statements were answered on top. */
export function showProgress(data: PageData, draft: Draft, storageWorks: boolean): void {
  const headlines = new Map(data.modes.map((m) => [m.id, m.headline]));
  const quick = data.modes.filter((m) => draft.answers[m.id]?.[String(m.headline)] !== undefined).length;
  let deeper = 0;
  for (const [id, byQuestion] of Object.entries(draft.answers)) deeper += Object.keys(byQuestion).filter((i) => Number(i) !== headlines.get(id)).length;
  $<HTMLProgressElement>('#progress').value = quick;
  $('#progress-text').textContent =
    (quick === data.modes.length ? `Quick scan done: all ${quick} statements answered.` : `Quick scan: ${quick} of ${data.modes.length} statements answered.`) +
    (deeper > 0 ? ` Deep dive: ${deeper} more.` : '') +
    (storageWorks ? '' : ' Answers cannot be saved in this browser, so keep this tab open.');
}

/** The answer code and what it carries; without a role there is no code, and the page says why. */
export function showShare(data: PageData, draft: Draft): void {
  const role = draft.respondent.role;
  $<HTMLTextAreaElement>('#answer-code').value = role ? encodeAnswerCode(data, asAnswers(draft)) : '';
  for (const id of ['#copy-code', '#copy-link']) $<HTMLButtonElement>(id).disabled = !role;
  $('#share-about').textContent = role
    ? `Copy the code (or the link) into an email or chat message to whoever collects your team's answers. It holds your role (${RESPONDENT_ROLES[role].toLowerCase()}) and your answers${draft.company ? ', the company name' : ''}${draft.respondent.name ? ` and your name (${draft.respondent.name}), which the team sees only in a list of who took part, and only if everyone gives one` : ''}. The team view shows nothing until 3 people's codes are in, and never one person's answers; but the code is not encrypted, so someone with technical skill can read your answers from it. Send it to someone you trust with them.`
    : 'Choose your role under “About you” first: the code needs it so the team view can compare leadership with the front line.';
}
