/**
 * The person's answers as the form holds them and as localStorage keeps them between visits. The
 * draft adds what only this browser needs: which modes were opened for the deep dive, whether every
 * statement is shown, and a random respondent id that lets a team count a person once.
 */
import { newRespondentId } from '../../core/assessment/id.ts';
import type { AnswersFile } from '../../schemas/assessment.ts';
import type { RespondentRole } from '../../schemas/respondent-roles.ts';

export type Draft = Omit<AnswersFile, 'respondent'> & {
  respondent: { name: string; role?: RespondentRole; id: string };
  /** Modes opened for the deep dive. */
  deeper: string[];
  /** Every statement shown (the full questionnaire). */
  full: boolean;
};

/** Versioned with the answers format, so a future format never misreads an old save. */
const STORAGE_KEY = 'service-playbook:assessment:v1';

/** The form's current answers; `kept` carries what the form itself does not hold. */
export function readForm(
  form: HTMLFormElement,
  kept: Pick<Draft, 'deeper' | 'full'> & { id: string },
): Draft {
  const values = new FormData(form);
  const answers: Draft['answers'] = {};
  const warningSigns: Draft['warningSigns'] = {};
  for (const [name, value] of values) {
    const [kind, id, index] = name.split(':');
    if (kind === 'q' && id && index !== undefined) (answers[id] ??= {})[index] = Number(value);
    if (kind === 'w' && id) (warningSigns[id] ??= []).push(Number(value));
  }
  const role = values.get('role');
  const company = String(values.get('company') ?? '').trim();
  return {
    format: 'service-playbook-assessment',
    version: 1,
    respondent: {
      name: String(values.get('name') ?? '').trim(),
      ...(role ? { role: role as RespondentRole } : {}),
      id: kept.id,
    },
    ...(company ? { company } : {}),
    answers,
    warningSigns,
    deeper: kept.deeper,
    full: kept.full,
  };
}

/** Puts saved answers back into the form; anything that no longer matches an input is skipped. */
export function applyDraft(form: HTMLFormElement, draft: Partial<Draft>): void {
  const set = (name: string, value: string) => {
    const input = form.querySelector<HTMLInputElement>(
      `input[name="${CSS.escape(name)}"][value="${CSS.escape(value)}"]`,
    );
    if (input) input.checked = true;
  };
  const text = (name: string, value: unknown) => {
    const input = form.querySelector<HTMLInputElement>(`input[name="${name}"]`);
    if (input && typeof value === 'string') input.value = value;
  };
  text('name', draft.respondent?.name);
  text('company', draft.company);
  if (draft.respondent?.role) set('role', draft.respondent.role);
  for (const [id, byQuestion] of Object.entries(draft.answers ?? {})) {
    for (const [index, value] of Object.entries(byQuestion ?? {})) set(`q:${id}:${index}`, String(value));
  }
  for (const [id, ticked] of Object.entries(draft.warningSigns ?? {})) {
    if (Array.isArray(ticked)) for (const index of ticked) set(`w:${id}`, String(index));
  }
}

/** Saves the draft; false when the browser keeps nothing (private windows, full storage). */
export function saveDraft(draft: Draft): boolean {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

/** The saved draft, with a respondent id made now when an older save has none. */
export function loadDraft(): Partial<Draft> & { respondent: { id: string } } {
  let saved: Partial<Draft> = {};
  try {
    const text = localStorage.getItem(STORAGE_KEY);
    const value: unknown = text ? JSON.parse(text) : undefined;
    if (value && typeof value === 'object') saved = value as Partial<Draft>;
  } catch {
    // Unreadable saves start afresh.
  }
  const id =
    typeof saved.respondent?.id === 'string' && /^[A-Za-z0-9_-]{8}$/.test(saved.respondent.id)
      ? saved.respondent.id
      : newRespondentId();
  return {
    ...saved,
    respondent: {
      name: saved.respondent?.name ?? '',
      ...(saved.respondent?.role ? { role: saved.respondent.role } : {}),
      id,
    },
  };
}

export function clearDraft(): void {
  try {
    localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Nothing was stored.
  }
}

/** Scoring needs a role; a draft without one is scored as "other", which only matters for team views. */
export function asAnswers(draft: Draft): AnswersFile {
  return {
    format: draft.format,
    version: draft.version,
    respondent: {
      name: draft.respondent.name,
      role: draft.respondent.role ?? 'other',
      id: draft.respondent.id,
    },
    ...(draft.company ? { company: draft.company } : {}),
    answers: draft.answers,
    warningSigns: draft.warningSigns,
  };
}
