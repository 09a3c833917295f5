// A tiny seeded PRNG (mulberry32) so fuzz and kill tests reproduce from their seed.

/** A seeded random source with the helpers the hardening tests need. */
export interface Prng {
  /** Uniform in [0, 1). */
  readonly next: () => number;
  /** Integer in [min, max] inclusive. */
  readonly int: (min: number, max: number) => number;
  /** One element of a non-empty list. */
  readonly pick: <T>(items: readonly T[]) => T;
  /** True with probability p. */
  readonly chance: (p: number) => boolean;
}

/** mulberry32: 32-bit state, good enough for test inputs, identical on every platform. */
export function mulberry32(seed: number): Prng {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    const item = items[int(0, items.length - 1)];
    if (item === undefined) throw new Error("pick from an empty list");
    return item;
  };
  return { next, int, pick, chance: (p) => next() < p };
}
