/**
 * The respondent id: 6 random bytes as 8 base64url characters, made once per browser so a team
 * counts a person once. Its own module so the /assess/ page's first-visit script can make one
 * without loading the answer-code reader.
 */
import { toBase64url } from '../base64.ts';

/** A fresh respondent id. */
export function newRespondentId(
  random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b),
): string {
  return toBase64url(random(new Uint8Array(6)));
}
