/**
 * Long loops a few milliseconds at a time: the extension host runs them on
 * the thread that answers the editor, which must never wait more than a
 * frame or so for one of them.
 */

/** How long a loop may keep the event loop before it yields (ms). */
export const SLICE_MS = 6;

// Node's setImmediate where there is one (the core must also run in a browser).
const immediate: ((callback: () => void) => unknown) | undefined = (globalThis as { setImmediate?: (callback: () => void) => unknown }).setImmediate;

/**
 * A whole turn of the event loop: I/O, messages and timers run before it
 * resolves. In Node, setImmediate: a slice resumed from setTimeout(0) runs
 * in the timers phase, where the next slice's timer, already due when the
 * slice ends, ran at once too: slices of 8 ms kept events waiting 16–25 ms.
 */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => (immediate ? immediate(resolve) : setTimeout(resolve, 0)));
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
