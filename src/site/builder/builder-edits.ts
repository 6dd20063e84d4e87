/**
 * Editing the /build/ form: typing in a field, adding and removing rows, choosing and removing the
 * logo. Each edit changes the builder's state and refreshes everything made from it.
 */
import { fill } from '../../i18n/format.ts';
import { pageWords } from './page-words.ts';
import { $, otherFields, rowFields, type BuilderController } from './builder-controller.ts';
import { readForm, readRoles } from './form.ts';
import { readRows } from './rows-view.ts';

const w = pageWords;
const say = () => w().builder.edits;

/**
 * Typing in any field reads the whole form back into the state; the chapter filter only filters.
 * A row (a further standard, an empowerment row) is checked once focus leaves it, not while its
 * first field is typed: a row half filled in is not wrong yet.
 */
export function wireFormEdits(builder: BuilderController): void {
  const { form } = builder;
  const afterPress = deferWhilePressed();
  form.addEventListener('input', (event) => {
    const target = event.target as HTMLElement;
    if (target.id === 'library-filter') {
      builder.priorities.render(builder.state.priorities, (target as HTMLInputElement).value);
      return;
    }
    if (target.id === 'logo') return;
    // Choosing a language again fetches its chapters again, if they could not be had before.
    if (target.id === 'language') builder.libraries.retry((target as HTMLSelectElement).value);
    if (!target.closest('.row')) builder.touch(fieldsOf(target));
    builder.uploadProblems = undefined;
    const { state } = builder;
    builder.state = readForm(
      form,
      state,
      readRows($('#others'), otherFields()),
      readRows($('#empowerment'), rowFields()),
      {
        roles: readRoles(form),
        chapters: builder.chapterWords.read(state.chapters),
        own: builder.ownChapters.read(state.own),
      },
    );
    builder.refresh({ rows: false });
  });
  // A row, or a group of one's own words (a play, a chapter), shows its problems once focus leaves it.
  form.addEventListener('focusout', (event) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('.row, [data-group]');
    if (!row || row.contains(event.relatedTarget as Node | null) || !row.isConnected) return;
    const slots = [...row.querySelectorAll<HTMLElement>('.messages[data-field]')].map(
      (s) => s.dataset.field!,
    );
    const group = row.dataset.group ?? slots[0];
    if (!group) return;
    const shown = builder.problemsShown;
    const waiting =
      builder.problemsHeld.delete(group) || (shown !== 'all' && slots.some((f) => !shown.has(f)));
    if (!waiting) return;
    afterPress(() => {
      builder.touch(slots);
      builder.refresh({ rows: false });
    });
  });
  // The preview shows the part of the handbook the person is editing.
  form.addEventListener('focusin', (event) => {
    const part = (event.target as HTMLElement).closest<HTMLElement>('[data-preview]')?.dataset.preview;
    if (part) builder.preview.follow(part);
  });
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).id !== 'logo') return;
    builder.touch(['branding.logo']);
    void readLogo(builder, event.target as HTMLInputElement);
  });
  form.addEventListener('submit', (event) => event.preventDefault());
}

/**
 * Runs a change to the page now, or, while a mouse button or finger is down, once it is released
 * and its click has landed. Problems shown when focus leaves a group push the page down; shown
 * between the press and the release, they move the button being clicked (Add a chapter of your
 * own, Add a row) from under the pointer, and the click is lost.
 */
function deferWhilePressed(): (run: () => void) => void {
  let pressed = false;
  let pending: (() => void)[] = [];
  const release = () => {
    pressed = false;
    const runs = pending;
    pending = [];
    // After this task: the click that follows the release is dispatched first.
    if (runs.length > 0) setTimeout(() => runs.forEach((run) => run()), 0);
  };
  document.addEventListener('pointerdown', () => void (pressed = true), true);
  document.addEventListener('pointerup', release, true);
  document.addEventListener('pointercancel', release, true);
  return (run) => (pressed ? pending.push(run) : run());
}

