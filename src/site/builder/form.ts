/** Between the form's controls and the builder state (the chapter list and the rows are drawn elsewhere). */
import { BUILDER_LOCALES } from './locales.ts';
import { DEFAULT_ACCENT } from '../../schemas/handbook-config.ts';
import type { BuilderState } from './state.ts';
import type { OwnWordsState } from './own-words-state.ts';

const input = (form: HTMLFormElement, id: string) =>
  form.querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(`#${id}`)!;

export function writeForm(form: HTMLFormElement, state: BuilderState): void {
  input(form, 'company').value = state.company;
  input(form, 'vision').value = state.vision;
  input(form, 'firstResponse').value = state.standards.firstResponse;
  input(form, 'callback').value = state.standards.callback;
  input(form, 'refundLimit').value = state.standards.refundLimit;
  input(form, 'accent').value = /^#[0-9a-f]{6}$/i.test(state.accent) ? state.accent : DEFAULT_ACCENT;
  const language = input(form, 'language') as HTMLSelectElement;
  // An opened file's language the site is not built in joins the list too; the check then says what to choose.
  if (![...language.options].some((o) => o.value === state.language))
    language.append(new Option(state.language, state.language));
  language.value = state.language;
  const locale = input(form, 'locale') as HTMLSelectElement;
  // A config's own locale (e.g. en-ZA) joins the list, so loading it loses nothing.
  if (![...locale.options].some((o) => o.value === state.locale))
    locale.append(new Option(state.locale, state.locale));
  locale.value = state.locale;
  input(form, 'paper').value = state.paper;
  input(form, 'date').value = state.date;
  input(form, 'training-start').value = state.trainingStart;
  input(form, 'cadence').value = state.cadence;
  for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="include"]'))
    radio.checked = radio.value === state.include;
  for (const box of form.querySelectorAll<HTMLInputElement>('input[name="audiences"]'))
    box.checked = state.audiences.includes(box.value as never);
  for (const role of form.querySelectorAll<HTMLInputElement>('input[data-role]'))
    role.value = state.roles[role.dataset.role!] ?? '';
}

/** The company's titles for roles: only the boxes with something typed in them. */
export function readRoles(form: HTMLFormElement): OwnWordsState['roles'] {
  return Object.fromEntries(
    [...form.querySelectorAll<HTMLInputElement>('input[data-role]')]
      .filter((input) => input.value.trim() !== '')
      .map((input) => [input.dataset.role!, input.value]),
  );
}

export function readForm(
  form: HTMLFormElement,
  previous: BuilderState,
  others: BuilderState['standards']['others'],
  empowerment: BuilderState['empowerment'],
  own: OwnWordsState,
): BuilderState {
  const value = (id: string) => input(form, id).value;
  const include =
    form.querySelector<HTMLInputElement>('input[name="include"]:checked')?.value === 'all'
      ? 'all'
      : 'priorities';
  return {
    ...previous,
    company: value('company'),
    vision: value('vision'),
    include,
    audiences: [...form.querySelectorAll<HTMLInputElement>('input[name="audiences"]:checked')].map(
      (b) => b.value as BuilderState['audiences'][number],
    ),
    standards: {
      firstResponse: value('firstResponse'),
      callback: value('callback'),
      refundLimit: value('refundLimit'),
      others,
    },
    empowerment,
    ...own,
    accent: value('accent'),
    language: value('language') || previous.language,
    locale: value('locale') || BUILDER_LOCALES[0]!,
    paper: value('paper') as BuilderState['paper'],
    date: value('date'),
    trainingStart: value('training-start'),
    cadence: value('cadence') as BuilderState['cadence'],
  };
}
