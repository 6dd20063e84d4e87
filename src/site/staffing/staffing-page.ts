/**
 * The /tools/staffing/ page in the browser: reads the two forms, checks them with the same parsers
 * and rules as the CLI, and re-renders the results with the same markup the build used.
 */
import { peopleForStandard, simulateBacklog } from '../../core/staffing/backlog.ts';
import { planQueue, queueProblems, type InputProblem, type QueueInputs } from '../../core/staffing/queue-plan.ts';
import { describeQueuePlan, describeBacklog } from '../../core/staffing/reading.ts';
import { parseCount, parseCountList, parseDuration, parsePercent, type Parsed } from '../../core/staffing/units.ts';
import { renderBacklogResult, renderProblems, renderQueueResult } from './markup.ts';

type Problem = { field: string; label: string; message: string };

/** Reads form fields by name, collecting every problem under the field's visible label. */
function reader(form: HTMLFormElement) {
  const problems: Problem[] = [];
  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
  const labelOf = (name: string) => field(name).labels?.[0]?.textContent?.trim() ?? name;
  const raw = (name: string) => field(name).value.trim();
  return {
    problems,
    raw,
    labelOf,
    read<T>(name: string, parse: (text: string) => Parsed<T>, blank?: T): T | undefined {
      const value = raw(name);
      if (value === '' && blank !== undefined) return blank;
      const parsed = value === '' ? ({ ok: false, message: 'is empty' } as const) : parse(value);
      if (parsed.ok) return parsed.value;
      problems.push({ field: name, label: labelOf(name), message: parsed.message });
      return undefined;
    },
    flag(name: string, message: string) {
      problems.push({ field: name, label: labelOf(name), message });
    },
    mark() {
      for (const element of form.querySelectorAll('input, select, textarea')) {
        const name = (element as HTMLInputElement).name;
        if (problems.some((p) => p.field === name)) element.setAttribute('aria-invalid', 'true');
        else element.removeAttribute('aria-invalid');
      }
    },
  };
}

const wholePeople = (text: string): Parsed<number> => {
  const n = Number(text);
  return Number.isInteger(n) && n >= 1 && n <= 100_000 ? { ok: true, value: n } : { ok: false, message: `expected a whole number of people, e.g. 12; got "${text}"` };
};
const NONE = Symbol('none');

function updateQueue(form: HTMLFormElement, out: HTMLElement, status: HTMLElement) {
  const r = reader(form);
  const contacts = r.read('contacts', parseCount);
  const handle = r.read('aht', (v) => parseDuration(`${v}${r.raw('aht-unit')}`));
  const average = r.raw('goal') === 'average';
  (form.elements.namedItem('level') as HTMLInputElement).disabled = average;
  const share = average ? 0 : r.read('level', (v) => parsePercent(`${v}%`));
  const within = r.read('within', (v) => (Number(v) === 0 ? { ok: true, value: 0 } : parseDuration(`${v}s`)));
  const shrinkage = r.read('shrinkage', (v) => parsePercent(`${v}%`), 0);
  const occupancy = r.read<number | typeof NONE>('occupancy', (v) => parsePercent(`${v}%`), NONE);
  const agents = r.read<number | typeof NONE>('agents', wholePeople, NONE);
  let inputs: QueueInputs | undefined;
  if (r.problems.length === 0) {
    inputs = {
      channel: r.raw('channel') === 'chat' ? 'chat' : 'phone',
      contacts: contacts!,
      intervalSeconds: Number(r.raw('per')),
      handleSeconds: handle!,
      target: average ? { kind: 'average-wait', seconds: within! } : { kind: 'service-level', share: share!, seconds: within! },
      shrinkage: shrinkage!,
      ...(occupancy !== NONE ? { maxOccupancy: occupancy as number } : {}),
      ...(agents !== NONE ? { agents: agents as number } : {}),
    };
    const names: Record<InputProblem['field'], string> = { contacts: 'contacts', per: 'per', aht: 'aht', target: average ? 'within' : 'level', shrinkage: 'shrinkage', occupancy: 'occupancy', agents: 'agents' };
    for (const problem of queueProblems(inputs)) r.flag(names[problem.field], problem.message);
  }
  r.mark();
  if (r.problems.length > 0 || !inputs) return showProblems(out, status, r.problems);
  const plan = planQueue(inputs);
  out.innerHTML = renderQueueResult(plan);
  status.textContent = describeQueuePlan(plan)[0]!;
}

function updateEmail(form: HTMLFormElement, out: HTMLElement, status: HTMLElement) {
  const r = reader(form);
  const arrivals = r.read('arrivals', parseCountList);
  const overnight = r.read('overnight', (v) => (/^\d+(\.\d+)?$/.test(v) ? { ok: true, value: Number(v) } : { ok: false, message: `expected a count of 0 or more, got "${v}"` }), 0);
  const handle = r.read('handle', (v) => parseDuration(`${v}m`));
  const standard = r.read('standard', (v) => parseDuration(`${v}h`));
  const shrinkage = r.read('shrinkage', (v) => parsePercent(`${v}%`), 0);
  const people = r.read<number | typeof NONE>('people', wholePeople, NONE);
  if (shrinkage !== undefined && shrinkage >= 1) r.flag('shrinkage', 'must be under 100%: at 100% nobody is ever available');
  const inputs = r.problems.length === 0 ? { arrivals: arrivals!, outOfHours: overnight!, handleSeconds: handle!, openMinute: Number(r.raw('opens')) * 60, standardMinutes: standard! / 60 } : undefined;
  const needed = inputs ? peopleForStandard(inputs) : undefined;
  if (inputs && !needed) r.flag('standard', 'no number of people can meet this standard; give more time');
  r.mark();
  if (!inputs || !needed) return showProblems(out, status, r.problems);
  const whatIf = people !== NONE ? simulateBacklog(inputs, people as number) : undefined;
  out.innerHTML = renderBacklogResult(needed, inputs.standardMinutes, shrinkage!, whatIf);
  status.textContent = describeBacklog(needed, inputs.standardMinutes, shrinkage!)[0]!;
}

function showProblems(out: HTMLElement, status: HTMLElement, problems: Problem[]) {
  out.innerHTML = `<div class="problems" role="alert"><p>Fix ${problems.length === 1 ? 'this' : 'these'} to see the result:</p>${renderProblems(problems)}</div>`;
  status.textContent = '';
}

/** Wires both forms; results follow every change. */
export function startStaffingPage(): void {
  const wire = (formId: string, update: typeof updateQueue) => {
    const form = document.getElementById(formId) as HTMLFormElement | null;
    if (!form) return;
    const out = document.getElementById(`${formId}-result`)!;
    const status = document.getElementById(`${formId}-status`)!;
    const run = () => update(form, out, status);
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
