/** What crosses instances: a topic and ids only; every subscriber re-reads what it may see. */
export interface LiveMessage {
  topic: string;
  data: Record<string, unknown>;
}

/**
 * Carries live messages to every app instance (this one included). PostgreSQL LISTEN/NOTIFY by
 * default; Redis pub/sub when REDIS_URL is set. Delivery is best effort: a subscriber that misses
 * a message (reconnect, restart) refetches; the inbox and the forum are the record.
 */
export abstract class PubSubPort {
  abstract start(deliver: (message: LiveMessage) => void): Promise<void>;
  abstract publish(message: LiveMessage): Promise<void>;
  abstract stop(): Promise<void>;
}

export const LIVE_CHANNEL = 'peerdesk_live';

/** Parses a message from the wire; anything malformed is dropped. */
export function parseLiveMessage(raw: string | undefined): LiveMessage | null {
  try {
    const m = JSON.parse(raw ?? '');
    return typeof m?.topic === 'string' && m.data && typeof m.data === 'object' ? { topic: m.topic, data: m.data } : null;
  } catch {
    return null;
  }
}
