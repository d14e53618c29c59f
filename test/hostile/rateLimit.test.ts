import { RateDecision, SlidingWindowRateLimit } from '../../bot/rateLimit';

/** A limit on a clock the test moves by hand. */
function limitAt(options: { limit: number; windowMs: number; maxKeys?: number }) {
  let now = 1_000_000;
  const limit = new SlidingWindowRateLimit({ ...options, now: () => now });
  return {
    take: (key = 'conversation') => limit.take(key),
    takeMany: (count: number, key = 'conversation'): RateDecision[] => Array.from({ length: count }, () => limit.take(key)),
    advance: (ms: number) => (now += ms),
  };
}

describe('SlidingWindowRateLimit', () => {
  it('allows `limit` events in a window, says so once for the next, and refuses the rest silently', () => {
    const limit = limitAt({ limit: 3, windowMs: 10_000 });
    expect(limit.takeMany(6)).toEqual(['allow', 'allow', 'allow', 'refuseAndTell', 'refuseSilently', 'refuseSilently']);
  });

  it('slides: an event is allowed again once the oldest allowed one is a window old', () => {
    const limit = limitAt({ limit: 2, windowMs: 10_000 });
    expect(limit.take()).toBe('allow');
    limit.advance(4_000);
    expect(limit.takeMany(2)).toEqual(['allow', 'refuseAndTell']);
    limit.advance(5_999);
    expect(limit.take()).toBe('refuseSilently');
    limit.advance(1);
    // The first event is 10 s old now; the second (at 4 s) still counts.
    expect(limit.takeMany(2)).toEqual(['allow', 'refuseAndTell']);
  });

  it('does not count refused events: a client that keeps flooding still gets `limit` through per window', () => {
    const limit = limitAt({ limit: 2, windowMs: 1_000 });
    for (let window = 0; window < 5; window += 1) {
      expect(limit.takeMany(10).filter((decision) => decision === 'allow')).toHaveLength(2);
      limit.advance(1_000);
    }
  });

  it('tells again after a burst once messages were allowed in between', () => {
    const limit = limitAt({ limit: 1, windowMs: 1_000 });
    expect(limit.takeMany(3)).toEqual(['allow', 'refuseAndTell', 'refuseSilently']);
    limit.advance(1_000);
    expect(limit.takeMany(3)).toEqual(['allow', 'refuseAndTell', 'refuseSilently']);
  });

  it('keeps conversations apart', () => {
    const limit = limitAt({ limit: 1, windowMs: 1_000 });
    expect([limit.take('a'), limit.take('b'), limit.take('a'), limit.take('b')]).toEqual(['allow', 'allow', 'refuseAndTell', 'refuseAndTell']);
  });

  it('allows everything with limit 0', () => {
    expect(limitAt({ limit: 0, windowMs: 1_000 }).takeMany(100).every((decision) => decision === 'allow')).toBe(true);
  });

  it('forgets the least recently seen conversation beyond maxKeys, so invented ids cannot fill the memory', () => {
    const limit = limitAt({ limit: 1, windowMs: 60_000, maxKeys: 2 });
    expect([limit.take('a'), limit.take('b'), limit.take('a')]).toEqual(['allow', 'allow', 'refuseAndTell']);
    limit.take('c'); // a was seen after b: b is forgotten, a is remembered
    expect([limit.take('a'), limit.take('b')]).toEqual(['refuseSilently', 'allow']);
  });
});
