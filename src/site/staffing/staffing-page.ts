/**
 * The /tools/staffing/ page in the browser: reads the two forms, checks them with the same parsers
 * and rules as the CLI, and re-renders the results with the same markup the build used. A problem
 * is shown beside its field and listed above the result; a check (an input that looks like a slip)
 * is shown beside its field only, and the result stays. Its words are the ones the page was built
 * with, read from the page (#staffing-words): importing the dictionary would bring every word of
 * the site into this one script.
 */
import {
  backlogProblems,
  peopleForStandard,
  simulateBacklog,
  type BacklogField,
} from '../../core/staffing/backlog.ts';
import { queueChecks } from '../../core/staffing/checks.ts';
import { STAFFING_LIMITS } from '../../schemas/staffing-limits.ts';
import { planQueue, queueProblems, sharedProblems, type QueueField } from '../../core/staffing/queue-plan.ts';
import type { QueueInputs } from '../../schemas/staffing.ts';
import { describeBacklog, describeQueuePlan } from '../../core/staffing/reading.ts';
import type { StaffingWords } from '../../core/staffing/wording.ts';
import { fill, plural } from '../../i18n/format.ts';
import {
  parseConcurrency,
  parseCount,
  parseCountList,
  parseDuration,
  parsePeople,
  parsePercent,
  type Parsed,
} from '../../schemas/staffing-units.ts';
import { STAFFING_PROBLEMS } from '../../schemas/staffing-wording.ts';
import { renderProblems, renderQueueResult, renderBacklogResult, tag, text } from './markup.ts';

type Note = { field: string; label: string; message: string };

/** A number field's value as plain digits: the browser accepts `1e5` in a number field, our parsers do not. */
function plainDigits(value: string): string {
  const n = Number(value);
  return /e/i.test(value) && Number.isFinite(n)
    ? n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 })
    : value;
}

/** Reads form fields by name, collecting every problem (and every check) under the field's visible label. */
function reader(w: StaffingWords, form: HTMLFormElement) {
  const problems: Note[] = [];
  const checks: Note[] = [];
  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
  const labelOf = (name: string) => field(name).labels?.[0]?.textContent?.trim() ?? name;
  const raw = (name: string) => field(name).value.trim();
  return {
    problems,
    raw,
    read<T>(name: string, parse: (text: string) => Parsed<T>, blank?: T): T | undefined {
      const value = plainDigits(raw(name));
      if (value === '' && blank !== undefined) return blank;
      const parsed =
        value === '' ? ({ ok: false, message: STAFFING_PROBLEMS.empty() } as const) : parse(value);
      if (parsed.ok) return parsed.value;
      problems.push({ field: name, label: labelOf(name), message: parsed.message });
      return undefined;
    },
    flag(name: string, message: string) {
      problems.push({ field: name, label: labelOf(name), message });
    },
    check(name: string, message: string) {
      checks.push({ field: name, label: labelOf(name), message });
    },
    /** Marks each field with a problem, and fills the note beside every field: its problem, else its check, else nothing. */
    mark() {
      for (const element of form.querySelectorAll('input,select,textarea')) {
        const name = (element as HTMLInputElement).name;
        if (problems.some((p) => p.field === name)) element.setAttribute('aria-invalid', 'true');
        else element.removeAttribute('aria-invalid');
      }
      for (const note of form.querySelectorAll<HTMLElement>('[data-note]')) {
        const name = note.dataset.note!;
        const problem = problems.find((p) => p.field === name);
        const check = checks.find((c) => c.field === name);
        note.textContent = problem?.message ?? check?.message ?? '';
        note.className = problem ? 'note problem' : 'note check';
        note.hidden = !problem && !check;
      }
    },
    /** The checks as one sentence each, for the status line read out after the result. */
    spokenChecks: () =>
      checks.map((c) => fill(w.locale, w.staffing.form.pleaseCheck, { label: c.label, message: c.message })),
  };
}

const NONE = Symbol('none');
const people = (text: string) => parsePeople(text, STAFFING_LIMITS.maxPeople);
const DAY = String(STAFFING_LIMITS.daySeconds);

/** Shows only the fields that apply: the busiest hour for a day's volume, chats at once for chats. */
function showApplicableFields(form: HTMLFormElement) {
  const applies: Record<string, boolean> = {
    busiest: (form.elements.namedItem('per') as HTMLSelectElement).value === DAY,
    concurrency: (form.elements.namedItem('channel') as HTMLSelectElement).value === 'chat',
  };
  for (const [name, shown] of Object.entries(applies)) {
    const input = form.elements.namedItem(name) as HTMLInputElement | null;
    const box = input?.closest<HTMLElement>('.field');
    if (!input || !box) continue;
    box.hidden = !shown;
    input.disabled = !shown;
  }
}

/** The form field each core field is entered in. */
const QUEUE_NAMES = (average: boolean): Record<QueueField, string> => ({
  contacts: 'contacts',
  per: 'per',
  busiestHour: 'busiest',
  aht: 'aht',
  concurrency: 'concurrency',
  target: average ? 'within' : 'level',
  shrinkage: 'shrinkage',
  occupancy: 'occupancy',
  agents: 'agents',
});

