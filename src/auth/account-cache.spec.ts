import { FakeClock } from '../common/clock.js';
import type { ChangeListener, OutboxService } from '../database/outbox/outbox.service.js';
import type { User } from '../users/user.entity.js';
import { AccountCache } from './account-cache.js';

const A = '5f0c2b1e-8a43-4c1e-9c56-3f1d2a7b9e10';
const B = '0b6f7c1a-2d3e-4f50-8a91-b2c3d4e5f607';

function setup() {
  const clock = new FakeClock();
  let notify: ChangeListener = () => undefined;
  const cache = new AccountCache(clock, { onChange: (l: ChangeListener) => (notify = l) } as unknown as OutboxService);
  cache.onModuleInit();
  let reads = 0;
  const load = async (id: string) => {
    reads++;
    return { id, reputation: reads } as unknown as User;
  };
  return { clock, cache, load, reads: () => reads, change: (payload: Record<string, unknown>) => notify([payload]) };
}

describe('AccountCache', () => {
  it('reads an account once, again after 30 s, and at once after a change that names it', async () => {
    const s = setup();
    await s.cache.get(A, s.load);
    await s.cache.get(A, s.load);
    expect(s.reads()).toBe(1);
    s.change({ voterId: B, authorIds: [A] });
    expect((await s.cache.get(A, s.load))?.reputation).toBe(2);
    s.change({ threadId: B });
    await s.cache.get(A, s.load);
    expect(s.reads()).toBe(2);
    s.clock.advance(30);
    await s.cache.get(A, s.load);
    expect(s.reads()).toBe(3);
    s.change({ '*': true });
    await s.cache.get(A, s.load);
    expect(s.reads()).toBe(4);
  });

  it('does not keep a row that was read before a change to it committed', async () => {
    const s = setup();
    let release!: () => void;
    const slow = async (id: string) => {
      await new Promise<void>((r) => (release = r));
      return s.load(id);
    };
    const pending = s.cache.get(A, slow);
    s.change({ userId: A }); // the suspension commits while the old row is on its way
    release();
    await pending;
    await s.cache.get(A, s.load);
    expect(s.reads()).toBe(2);
  });
});
