export interface RateLimitOptions {
  /** Events one key may have per window; 0 allows every event. */
  limit: number;
  windowMs: number;
  /**
   * Keys remembered at most; beyond it the least recently seen is forgotten (and starts afresh), so a client
   * inventing a new conversation id per message cannot fill the memory.
   */
  maxKeys?: number;
  now?: () => number;
}

/**
 * What to do with an event: go ahead, or refuse it. The first refusal of a burst says so ('refuseAndTell'); the
 * rest are refused silently, so a flood is not answered message for message.
 */
export type RateDecision = 'allow' | 'refuseAndTell' | 'refuseSilently';

interface KeyHistory {
  /** When the allowed events of the current window happened, oldest first. */
  allowedAt: number[];
  told: boolean;
}

const DEFAULT_MAX_KEYS = 10_000;

/**
 * A sliding-window rate limit per key (a conversation): at most `limit` allowed events in any `windowMs`.
 * Refused events do not count, so a client that keeps sending still gets `limit` events through per window.
 */
export class SlidingWindowRateLimit {
  private readonly histories = new Map<string, KeyHistory>();
  private readonly now: () => number;
  private readonly maxKeys: number;

  constructor(private readonly options: RateLimitOptions) {
    this.now = options.now ?? Date.now;
    this.maxKeys = options.maxKeys ?? DEFAULT_MAX_KEYS;
  }

  take(key: string): RateDecision {
    const { limit, windowMs } = this.options;
    if (limit === 0) return 'allow';
    const now = this.now();
    const history = this.recall(key);
    while (history.allowedAt.length > 0 && history.allowedAt[0] <= now - windowMs) history.allowedAt.shift();
    if (history.allowedAt.length < limit) {
      history.allowedAt.push(now);
      history.told = false;
      return 'allow';
    }
    if (history.told) return 'refuseSilently';
    history.told = true;
    return 'refuseAndTell';
  }

  /** The key's history, moved to the most recently seen end of the map. */
  private recall(key: string): KeyHistory {
    const history = this.histories.get(key) ?? { allowedAt: [], told: false };
    this.histories.delete(key);
    this.histories.set(key, history);
    if (this.histories.size > this.maxKeys) this.histories.delete(this.histories.keys().next().value as string);
    return history;
  }
}