function updateQueue(w: StaffingWords, form: HTMLFormElement, out: HTMLElement, status: HTMLElement) {
  showApplicableFields(form);
  const r = reader(w, form);
  const chat = r.raw('channel') === 'chat';
  const perDay = r.raw('per') === DAY;
  const contacts = r.read('contacts', parseCount);
  const busiest = perDay ? r.read<number | typeof NONE>('busiest', (v) => parsePercent(`${v}%`), NONE) : NONE;
  const handle = r.read('aht', (v) => parseDuration(`${v}${r.raw('aht-unit')}`));
  const concurrency = chat ? r.read('concurrency', parseConcurrency, 1) : 1;
  const average = r.raw('goal') === 'average';
  (form.elements.namedItem('level') as HTMLInputElement).disabled = average;
  const share = average ? 0 : r.read('level', (v) => parsePercent(`${v}%`));
  const within = r.read('within', (v) => (Number(v) === 0 ? { ok: true, value: 0 } : parseDuration(`${v}s`)));
  const shrinkage = r.read('shrinkage', (v) => parsePercent(`${v}%`), 0);
  const occupancy = r.read<number | typeof NONE>('occupancy', (v) => parsePercent(`${v}%`), NONE);
  const agents = r.read<number | typeof NONE>('agents', people, NONE);
  const names = QUEUE_NAMES(average);
  let inputs: QueueInputs | undefined;
  if (r.problems.length === 0) {
    inputs = {
      channel: chat ? 'chat' : 'phone',
      contacts: contacts!,
      intervalSeconds: Number(r.raw('per')),
      ...(busiest !== NONE ? { busiestHourShare: busiest as number } : {}),
      handleSeconds: handle!,
      ...(chat ? { concurrency: concurrency! } : {}),
      target: average
        ? { kind: 'average-wait', seconds: within! }
        : { kind: 'service-level', share: share!, seconds: within! },
      shrinkage: shrinkage!,
      ...(occupancy !== NONE ? { maxOccupancy: occupancy as number } : {}),
      ...(agents !== NONE ? { agents: agents as number } : {}),
    };
    for (const problem of queueProblems(inputs)) r.flag(names[problem.field], problem.message);
  }
  if (r.problems.length > 0 || !inputs) {
    r.mark();
    return showProblems(w, out, status, r.problems);
  }
  const plan = planQueue(inputs);
  for (const check of queueChecks(w, plan)) r.check(names[check.field], check.message);
  r.mark();
  out.innerHTML = renderQueueResult(w, plan);
  status.textContent = [describeQueuePlan(w, plan)[0]!, ...r.spokenChecks()].join(' ');
}

/** The email form field each core field is entered in. */
const EMAIL_NAMES: Record<BacklogField, string> = {
  arrivals: 'arrivals',
  outOfHours: 'overnight',
  aht: 'handle',
  standard: 'standard',
};

function updateEmail(w: StaffingWords, form: HTMLFormElement, out: HTMLElement, status: HTMLElement) {
  const r = reader(w, form);
  const arrivals = r.read('arrivals', parseCountList);
  const overnight = r.read(
    'overnight',
    (v) =>
      /^\d+(\.\d+)?$/.test(v)
        ? { ok: true, value: Number(v) }
        : { ok: false, message: STAFFING_PROBLEMS.overnightNotCount(v) },
    0,
  );
  const handle = r.read('handle', (v) => parseDuration(`${v}m`));
  const standard = r.read('standard', (v) => parseDuration(`${v}h`));
  const shrinkage = r.read('shrinkage', (v) => parsePercent(`${v}%`), 0);
  const team = r.read<number | typeof NONE>('people', people, NONE);
  if (shrinkage !== undefined)
    for (const problem of sharedProblems({ shrinkage })) r.flag('shrinkage', problem.message);
  const inputs =
    r.problems.length === 0
      ? {
          arrivals: arrivals!,
          outOfHours: overnight!,
          handleSeconds: handle!,
          openMinute: Number(r.raw('opens')) * 60,
          standardMinutes: standard! / 60,
        }
      : undefined;
  if (inputs)
    for (const problem of backlogProblems(inputs)) r.flag(EMAIL_NAMES[problem.field], problem.message);
  const needed = inputs && r.problems.length === 0 ? peopleForStandard(inputs) : undefined;
  if (inputs && r.problems.length === 0 && !needed)
    r.flag('standard', STAFFING_PROBLEMS.noTeamMeetsStandard());
  r.mark();
  if (!inputs || !needed) return showProblems(w, out, status, r.problems);
  const whatIf = team !== NONE ? simulateBacklog(inputs, team as number) : undefined;
  out.innerHTML = renderBacklogResult(w, needed, inputs.standardMinutes, shrinkage!, whatIf);
  status.textContent = describeBacklog(w, needed, inputs.standardMinutes, shrinkage!)[0]!;
}

function showProblems(w: StaffingWords, out: HTMLElement, status: HTMLElement, problems: Note[]) {
  const fix = plural(w.locale, problems.length, w.staffing.form.fix);
  out.innerHTML = tag(
    'div',
    { class: 'problems', role: 'alert' },
    tag('p', {}, text(fix)),
    renderProblems(w, problems),
  );
  status.textContent = '';
}

/** Wires both forms; results follow every change. */
export function startStaffingPage(): void {
  const w = JSON.parse(document.getElementById('staffing-words')!.textContent!) as StaffingWords;
  const wire = (formId: string, update: typeof updateQueue) => {
    const form = document.getElementById(formId) as HTMLFormElement | null;
    if (!form) return;
    const out = document.getElementById(`${formId}-result`)!;
    const status = document.getElementById(`${formId}-status`)!;
    const run = () => update(w, form, out, status);
    form.addEventListener('input', run);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      run();
    });
    run();
  };
  wire('queue', updateQueue);
  wire('email', updateEmail);
}
