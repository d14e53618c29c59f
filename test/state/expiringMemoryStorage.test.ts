import { ExpiringMemoryStorage } from '../../bot/state/expiringMemoryStorage';

describe('ExpiringMemoryStorage (STORAGE=memory)', () => {
  let clock = 0;
  const storage = () => new ExpiringMemoryStorage({ idleMs: 1_000, maxItems: 3 }, () => clock);
  beforeEach(() => {
    clock = 0;
  });

  it('keeps what was written and used recently', async () => {
    const store = storage();
    await store.write({ a: { step: 3 } });
    clock = 900;
    expect(await store.read(['a'])).toEqual({ a: expect.objectContaining({ step: 3 }) });
  });

  it('forgets a conversation idle for longer than the limit, at the next write', async () => {
    const store = storage();
    await store.write({ idle: { step: 3 } });
    clock = 1_500;
    await store.write({ busy: { step: 1 } });
    expect(await store.read(['idle', 'busy'])).toEqual({ busy: expect.objectContaining({ step: 1 }) });
  });

  it('counts a read as use, so a conversation being read stays', async () => {
    const store = storage();
    await store.write({ a: { step: 1 } });
    clock = 800;
    await store.read(['a']);
    clock = 1_500;
    await store.write({ b: { step: 2 } });
    expect(Object.keys(await store.read(['a', 'b']))).toEqual(['a', 'b']);
  });

  it('forgets the least recently used items beyond the cap', async () => {
    const store = storage();
    for (const key of ['a', 'b', 'c']) await store.write({ [key]: { key } });
    await store.read(['a']);
    await store.write({ d: { key: 'd' } });
    expect(Object.keys(await store.read(['a', 'b', 'c', 'd'])).sort()).toEqual(['a', 'c', 'd']);
  });
});