/**
 * The fields a form control edits, named as its problems are: the problem notes it is described by,
 * or, for a radio or checkbox group, the note named like the group.
 */
function fieldsOf(control: HTMLElement): string[] {
  const described = (control.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .map((id) => document.getElementById(id)?.dataset.field);
  const group = control.getAttribute('name');
  const named =
    group && document.querySelector(`.messages[data-field="${CSS.escape(group)}"]`) ? [group] : [];
  return [...described.filter((f): f is string => Boolean(f)), ...named];
}

/**
 * The further standards and the empowerment rows: a removed row moves focus to its Add button, an
 * added one to its first field, its problems held back until focus leaves it.
 */
export function wireRows(builder: BuilderController): void {
  builder.form.addEventListener('click', (event) => {
    const target = event.target as HTMLElement;
    const remove = target.closest<HTMLButtonElement>('button[data-remove]');
    if (remove) {
      const { state } = builder;
      const kind = remove.closest<HTMLElement>('.rows')!.dataset.kind;
      const i = Number(remove.dataset.remove);
      builder.state =
        kind === 'others'
          ? {
              ...state,
              standards: { ...state.standards, others: state.standards.others.filter((_, j) => j !== i) },
            }
          : { ...state, empowerment: state.empowerment.filter((_, j) => j !== i) };
      // The rows after it move up a place, so what was held for them no longer fits.
      for (const field of builder.problemsHeld)
        if (field.startsWith(kind === 'others' ? 'standards.others.' : 'empowerment.'))
          builder.problemsHeld.delete(field);
      builder.refresh({ rows: true });
      const rows = kind === 'others' ? w().builder.rows.others : w().builder.rows.empowerment;
      builder.status(fill(w().locale, rows.removed, { n: i + 1 }));
      (kind === 'others' ? $('#add-other') : $('#add-row')).focus();
    }
  });
  $('#add-other').addEventListener('click', () => {
    const { state } = builder;
    builder.state = {
      ...state,
      standards: { ...state.standards, others: [...state.standards.others, { name: '', value: '' }] },
    };
    builder.problemsHeld.add(`standards.others.${state.standards.others.length}`);
    builder.refresh({ rows: true });
    document
      .querySelector<HTMLInputElement>(`#others-${builder.state.standards.others.length - 1}-name`)
      ?.focus();
  });
  $('#add-row').addEventListener('click', () => {
    builder.problemsHeld.add(`empowerment.${builder.state.empowerment.length}`);
    builder.state = {
      ...builder.state,
      empowerment: [...builder.state.empowerment, { role: '', decision: '', limit: '' }],
    };
    builder.refresh({ rows: true });
    document
      .querySelector<HTMLInputElement>(`#empowerment-${builder.state.empowerment.length - 1}-role`)
      ?.focus();
  });
}

/** Removing the logo clears the file input too, and puts focus back on it. */
export function wireLogoRemove(builder: BuilderController): void {
  $('#logo-remove').addEventListener('click', () => {
    const { logo: _removed, ...rest } = builder.state;
    $<HTMLInputElement>('#logo').value = '';
    builder.load(rest);
    builder.status(say().logoRemoved);
    $('#logo').focus();
  });
}

/** Reads the chosen logo into the state as base64; the checker then says whether it can be used. */
async function readLogo(builder: BuilderController, input: HTMLInputElement): Promise<void> {
  const file = input.files?.[0];
  if (!file) return;
  // Read at most one byte over the limit: the checker then names the size without reading a huge file.
  const bytes = new Uint8Array(await file.slice(0, 1024 * 1024 + 1).arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  builder.uploadProblems = undefined;
  builder.state = { ...builder.state, logo: { name: file.name, base64: btoa(binary) } };
  builder.refresh({ rows: false });
  builder.status(
    builder.checked.problems.some((p) => p.field === 'branding.logo')
      ? say().logoRefused
      : fill(w().locale, say().logoAdded, { file: file.name }),
  );
}
