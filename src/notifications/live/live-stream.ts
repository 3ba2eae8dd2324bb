// A slow client holds at most this many undelivered messages; older ones are dropped.
const MAX_QUEUED = 100;

/**
 * The async iterator behind one subscription. Unlike an async generator, `return()` ends it at
 * once (a generator waiting for its next message would only end after that message), so a
 * client that unsubscribes or disconnects never leaves a listener behind. Each message passes
 * through `map`, which re-checks access and returns undefined to skip it.
 */
export class LiveStream<In, Out> implements AsyncIterableIterator<Out> {
  private readonly queue: In[] = [];
  private waiting?: (result: IteratorResult<In>) => void;
  private closed = false;
  private unsubscribe?: () => void;

  constructor(private readonly map: (message: In) => Promise<Out | undefined>) {}

  /** Connects the stream to its source; `off` is called once when the stream ends. */
  attach(off: () => void): this {
    if (this.closed) off();
    else this.unsubscribe = off;
    return this;
  }

  push(message: In): void {
    if (this.closed) return;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = undefined;
      resolve({ value: message, done: false });
      return;
    }
    this.queue.push(message);
    if (this.queue.length > MAX_QUEUED) this.queue.shift();
  }

  async next(): Promise<IteratorResult<Out>> {
    for (;;) {
      const pulled = await this.pull();
      if (pulled.done || this.closed) return { value: undefined, done: true };
      const out = await this.map(pulled.value);
      if (this.closed) return { value: undefined, done: true };
      if (out !== undefined) return { value: out, done: false };
    }
  }

  async return(): Promise<IteratorResult<Out>> {
    this.close();
    return { value: undefined, done: true };
  }

  async throw(error?: unknown): Promise<IteratorResult<Out>> {
    this.close();
    throw error;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.queue.length = 0;
    this.unsubscribe?.();
    this.waiting?.({ value: undefined, done: true });
    this.waiting = undefined;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private pull(): Promise<IteratorResult<In>> {
    if (this.queue.length) return Promise.resolve({ value: this.queue.shift()!, done: false });
    if (this.closed) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => (this.waiting = resolve));
  }
}
