import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

/** Distinct characters checked at most; a config has a handful beyond Latin. */
const MAX_CHECKED = 500;

/**
 * Characters of `text` that no installed font can draw, so a PDF printed here would show an empty
 * box for them (emoji without an emoji font, a script without its font). Asks fontconfig once for
 * every font's coverage; where fontconfig is missing, it says nothing rather than guess.
 */
export async function findUnprintableCharacters(text: string): Promise<string[]> {
  const wanted = [
    ...new Set(
      [...text].filter(
        (c) => c.codePointAt(0)! > 0x7e && !/\s|\p{Mark}|\p{Default_Ignorable_Code_Point}/u.test(c),
      ),
    ),
  ].slice(0, MAX_CHECKED);
  if (wanted.length === 0) return [];
  let listing: string;
  try {
    ({ stdout: listing } = await promisify(execFile)('fc-list', ['--format', '%{charset}\n'], {
      timeout: 10_000,
      maxBuffer: 32 * 1024 * 1024,
    }));
  } catch {
    return [];
  }
  const ranges = listing
    .split(/\s+/)
    .filter(Boolean)
    .map((range) => range.split('-').map((hex) => Number.parseInt(hex, 16)) as [number, number?]);
  const covered = (code: number) => ranges.some(([from, to]) => code >= from && code <= (to ?? from));
  return wanted.filter((c) => !covered(c.codePointAt(0)!)).sort();
}
