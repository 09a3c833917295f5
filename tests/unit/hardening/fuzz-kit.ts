// Fuzzing helpers: hostile values, mutations of valid inputs, a cheap folder snapshot and a hang guard.
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import type { Prng } from "./prng";

/** REPLYDESK_LONG_TESTS=1: the long fuzz and kill runs (minutes); without it, runs sized for a busy CI machine. */
export const LONG_TESTS = process.env["REPLYDESK_LONG_TESTS"] === "1";

/** How many cases: the named variable if set, else the CI size, or the long size under REPLYDESK_LONG_TESTS=1. */
export function runSize(variable: string, ci: number, long: number): number {
  const set = process.env[variable];
  return set ? Number(set) : LONG_TESTS ? long : ci;
}

/** Strings that have broken parsers, file names and UIs before. */
export const NASTY_STRINGS: readonly string[] = [
  "",
  " ",
  "../../etc/passwd",
  "..\\..\\windows\\win.ini",
  "/dev/zero",
  "CON",
  "a/b",
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
  "\u0000",
  "\uD800",
  "\uDFFF\uD800",
  "\u202E反向",
  "\u200B\u200D\uFEFF",
  "e\u0301\u0301\u0301",
  "👨‍👩‍👧‍👦",
  "𠮷野家",
  "%00",
  "${{7*7}}",
  "<script>alert(1)</script>",
  "'; DROP TABLE drafts; --",
  "\r\n\r\n",
  "２０２４－０１－０１",
  "2024-02-30",
  "9999-99-99",
  "NaN",
  "-1",
  "1e309",
];

/** Odd numbers: negative, fractional, huge, non-finite (structured clone over IPC can carry NaN and Infinity). */
export const NASTY_NUMBERS: readonly number[] = [
  0,
  -0,
  -1,
  1.5,
  2 ** 31,
  2 ** 53 + 1,
  1e308,
  -1e308,
  Number.NaN,
  Infinity,
  -Infinity,
];

/** A big string of `n` characters. */
export function hugeString(n: number): string {
  return "字".repeat(n);
}

/** An object nested `depth` levels deep under `key`. */
export function deepNest(depth: number, key = "children"): unknown {
  let v: unknown = {};
  for (let i = 0; i < depth; i += 1) v = { [key]: [v] };
  return v;
}

/** Objects whose own keys are prototype names (made by JSON.parse, as a hostile client would send them). */
export function prototypeBombs(): unknown[] {
  return [
    JSON.parse('{"__proto__":{"polluted":true},"id":"x"}'),
    JSON.parse('{"constructor":{"prototype":{"polluted":true}}}'),
    JSON.parse('{"id":{"__proto__":null}}'),
    { toString: "x", valueOf: 1 },
  ];
}

/** Any random value, up to `depth` levels of arrays and objects. */
export function randomValue(rng: Prng, depth = 3): unknown {
  const kind = rng.int(0, depth > 0 ? 9 : 6);
  switch (kind) {
    case 0:
      return null;
    case 1:
      return undefined;
    case 2:
      return rng.chance(0.5);
    case 3:
      return rng.pick(NASTY_NUMBERS);
    case 4:
      return rng.int(-5, 100);
    case 5:
      return rng.pick(NASTY_STRINGS);
    case 6:
      return String.fromCharCode(...Array.from({ length: rng.int(0, 40) }, () => rng.int(0, 0xffff)));
    case 7:
      return Array.from({ length: rng.int(0, 4) }, () => randomValue(rng, depth - 1));
    case 8:
      return rng.pick(prototypeBombs());
    default: {
      const o: Record<string, unknown> = {};
      for (let i = rng.int(0, 4); i > 0; i -= 1)
        o[rng.pick(["id", "draft", "text", "name", rng.pick(NASTY_STRINGS)])] = randomValue(rng, depth - 1);
      return o;
    }
  }
}

type Path = (string | number)[];

/** Every path to a value inside `v` (objects and arrays), capped so huge drafts stay quick. */
function paths(v: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  if (out.length > 400) return out;
  out.push(prefix);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...prefix, i], out));
  else if (typeof v === "object" && v !== null) for (const [k, x] of Object.entries(v)) paths(x, [...prefix, k], out);
  return out;
}

function setAt(root: unknown, p: Path, fn: (old: unknown) => unknown | typeof DROP): unknown {
  if (p.length === 0) {
    const r = fn(root);
    return r === DROP ? undefined : r;
  }
  const [head, ...rest] = p as [string | number, ...Path];
  if (Array.isArray(root)) {
    const copy = [...root];
    const r = setAt(copy[head as number], rest, fn);
    if (rest.length === 0 && fn === dropFn) copy.splice(head as number, 1);
    else copy[head as number] = r;
    return copy;
  }
  if (typeof root === "object" && root !== null) {
    const copy: Record<string, unknown> = { ...(root as Record<string, unknown>) };
    if (rest.length === 0 && fn === dropFn) {
      delete copy[head as string];
      return copy;
    }
    copy[head as string] = setAt(copy[head as string], rest, fn);
    return copy;
  }
  return root;
}

const DROP = Symbol("drop");
const dropFn = (): typeof DROP => DROP;

/** One mutation of a valid input: drop a field, wrong type, huge string, deep nesting, prototype keys, odd unicode. */
export function mutate(valid: unknown, rng: Prng): unknown {
  const all = paths(valid);
  const p = rng.pick(all);
  const op = rng.int(0, 8);
  switch (op) {
    case 0:
      return p.length === 0 ? {} : setAt(valid, p, dropFn);
    case 1:
      return setAt(valid, p, () => randomValue(rng, 1));
    case 2:
      return setAt(valid, p, () => hugeString(rng.pick([1_000, 70_000, 1_000_000])));
    case 3:
      return setAt(valid, p, () => deepNest(rng.pick([50, 1_000, 20_000])));
    case 4:
      return setAt(valid, p, (old) =>
        typeof old === "object" && old !== null
          ? { ...old, ...(rng.pick(prototypeBombs()) as object) }
          : rng.pick(prototypeBombs()),
      );
    case 5:
      return setAt(valid, p, (old) =>
        typeof old === "string" ? old + rng.pick(NASTY_STRINGS) : rng.pick(NASTY_STRINGS),
      );
    case 6:
      return setAt(valid, p, () => rng.pick(NASTY_NUMBERS));
    case 7:
      return setAt(valid, p, (old) =>
        Array.isArray(old) ? Array.from({ length: rng.pick([0, 201, 5_000]) }, () => old[0] ?? null) : [old],
      );
    default:
      return mutate(mutate(valid, rng), rng);
  }
}

/** A cheap fingerprint of every file under `root` (size, mtime, inode): atomic rewrites change the inode. */
export async function folderFingerprint(root: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const e of await readdir(root, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    const p = path.join(e.parentPath, e.name);
    const s = await stat(p).catch(() => null);
    if (s) out.set(path.relative(root, p), `${s.size}:${s.mtimeMs}:${s.ino}`);
  }
  return out;
}

/** The differences between two fingerprints, for a readable failure. */
export function fingerprintDiff(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): string[] {
  const out: string[] = [];
  for (const [k, v] of a) if (b.get(k) !== v) out.push(b.has(k) ? `changed ${k}` : `removed ${k}`);
  for (const k of b.keys()) if (!a.has(k)) out.push(`added ${k}`);
  return out;
}

/** Rejects when `p` has not settled within `ms` (a hang). */
export async function within<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const guard = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms (hang)`)), ms);
  });
  try {
    return await Promise.race([p, guard]);
  } finally {
    clearTimeout(timer);
  }
}
