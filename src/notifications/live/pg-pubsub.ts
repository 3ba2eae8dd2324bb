import { Logger } from '@nestjs/common';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { LIVE_CHANNEL, LiveMessage, PubSubPort, parseLiveMessage } from './pubsub.port.js';

// NOTIFY payloads must stay under 8000 bytes; ours carry ids only.
const MAX_PAYLOAD = 7900;

/**
 * PostgreSQL LISTEN/NOTIFY: publishing is a pg_notify on the pool; each instance keeps one
 * listening connection, reconnected after a failure.
 */
export class PgPubSub extends PubSubPort {
  private readonly logger = new Logger('PgPubSub');
  private client?: Client;
  private deliver?: (message: LiveMessage) => void;
  private stopped = false;
  private retry?: NodeJS.Timeout;

  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async start(deliver: (message: LiveMessage) => void): Promise<void> {
    this.deliver = deliver;
    await this.connect();
  }

  async publish(message: LiveMessage): Promise<void> {
    const payload = JSON.stringify(message);
    if (payload.length > MAX_PAYLOAD) throw new Error(`live message for ${message.topic} too large (${payload.length} bytes)`);
    await this.dataSource.query(`SELECT pg_notify($1, $2)`, [LIVE_CHANNEL, payload]);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    await this.client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new Client({ connectionString: (this.dataSource.options as { url?: string }).url });
    client.on('error', (e: Error) => {
      this.logger.warn(`listener: ${e.message}`);
      this.reconnect(client);
    });
    client.on('end', () => this.reconnect(client));
    client.on('notification', (n) => {
      if (n.channel !== LIVE_CHANNEL) return;
      const message = parseLiveMessage(n.payload);
      if (message) this.deliver?.(message);
    });
    this.client = client;
    await client.connect();
    await client.query(`LISTEN ${LIVE_CHANNEL}`);
  }

  private reconnect(failed: Client): void {
    if (this.stopped || failed !== this.client || this.retry) return;
    this.client = undefined;
    failed.end().catch(() => undefined);
    this.retry = setTimeout(() => {
      this.retry = undefined;
      if (this.stopped) return;
      this.connect().catch((e: Error) => {
        this.logger.warn(`listener reconnect failed: ${e.message}`);
        if (this.client) this.reconnect(this.client);
      });
    }, 1000);
  }
}
