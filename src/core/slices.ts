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

/**
 * When the current turn of sliced work began: the last time any slicer
 * resumed after yielding. Shared, so that loops run one after the other in
 * the same turn (the summaries to save, then the save) share one slice
 * instead of each starting its own: measured in `npm run bench:vscode`, the
 * save after a rebuild held the extension host 15–17 ms in one turn as two
 * loops of 6 ms each and their overhead. A loop that starts long after the
 * last yield yields at its first check.
 */
let turnStarted = Date.now();

/** Yields to the event loop once the current turn of work has taken SLICE_MS (checked every 32 steps). */
export class Slicer {
  private steps = 0;

  /** A promise to wait for when it is time to yield, else undefined (no promise made for each step). */
  step(): Promise<void> | undefined {
    if ((++this.steps & 31) !== 0 || Date.now() - turnStarted < SLICE_MS) return undefined;
    return nextTurn().then(() => {
      turnStarted = Date.now();
    });
  }
}

/** `items.map(fn)`, yielding to the event loop between slices of SLICE_MS. */
export async function mapInSlices<T, U>(items: readonly T[], fn: (item: T) => U): Promise<U[]> {
  const out: U[] = [];
  const slicer = new Slicer();
  for (let i = 0; i < items.length; i++) {
    const turn = slicer.step();
    if (turn) await turn;
    out.push(fn(items[i]));
  }
  return out;
}
