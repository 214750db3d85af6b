/**
 * `xs.filter(f)` and `xs.map(f)` whose results always have one V8 elements kind, for lists of objects
 * that one stage hands on from function to function (the events stage's per-sentence event lists).
 *
 * Why: an empty array from the built-in `filter` is a "small integers" array (nothing was pushed),
 * while TurboFan's inlined `filter` of a list of objects makes an empty "objects" array; `map` makes
 * packed or holey arrays by the same split. So the map of an empty list changed with whether the
 * function that made it was optimised yet, and every optimised function reading such lists met a map
 * it had not seen and was deoptimised and compiled again (`node --trace-deopt`: "wrong map" at a
 * dozen functions of the events stage at once, several passes into a warm run). Here the result is
 * one array literal pushed to: V8's allocation site of the literal learns "objects" at the first push
 * and makes every later result, empty or not, that kind, optimised or not.
 */
export function keep<T>(xs: readonly T[], f: (x: T, i: number) => boolean): T[] {
  const out: T[] = [];
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]!;
    if (f(x, i)) out.push(x);
  }
  return out;
}

/** `xs.map(f)` with results of one elements kind (see keep). */
export function mapped<T, U>(xs: readonly T[], f: (x: T, i: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < xs.length; i++) out.push(f(xs[i]!, i));
  return out;
}

/** `lists.flat().filter(f)` with results of one elements kind (see keep), without the flat copy. */
export function keepFlat<T>(lists: readonly (readonly T[])[], f: (x: T) => boolean): T[] {
  const out: T[] = [];
  for (let j = 0; j < lists.length; j++) {
    const xs = lists[j]!;
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i]!;
      if (f(x)) out.push(x);
    }
  }
  return out;
}

/** `xs.flatMap(f)` for a function that returns a list, with results of one elements kind (see keep). */
export function flatMapped<T, U>(xs: readonly T[], f: (x: T) => readonly U[]): U[] {
  const out: U[] = [];
  for (let i = 0; i < xs.length; i++) {
    const ys = f(xs[i]!);
    for (let j = 0; j < ys.length; j++) out.push(ys[j]!);
  }
  return out;
}
