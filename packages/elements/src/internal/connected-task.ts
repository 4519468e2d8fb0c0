// A data task that lets go of its requests when its element leaves the page. Six removed elements waiting on a server
// that never answers would otherwise hold the browser's six connections to it, and a new element would wait behind
// them. Back on the page, the element loads again.
import { initialState, Task, TaskStatus, type TaskConfig } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';

export class ConnectedTask<const T extends ReadonlyArray<unknown>, const R> extends Task<T, R> {
  private interrupted = false;
  /** The arguments of the run under way, and of the run whose value is shown. */
  private asked: T | undefined;
  private shown: T | undefined;

  constructor(host: ReactiveControllerHost, config: TaskConfig<T, R>) {
    super(host, {
      ...config,
      // A run cut short by leaving the page ends quietly, in the initial state: it is not an error to report.
      task: async (args, options) => {
        this.asked = args;
        try {
          const value = await config.task(args, options);
          if (!options.signal.aborted) this.shown = args;
          return value;
        } catch (error) {
          if (options.signal.aborted && this.interrupted) return initialState;
          throw error;
        }
      },
    });
  }

  /**
   * Whether the run under way asks for what is shown, again or in another language (the tasks put the language
   * first). While it loads, the old value can stay on screen, and keyboard focus in it.
   */
  get refreshing(): boolean {
    const { asked, shown } = this;
    return asked !== undefined && shown !== undefined && asked.length === shown.length && asked.every((arg, i) => i === 0 || arg === shown[i]);
  }

  hostConnected(): void {
    if (!this.interrupted) return;
    this.interrupted = false;
    void this.run();
  }

  hostDisconnected(): void {
    if (this.status !== TaskStatus.PENDING) return;
    this.interrupted = true;
    this.abort(new DOMException('The element left the page.', 'AbortError'));
  }
}
