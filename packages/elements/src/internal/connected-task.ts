// The data task every element loads with: it runs when its arguments change, keeps the last value while a new run is
// under way, and lets go of its requests when its element leaves the page. Six removed elements waiting on a server
// that never answers would otherwise hold the browser's six connections to it, and a new element would wait behind
// them. Back on the page, the element loads again.
//
// It does what the elements used of @lit/task (runs keyed by arguments, abort, status, render by status) in a third of
// its size, since every page carries it: the card page's budget is 18.4 kB (docs/decisions/0010-own-data-task.md).
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The reason a load stopped because its signal was aborted. */
export function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('Aborted', 'AbortError');
}

/** 0: not run (or cut short by leaving the page), 1: loading, 2: done, 3: failed. */
export type TaskStatus = 0 | 1 | 2 | 3;

export interface TaskConfig<A extends readonly unknown[], R> {
  task: (args: A, options: { signal: AbortSignal }) => Promise<R>;
  args: () => A;
  /** The value for `args` when it is here already (data another element loaded): shown without a loading step. */
  here?: (args: A) => R | undefined;
}

export class ConnectedTask<const A extends readonly unknown[], const R> implements ReactiveController {
  status: TaskStatus = 0;
  value: R | undefined;
  error: unknown;
  private controller: AbortController | undefined;
  /** Counts runs, so that only the latest run's answer is kept. */
  private runs = 0;
  private interrupted = false;
  /** The arguments of the run under way, and of the run whose value is shown. */
  private asked: A | undefined;
  private shown: A | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly config: TaskConfig<A, R>,
  ) {
    host.addController(this);
  }

  /** Before each render: a run when the arguments changed. */
  hostUpdate(): void {
    const args = this.config.args();
    const last = this.asked;
    // Object.is: a number attribute a CMS filled with words is NaN, which must count as unchanged, or it runs forever.
    if (!last || args.length !== last.length || args.some((arg, i) => !Object.is(arg, last[i]))) void this.run(args);
  }

  async run(args: A = this.config.args()): Promise<void> {
    this.asked = args;
    // Only a run under way is cut short: a finished run's signal stays as it was (shared loads count their users).
    if (this.status === 1) this.controller?.abort();
    const run = ++this.runs;
    const here = this.config.here?.(args);
    if (here !== undefined) {
      [this.value, this.error, this.status, this.shown] = [here, undefined, 2, args];
      this.host.requestUpdate();
      return;
    }
    const controller = (this.controller = new AbortController());
    this.status = 1;
    this.host.requestUpdate();
    try {
      const value = await this.config.task(args, { signal: controller.signal });
      if (run !== this.runs) return;
      [this.value, this.error, this.status, this.shown] = [value, undefined, 2, args];
    } catch (error) {
      if (run !== this.runs) return;
      // A run cut short by leaving the page ends quietly, in the first state: it is not an error to report.
      if (controller.signal.aborted && this.interrupted) this.status = 0;
      else [this.value, this.error, this.status] = [undefined, error, 3];
    }
    this.host.requestUpdate();
  }

  /**
   * Whether the run under way asks for what is shown, again or in another language (the tasks put the language
   * first). While it loads, the old value can stay on screen, and keyboard focus in it.
   */
  get refreshing(): boolean {
    const { asked, shown } = this;
    return asked !== undefined && shown !== undefined && asked.length === shown.length && asked.every((arg, i) => i === 0 || arg === shown[i]);
  }

  /**
   * Takes the value at once when it is here already and nothing has run: on the server, which renders without running
   * tasks, and in the browser for an element whose data another element (or the server's page) already loaded.
   */
  settle(): void {
    if (this.status !== 0 || this.interrupted) return;
    const args = this.config.args();
    const here = this.config.here?.(args);
    if (here !== undefined) [this.value, this.error, this.status, this.asked, this.shown] = [here, undefined, 2, args, args];
  }

  hostConnected(): void {
    if (!this.interrupted) return;
    this.interrupted = false;
    void this.run();
  }

  hostDisconnected(): void {
    if (this.status !== 1) return;
    this.interrupted = true;
    this.controller?.abort(new DOMException('The element left the page.', 'AbortError'));
  }

  /** What to show in each state. */
  render<T>(renderer: { initial: () => T; pending: () => T; complete: (value: R) => T; error: (error: unknown) => T }): T {
    const { status } = this;
    return status === 2
      ? renderer.complete(this.value as R)
      : status === 3
        ? renderer.error(this.error)
        : status === 1
          ? renderer.pending()
          : renderer.initial();
  }
}
