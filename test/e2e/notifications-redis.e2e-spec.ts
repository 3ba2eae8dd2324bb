import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { Redis } from 'ioredis';
import { PubSubPort } from '../../src/notifications/live/pubsub.port.js';
import { RedisPubSub } from '../../src/notifications/live/redis-pubsub.js';
import { member } from '../factories/accounts.factory.js';
import { answer, thread } from '../factories/forum.factory.js';
import { subscribe, untilSubscribed, type LiveSubscription } from '../factories/notifications.factory.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

// .ci/run installs redis-server; a machine without it skips this file (and says so).
const hasRedis = spawnSync('redis-server', ['--version']).status === 0;
const describeRedis = hasRedis ? describe : describe.skip;
if (!hasRedis) console.warn('notifications-redis: redis-server not installed, Redis pub/sub not tested');

const THREAD_UPDATED = `subscription($id: ID!) { threadUpdated(threadId: $id) { kind postId } }`;
const NOTIFICATION_ADDED = `subscription { notificationAdded { kind threadId } }`;

describeRedis('live updates across instances through Redis (REDIS_URL)', () => {
  let server: ChildProcess;
  let a: TestApp;
  let b: TestApp;
  let urlA: string;
  const subs: LiveSubscription[] = [];

  beforeAll(async () => {
    const port = 56000 + Math.floor(Math.random() * 4000);
    server = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    const redisUrl = `redis://127.0.0.1:${port}`;
    // A fresh client per attempt: ioredis keeps reconnecting a failed one, and connect() on it throws.
    for (let i = 0; ; i++) {
      const probe = new Redis(redisUrl, { lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0 });
      probe.on('error', () => undefined);
      try {
        await probe.connect();
        probe.disconnect();
        break;
      } catch (err) {
        probe.disconnect();
        if (i > 100) throw err;
        await new Promise((r) => setTimeout(r, 50));
      }
    }
    a = await createTestApp({ REDIS_URL: redisUrl }, { workers: false });
    b = await createTestApp({ REDIS_URL: redisUrl }, { workers: false, databaseUrl: a.databaseUrl });
    urlA = await a.listen();
  });
  afterAll(async () => {
    await Promise.all(subs.map((s) => s.dispose()));
    await b?.close();
    await a?.close();
    server?.kill();
  });

  it('delivers to a subscriber on instance A what happened through instance B', async () => {
    expect(a.app.get(PubSubPort)).toBeInstanceOf(RedisPubSub);
    const asker = await member(b);
    const q = await thread(b, asker);
    const updates = subscribe(urlA, asker.token, THREAD_UPDATED, { id: q.id });
    const inbox = subscribe(urlA, asker.token, NOTIFICATION_ADDED);
    subs.push(updates, inbox);
    await untilSubscribed(a, `thread:${q.id}`);
    await untilSubscribed(a, `user:${asker.id}`);
    const ans = await answer(b, await member(b), q.id);
    await b.drainOutbox();
    expect((await updates.waitFor(1))[0].threadUpdated).toEqual({ kind: 'ANSWER_POSTED', postId: ans.id });
    expect((await inbox.waitFor(1))[0].notificationAdded).toEqual({ kind: 'NEW_ANSWER', threadId: q.id });
  });
});
