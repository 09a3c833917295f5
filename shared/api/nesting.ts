// How deep a value nests, checked without recursion: deep input must be refused before it is validated or hashed.

/** Deepest nesting a value from outside may have (a draft with its measures nests about 20 levels). */
export const MAX_INPUT_DEPTH = 64;

/**
 * True when `value` nests objects or arrays deeper than `max`. Iterative, so hostile input (thousands of
 * levels) cannot overflow the stack here the way schema validation, hashing or JSON.stringify would.
 */
export function nestsDeeperThan(value: unknown, max: number = MAX_INPUT_DEPTH): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const [v, depth] = item;
    if (typeof v !== "object" || v === null) continue;
    if (depth >= max) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, depth + 1]);
  }
  return false;
}
