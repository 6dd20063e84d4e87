/** The notes the builder writes beside its fields: the colour actually used, the logo, and each problem. */
import { fill } from '../../i18n/format.ts';
import { pageWords } from './page-words.ts';
import { accessibleAccent, contrastRatio } from '../../render/contrast.ts';
import { el } from '../assess/dom.ts';
import { DEFAULT_ACCENT } from '../../schemas/handbook-config.ts';
import type { FormMessage } from './form-wording.ts';
import type { BuilderState } from './state.ts';

const w = pageWords;
const say = () => w().builder.edits;
const $ = <T extends HTMLElement = HTMLElement>(selector: string) => document.querySelector<T>(selector)!;

export function showAccent(accent: string): void {
  const used = accessibleAccent(/^#[0-9a-f]{6}$/i.test(accent) ? accent : DEFAULT_ACCENT);
  $('#accent-swatch').style.background = used;
  const ratio = contrastRatio(used, '#ffffff').toFixed(1);
  $('#accent-text').textContent = fill(
    w().locale,
    used.toLowerCase() === accent.toLowerCase() ? say().accentAsChosen : say().accentDarkened,
    { colour: used, ratio },
  );
}

export function showLogo(state: BuilderState): void {
  $('#logo-note').textContent = state.logo
    ? fill(w().locale, say().logoNamed, { file: state.logo.name })
    : say().noLogo;
  $('#logo-remove').hidden = !state.logo;
}

/** What the form shows of a check: the fields whose problems are marked, and those whose problems wait. */
export interface ShownProblems {
  /** Names of the fields with a problem marked, in the form's order ("the list at the top" for the rest). */
  marked: string[];
  /** Names of the fields with problems not shown yet, in the form's order. */
  stillToFill: string[];
}

/** Where a message shows: the element beside its field (the longest field name that matches), if any. */
function slotFor(slots: HTMLElement[], field: string): HTMLElement | undefined {
  return slots
    .filter((s) => field === s.dataset.field || field.startsWith(`${s.dataset.field}.`))
    .sort((a, b) => b.dataset.field!.length - a.dataset.field!.length)[0];
}

/**
 * Each message beside its field, problems marked as problems and notes as notes; messages for no
 * field in a list at the top. A field's problems show only once `shown(field)` says so, so a blank
 * form is not marked wrong before anything is typed; notes are never errors and always show. A
 * field with a problem shown is marked invalid for assistive technology too.
 */
export function showProblems(
  messages: FormMessage[],
  shown: (field: string) => boolean = () => true,
): ShownProblems {
  const slots = [...document.querySelectorAll<HTMLElement>('.messages[data-field]')];
  const filled = new Map<HTMLElement, HTMLParagraphElement[]>();
  const general: HTMLLIElement[] = [];
  const waiting = new Set<HTMLElement>();
  const marked = new Set<HTMLElement>();
  for (const { field, text, note } of messages) {
    const slot = field ? slotFor(slots, field) : undefined;
    if (slot && !note && !shown(slot.dataset.field!)) {
      waiting.add(slot);
      continue;
    }
    const kind = note ? 'note' : 'problem';
    if (!slot) {
      general.push(el('li', { class: kind }, text));
      continue;
    }
    if (!note) marked.add(slot);
    filled.set(slot, [...(filled.get(slot) ?? []), el('p', { class: kind }, text)]);
  }
  for (const slot of slots) {
    slot.replaceChildren(...(filled.get(slot) ?? []));
    const invalid = marked.has(slot);
    for (const control of document.querySelectorAll(`[aria-describedby~="${CSS.escape(slot.id)}"]`)) {
      if (invalid) control.setAttribute('aria-invalid', 'true');
      else control.removeAttribute('aria-invalid');
    }
  }
  $('#general-problems').replaceChildren(...(general.length > 0 ? [el('ul', {}, ...general)] : []));
  const names = (set: Set<HTMLElement>) =>
    slots.filter((s) => set.has(s)).map((s) => s.dataset.name ?? s.dataset.field!);
  const topList = general.some((li) => li.classList.contains('problem')) ? [w().builder.preview.topList] : [];
  return { marked: [...names(marked), ...topList], stillToFill: names(waiting) };
}
