import { Logger } from '@nestjs/common';
import { Redis } from 'ioredis';
import { LIVE_CHANNEL, LiveMessage, PubSubPort, parseLiveMessage } from './pubsub.port.js';

/** Redis pub/sub: one publishing and one subscribed connection per instance; ioredis resubscribes after a reconnect. */
export class RedisPubSub extends PubSubPort {
  private readonly logger = new Logger('RedisPubSub');
  private pub?: Redis;
  private sub?: Redis;

  constructor(private readonly url: string) {
    super();
  }

  async start(deliver: (message: LiveMessage) => void): Promise<void> {
    const options = { lazyConnect: true, maxRetriesPerRequest: 3 };
    this.pub = new Redis(this.url, options);
    this.sub = new Redis(this.url, options);
    for (const c of [this.pub, this.sub]) c.on('error', (e: Error) => this.logger.warn(e.message));
    this.sub.on('message', (channel: string, payload: string) => {
      if (channel !== LIVE_CHANNEL) return;
      const message = parseLiveMessage(payload);
      if (message) deliver(message);
    });
    await Promise.all([this.pub.connect(), this.sub.connect()]);
    await this.sub.subscribe(LIVE_CHANNEL);
  }

  async publish(message: LiveMessage): Promise<void> {
    if (!this.pub) throw new Error('Redis pub/sub is not started');
    await this.pub.publish(LIVE_CHANNEL, JSON.stringify(message));
  }

  async stop(): Promise<void> {
    await Promise.all([this.pub, this.sub].map((c) => c?.quit().catch(() => c.disconnect())));
  }
}
