/**
 * "Did you mean: ...?" for NameError and AttributeError, as 3.12's traceback module computes it.
 * CPython 3.12: Lib/traceback.py (_compute_suggestion_error, _levenshtein_distance), Python/suggestions.c
 */
const MAX_CANDIDATE_ITEMS = 750;
const MAX_STRING_SIZE = 40;
const MOVE_COST = 2;
const CASE_COST = 1;

function substitution_cost(a: string, b: string): number {
  if (a === b) return 0;
  if (a.toLowerCase() === b.toLowerCase()) return CASE_COST;
  return MOVE_COST;
}

/** CPython 3.12: Lib/traceback.py (_levenshtein_distance), over code points. */
export function _levenshtein_distance(a0: string, b0: string, max_cost: number): number {
  if (a0 === b0) return 0;
  let a = [...a0];
  let b = [...b0];
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  a = a.slice(pre);
  b = b.slice(pre);
  let post = 0;
  while (post < a.length && post < b.length && a[a.length - 1 - post] === b[b.length - 1 - post]) post++;
  a = a.slice(0, a.length - post);
  b = b.slice(0, b.length - post);
  if (a.length === 0 || b.length === 0) return MOVE_COST * (a.length + b.length);
  if (a.length > MAX_STRING_SIZE || b.length > MAX_STRING_SIZE) return max_cost + 1;
  if (b.length < a.length) [a, b] = [b, a];
  if ((b.length - a.length) * MOVE_COST > max_cost) return max_cost + 1;
  const row: number[] = [];
  for (let i = 1; i <= a.length; i++) row.push(i * MOVE_COST);
  let result = 0;
  for (let bindex = 0; bindex < b.length; bindex++) {
    const bchar = b[bindex];
    let distance = (result = bindex * MOVE_COST);
    let minimum = Number.MAX_SAFE_INTEGER;
    for (let index = 0; index < a.length; index++) {
      const substitute = distance + substitution_cost(bchar, a[index]);
      distance = row[index];
      const insert_delete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insert_delete, substitute);
      row[index] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > max_cost) return max_cost + 1;
  }
  return result;
}

/** The closest candidate to `wrong` (traceback._compute_suggestion_error's matching loop), or null. */
export function _Py_ComputeSuggestion(candidates: string[], wrong: string): string | null {
  if (candidates.length > MAX_CANDIDATE_ITEMS) return null;
  const wlen = [...wrong].length;
  if (wlen > MAX_STRING_SIZE) return null;
  let best = wlen;
  let suggestion: string | null = null;
  for (const possible of candidates) {
    if (possible === wrong) continue;
    let max_distance = Math.floor((([...possible].length + wlen + 3) * MOVE_COST) / 6);
    max_distance = Math.min(max_distance, best - 1);
    const d = _levenshtein_distance(wrong, possible, max_distance);
    if (d > max_distance) continue;
    if (suggestion === null || d < best) {
      suggestion = possible;
      best = d;
    }
  }
  return suggestion;
}
