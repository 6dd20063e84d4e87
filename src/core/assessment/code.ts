/**
 * Answer codes: one person's answers as a short text they can paste into chat or email, e.g.
 * `SPA1-AbC…`. No library: the layout below plus base64url and a CRC-32 is a few dozen lines, and
 * the page's script must stay small.
 *
 * Layout (version 1, after the `SPA1-` prefix, base64url without padding):
 *   4 bytes  playbook fingerprint: FNV-1a of every mode id with its statement and sign counts and
 *            reversed statements, so a code made against other statements is recognised
 *   1 byte   flags: role (2 bits), has id, has name, has company
 *   6 bytes  respondent id (when flagged): random, made once per browser, for counting a person once
 *   1+n      name, then company, as length-prefixed UTF-8 (when flagged; at most 255 bytes each)
 *   bits     per mode in id order: 3 bits per statement (0 unanswered, 1 to 5), 1 bit per warning sign
 *   4 bytes  CRC-32 of everything before it, so a mistyped or cut code is refused, never misread
 * Modes are in id order, so reordering the library, rewording statements or choosing another
 * headline statement keeps codes valid; adding or removing modes, statements or signs, or turning a
 * statement round, changes the fingerprint, and such a code is refused with a clear message.
 */
import type { AnswersFile } from '../../schemas/assessment.ts';
import { RESPONDENT_ROLE_IDS, type RespondentRole } from '../../schemas/respondent-roles.ts';
import type { AssessmentModel } from './score.ts';
import { toBase64url } from '../base64.ts';
import { fill } from '../../i18n/format.ts';
import type { AssessWords } from './words.ts';

