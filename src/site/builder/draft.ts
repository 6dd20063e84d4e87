/**
 * The builder's draft in localStorage. A saved draft that cannot be read is never dropped: it is
 * moved aside under its own key and the page says so, so the person (or we) can still recover it.
 */
import type { BuilderState } from './state.ts';
import { blankState } from './state.ts';
import { DEFAULT_LANGUAGE, type Language } from '../../i18n/index.ts';
import { blankOwnWords } from './own-words-state.ts';

export const DRAFT_KEY = 'service-playbook:builder:v1';
export const SET_ASIDE_PREFIX = 'service-playbook:builder:unreadable:';

export type LoadedDraft =
  | { state: BuilderState; status: 'saved' | 'none' }
  | { state: BuilderState; status: 'unreadable'; setAsideKey: string };

/** True when the value has the draft's shape (field by field, so an old or edited draft is caught). */
function isState(value: unknown): value is BuilderState {
  if (!value || typeof value !== 'object') return false;
  const s = value as Record<string, unknown>;
  const strings = [
    'company',
    'vision',
    'accent',
    'locale',
    'paper',
    'date',
    'trainingStart',
    'cadence',
    'include',
  ];
  const standards = s.standards as Record<string, unknown> | undefined;
  return (
    strings.every((k) => typeof s[k] === 'string') &&
    Array.isArray(s.priorities) &&
    s.priorities.every((p) => typeof p === 'string') &&
    Array.isArray(s.audiences) &&
    Array.isArray(s.empowerment) &&
    !!standards &&
    typeof standards.firstResponse === 'string' &&
    typeof standards.callback === 'string' &&
    typeof standards.refundLimit === 'string' &&
    Array.isArray(standards.others) &&
    hasOwnWordsShape(s)
  );
}

/** The company's own words, when the draft has them: a draft saved before the form had them has none, and is fine. */
function hasOwnWordsShape(s: Record<string, unknown>): boolean {
  const isRecord = (v: unknown) => !!v && typeof v === 'object' && !Array.isArray(v);
  const strings = (v: unknown, keys: string[]) =>
    isRecord(v) && keys.every((k) => typeof (v as Record<string, unknown>)[k] === 'string');
  return (
    (s.roles === undefined ||
      (isRecord(s.roles) && Object.values(s.roles as object).every((t) => typeof t === 'string'))) &&
    (s.chapters === undefined ||
      (isRecord(s.chapters) &&
        Object.values(s.chapters as object).every(
          (w) =>
            strings(w, ['note', 'example']) &&
            Array.isArray(w.skip) &&
            Array.isArray(w.plays) &&
            (w.plays as unknown[]).every((p) => strings(p, ['title', 'owner', 'with', 'when', 'steps'])),
        ))) &&
    (s.own === undefined ||
      (Array.isArray(s.own) && s.own.every((c) => strings(c, ['id', 'title', 'after', 'body']))))
  );
}

export function loadDraft(
  storage: Storage,
  today: string,
  language: Language = DEFAULT_LANGUAGE,
): LoadedDraft {
  let raw: string | null;
  try {
    raw = storage.getItem(DRAFT_KEY);
  } catch {
    return { state: blankState(today, language), status: 'none' };
  }
  if (raw === null) return { state: blankState(today, language), status: 'none' };
  try {
    const parsed = JSON.parse(raw) as { version?: unknown; state?: unknown };
    if (parsed.version === 1 && isState(parsed.state))
      // A draft saved before the form had a language choice was an English handbook.
      return {
        state: {
          ...blankOwnWords(),
          ...parsed.state,
          language: typeof parsed.state.language === 'string' ? parsed.state.language : DEFAULT_LANGUAGE,
        },
        status: 'saved',
      };
  } catch {
    // Falls through to setting it aside.
  }
  const setAsideKey = `${SET_ASIDE_PREFIX}${new Date().toISOString()}`;
  try {
    storage.setItem(setAsideKey, raw);
    storage.removeItem(DRAFT_KEY);
  } catch {
    // Storage full or blocked: the unreadable draft stays where it was, untouched.
  }
  return { state: blankState(today, language), status: 'unreadable', setAsideKey };
}

/** Saves the draft; false when the browser refuses (private mode, storage full). */
export function saveDraft(storage: Storage, state: BuilderState): boolean {
  try {
    storage.setItem(DRAFT_KEY, JSON.stringify({ version: 1, state }));
    return true;
  } catch {
    return false;
  }
}
