/** "Did you mean" suggestions for mistyped ids, keys, commands and options. */

/** ` (did you mean "x"?)` for the closest id, or nothing when none is close. */
export function suggest(input: string, candidates: string[]): string {
  const best = closest(input, candidates);
  return best ? ` (did you mean "${best}"?)` : '';
}

/** The candidate closest to what was typed, when one is close enough to be a likely typo. */
export function closest(input: string, candidates: string[]): string | undefined {
  // Edit distance is quadratic; nothing longer than this is a typo of a short name.
  if (input.length > 64) return undefined;
  let best: string | undefined;
  let bestScore = Infinity;
  for (const c of [...candidates].sort()) {
    const score = editDistance(input, c);
    if (score < bestScore) {
      best = c;
      bestScore = score;
    }
  }
  const contains = candidates.filter((c) => c.includes(input) || input.includes(c)).sort();
  if (contains.length === 1 && input.length >= 4) return contains[0];
  return best !== undefined && bestScore <= Math.max(2, Math.floor(input.length / 3)) ? best : undefined;
}

/** Edit distance where swapping two neighbouring letters ("pfd" for "pdf") counts as one edit. */
function editDistance(a: string, b: string): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      let best = Math.min(
        previous[j]! + 1,
        row[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, before[j - 2]! + 1);
      row.push(best);
    }
    before = previous;
    previous = row;
  }
  return previous[b.length]!;
}