export const CODE_VERSION = 1;
/** What every answer code of this version starts with. */
export const CODE_PREFIX = `SPA${CODE_VERSION}-`;
/** A pasted text longer than this is refused before any work: a full code is a few hundred characters. */
export const MAX_CODE_TEXT = 100_000;
/** Codes read from one paste. */
export const MAX_CODES = 200;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 (IEEE), as zip and PNG use it. */
export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const b of bytes) crc = CRC_TABLE[(crc ^ b) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** A short hash of the statements a code's answers refer to (FNV-1a, 32 bits). */
export function modelFingerprint(model: AssessmentModel): number {
  const text = sortedModes(model)
    .map((m) => `${m.id}:${m.questions}:${m.signs}:${m.reversed.join(',')}`)
    .join('|');
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash;
}

const sortedModes = (model: AssessmentModel) =>
  [...model.modes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

const fromBase64url = (text: string) => {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
};

/** Cuts text to at most `max` UTF-8 bytes without splitting a character. */
function utf8Within(text: string, max: number): Uint8Array {
  const encoder = new TextEncoder();
  let out = encoder.encode(text);
  if (out.length <= max) return out;
  const chars = [...text];
  while (out.length > max) {
    chars.pop();
    out = encoder.encode(chars.join(''));
  }
  return out;
}

const FLAG_ID = 4;
const FLAG_NAME = 8;
const FLAG_COMPANY = 16;

/** One person's answers as an answer code. */
export function encodeAnswerCode(
  model: AssessmentModel,
  file: Pick<AnswersFile, 'respondent' | 'company' | 'answers' | 'warningSigns'>,
): string {
  const bytes: number[] = [];
  const fingerprint = modelFingerprint(model);
  bytes.push(fingerprint >>> 24, (fingerprint >>> 16) & 0xff, (fingerprint >>> 8) & 0xff, fingerprint & 0xff);
  const id = file.respondent.id ? fromBase64url(file.respondent.id) : undefined;
  const name = utf8Within(file.respondent.name.trim(), 255);
  const company = utf8Within(file.company?.trim() ?? '', 255);
  const role = RESPONDENT_ROLE_IDS.indexOf(file.respondent.role);
  bytes.push(
    role |
      (id?.length === 6 ? FLAG_ID : 0) |
      (name.length ? FLAG_NAME : 0) |
      (company.length ? FLAG_COMPANY : 0),
  );
  if (id?.length === 6) bytes.push(...id);
  for (const text of [name, company]) if (text.length) bytes.push(text.length, ...text);
  let bits = 0;
  let used = 0;
  const write = (value: number, width: number) => {
    bits = (bits << width) | value;
    used += width;
    while (used >= 8) {
      used -= 8;
      bytes.push((bits >>> used) & 0xff);
    }
    bits &= (1 << used) - 1;
  };
  for (const mode of sortedModes(model)) {
    const answers = file.answers[mode.id] ?? {};
    for (let i = 0; i < mode.questions; i++) {
      const value = answers[String(i)];
      write(typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5 ? value : 0, 3);
    }
    const ticked = new Set(file.warningSigns[mode.id] ?? []);
    for (let i = 0; i < mode.signs; i++) write(ticked.has(i) ? 1 : 0, 1);
  }
  if (used > 0) write(0, 8 - used);
  const crc = crc32(Uint8Array.from(bytes));
  bytes.push(crc >>> 24, (crc >>> 16) & 0xff, (crc >>> 8) & 0xff, crc & 0xff);
  return CODE_PREFIX + toBase64url(Uint8Array.from(bytes));
}

/** Why a code cannot be read, in words for the person who pasted it. */
export type CodeResult = { answers: AnswersFile; error?: undefined } | { answers?: undefined; error: string };

/** Reads one answer code (the prefix and what follows). Never throws; a damaged code is an error, never a wrong result. */
export function decodeAnswerCode(w: AssessWords, model: AssessmentModel, code: string): CodeResult {
  const words = w.assess.code;
  const version = /^SPA(\d+)-/.exec(code);
  if (!version) return { error: fill(w.locale, words.notACode, { prefix: CODE_PREFIX }) };
  if (Number(version[1]) !== CODE_VERSION)
    return { error: fill(w.locale, words.otherVersion, { version: version[0].slice(0, -1) }) };
  const body = code.slice(version[0].length);
  const stray = /[^A-Za-z0-9_-]/.exec(body);
  if (stray)
    return {
      error: fill(w.locale, words.stray, { character: stray[0] === ' ' ? words.aSpace : stray[0] }),
    };
  const bytes = body.length % 4 === 1 ? undefined : fromBase64url(body);
  const incomplete = { error: words.incomplete };
  if (!bytes || bytes.length < 10) return incomplete;
  const view = new DataView(bytes.buffer);
  if (crc32(bytes.subarray(0, -4)) !== view.getUint32(bytes.length - 4)) return incomplete;
  if (view.getUint32(0) !== modelFingerprint(model)) return { error: words.otherStatements };
  return readBody(model, bytes.subarray(0, -4)) ?? { error: words.damaged };
}

function readBody(model: AssessmentModel, bytes: Uint8Array): { answers: AnswersFile } | undefined {
  let at = 4;
  const flags = bytes[at++]!;
  const role: RespondentRole | undefined = RESPONDENT_ROLE_IDS[flags & 3];
  if (!role || flags & ~31) return undefined;
  let id: string | undefined;
  if (flags & FLAG_ID) {
    id = toBase64url(bytes.subarray(at, at + 6));
    at += 6;
  }
  // The answers file's limits: a name under 120 characters, a company name under 200.
  const text = (max: number) => {
    const length = bytes[at++] ?? 0;
    const value = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(at, at + length));
    at += length;
    let kept = '';
    for (const c of value.trim()) if ((kept += c).length > max) return kept.slice(0, -c.length);
    return kept;
  };
  const name = flags & FLAG_NAME ? text(120) : '';
  const company = flags & FLAG_COMPANY ? text(200) : '';
  const modes = sortedModes(model);
  const bitCount = modes.reduce((sum, m) => sum + 3 * m.questions + m.signs, 0);
  if (bytes.length - at !== Math.ceil(bitCount / 8)) return undefined;
  let bit = at * 8;
  const read = (width: number) => {
    let value = 0;
    for (let k = 0; k < width; k++, bit++) value = (value << 1) | ((bytes[bit >> 3]! >> (7 - (bit & 7))) & 1);
    return value;
  };
  const answers: AnswersFile['answers'] = {};
  const warningSigns: AnswersFile['warningSigns'] = {};
  for (const mode of modes) {
    for (let i = 0; i < mode.questions; i++) {
      const value = read(3);
      if (value > 5) return undefined;
      if (value > 0) (answers[mode.id] ??= {})[String(i)] = value;
    }
    for (let i = 0; i < mode.signs; i++) if (read(1)) (warningSigns[mode.id] ??= []).push(i);
  }
  return {
    answers: {
      format: 'service-playbook-assessment',
      version: 1,
      respondent: { name, role, ...(id ? { id } : {}) },
      ...(company ? { company } : {}),
      answers,
      warningSigns,
    },
  };
}

/** One code found in pasted text, read or refused. */
export type FoundCode = { code: string } & CodeResult;

/**
 * Every answer code in a pasted text (a message, several codes, links with `#code=`). Mail
 * programs wrap long lines, so a code that fails its checksum is retried joined with the next
 * pieces of text, up to the length of a long code.
 */
export function findAnswerCodes(
  w: AssessWords,
  model: AssessmentModel,
  text: string,
): FoundCode[] | { error: string } {
  if (text.length > MAX_CODE_TEXT)
    return { error: fill(w.locale, w.assess.code.tooLong, { length: text.length, max: MAX_CODE_TEXT }) };
  const pieces = text.split(/\s+/).filter(Boolean);
  const found: FoundCode[] = [];
  for (let i = 0; i < pieces.length && found.length < MAX_CODES; i++) {
    const start = pieces[i]!.search(/SPA\d+-/);
    if (start === -1) continue;
    let code = trimCode(pieces[i]!.slice(start));
    let result = decodeAnswerCode(w, model, code);
    // Join following pieces while the code fails and they look like more of it.
    for (
      let j = i + 1, joined = code;
      result.error &&
      j < pieces.length &&
      j <= i + 20 &&
      /^[A-Za-z0-9_-]+/.test(pieces[j]!) &&
      !/SPA\d+-/.test(pieces[j]!);
      j++
    ) {
      joined = trimCode(joined + pieces[j]!);
      const attempt = decodeAnswerCode(w, model, joined);
      if (!attempt.error) {
        [code, result, i] = [joined, attempt, j];
        break;
      }
    }
    found.push({ code, ...result });
  }
  return found;
}

/** Drops punctuation a sentence or a link puts after a code ("…xyz." or "…xyz)"). */
const trimCode = (text: string) => text.replace(/^(SPA\d+-[A-Za-z0-9_-]*)[^A-Za-z0-9_-].*$/s, '$1');
