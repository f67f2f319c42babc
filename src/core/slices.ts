/**
 * Long loops a few milliseconds at a time: the extension host runs them on
 * the thread that answers the editor, which must never wait more than a
 * frame or so for one of them.
 */

/** How long a loop may keep the event loop before it yields (ms). */
export const SLICE_MS = 6;

/**
 * A turn of the event loop: I/O, messages and timers run before it resolves.
 * setTimeout, not setImmediate: resumed at once, slices ran back to back and
 * the longest stalls during a cold index of 10,000 notes grew (median of
 * nine builds 17 → 25 ms; likely the collector's incremental work then fell
 * inside the slices, where the timer's millisecond gives it room).
 */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Yields to the event loop once the current slice of work has taken SLICE_MS (checked every 32 steps). */
export class Slicer {
  private started = Date.now();
  private steps = 0;

  async step(): Promise<void> {
    if ((++this.steps & 31) !== 0 || Date.now() - this.started < SLICE_MS) return;
    await nextTurn();
    this.started = Date.now();
  }
}

/** `items.map(fn)`, yielding to the event loop between slices of SLICE_MS. */
export async function mapInSlices<T, U>(items: readonly T[], fn: (item: T) => U): Promise<U[]> {
  const out: U[] = [];
  let started = Date.now();
  for (let i = 0; i < items.length; i++) {
    if ((i & 63) === 63 && Date.now() - started >= SLICE_MS) {
      await nextTurn();
      started = Date.now();
    }
    out.push(fn(items[i]));
  }
  return out;
}
