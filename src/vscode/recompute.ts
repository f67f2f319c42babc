/**
 * A model recomputed after changes: a short pause after the last change (a
 * burst of changes makes one computation), and a refresh asked for while one
 * runs makes one more run after it, which sees every change. The report and
 * the reminders follow the index this way.
 */
export class Recompute<T> {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private disposed = false;

  /** `compute` makes the value; `done` hears each one (not after dispose). */
  constructor(
    private readonly compute: () => Promise<T>,
    private readonly done: (value: T) => void,
    private readonly pauseMs: number,
  ) {}

  /** Recomputes after the pause, unless another change comes first. */
  schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), this.pauseMs);
  }

  /** Recomputes now (and once more after, when asked again meanwhile); resolves when the value is current. */
  refresh(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        const value = await this.compute();
        if (this.disposed) return;
        this.done(value);
      } while (this.again);
    })().finally(() => (this.running = undefined));
    return this.running;
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
  }
}
