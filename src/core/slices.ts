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
 * A turn of the event loop: I/O, messages and timers run before it resolves.
 * In Node, setImmediate: setTimeout(0) waits at least a millisecond, idle,
 * at each of the ~25 yields of a warm start of 10,000 notes (measured three
 * times each way: 150–170 ms against 167–210 ms), and the longest stalls of
 * cold builds were the same within the machine's noise (medians of nine
 * builds: 16 and 20 ms with the workers, 16 and 12 ms through the port).
 */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => (immediate ? immediate(resolve) : setTimeout(resolve, 0)));
}

/**
 * A turn of the event loop after a timer: at least a millisecond, idle when
 * nothing else waits. For the ranking's sort at the end of a cold build: with
 * setImmediate there, the longest stall of a cold build of 10,000 notes in
 * `npm run bench` was 21–25 ms in six runs, with the timer 13–18 ms in six
 * (the collector, which has just seen 10,000 summaries arrive, seems to use
 * the idle millisecond).
 */
export function nextTimerTurn(): Promise<void> {
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
