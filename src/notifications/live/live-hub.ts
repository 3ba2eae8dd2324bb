import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { LiveStream } from './live-stream.js';
import { LiveMessage, PubSubPort } from './pubsub.port.js';

/**
 * This instance's end of the pub/sub: publishes through the port, and fans each message that
 * arrives (from any instance) out to the local subscriptions of its topic.
 */
@Injectable()
export class LiveHub implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('LiveHub');
  private readonly topics = new Map<string, Set<(data: Record<string, unknown>) => void>>();

  constructor(private readonly port: PubSubPort) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.port.start((message) => this.dispatch(message));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.port.stop();
  }

  publish(topic: string, data: Record<string, unknown>): Promise<void> {
    return this.port.publish({ topic, data });
  }

  /** A stream of the topic's messages, each mapped (and possibly skipped) by `map`. */
  stream<Out>(topic: string, map: (data: Record<string, unknown>) => Promise<Out | undefined>): LiveStream<Record<string, unknown>, Out> {
    const stream = new LiveStream<Record<string, unknown>, Out>(map);
    const listener = (data: Record<string, unknown>) => stream.push(data);
    let set = this.topics.get(topic);
    if (!set) this.topics.set(topic, (set = new Set()));
    set.add(listener);
    return stream.attach(() => {
      set.delete(listener);
      if (!set.size && this.topics.get(topic) === set) this.topics.delete(topic);
    });
  }

  /** Local subscriptions per topic (for tests and health). */
  listenerCount(topic: string): number {
    return this.topics.get(topic)?.size ?? 0;
  }

  private dispatch(message: LiveMessage): void {
    const set = this.topics.get(message.topic);
    if (!set) return;
    for (const listener of [...set]) {
      try {
        listener(message.data);
      } catch (err) {
        this.logger.warn(`live listener failed: ${(err as Error).message}`);
      }
    }
  }
}
