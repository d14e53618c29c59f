/** An activity in its JSON form, as the Direct Line protocol carries it. */
export type ActivityJson = { type: string } & Record<string, unknown>;

/** An activity as the channel keeps and sends it: with the id (conversation|sequence) the channel gave it. */
export type ChannelActivity = ActivityJson & { id: string };

/** What GET activities and the stream send: the activities and the watermark to ask from next time. */
export interface ActivitySet {
  activities: ChannelActivity[];
  watermark: string;
}

/** A live stream of one conversation (a WebSocket). */
export interface ActivitySubscriber {
  push(set: ActivitySet): void;
  /** The conversation is gone (expired or evicted). */
  end(): void;
}

export interface ConversationLimits {
  /** Activities kept per conversation; a client asking from an older watermark gets the ones still kept. */
  maxActivities: number;
  /** Conversations kept at once; beyond it the least recently active one is dropped. */
  maxConversations: number;
  /** A conversation nobody touched this long is dropped. Web Chat refreshes its token every 15 minutes. */
  idleMs: number;
}

export const DEFAULT_CONVERSATION_LIMITS: ConversationLimits = {
  maxActivities: 200, // a reconnecting Web Chat only needs what it missed; it keeps the transcript itself
  maxConversations: 10_000,
  idleMs: 60 * 60 * 1000,
};

/** One conversation's activities, numbered so a watermark says "everything after this one". */
export class Conversation {
  private activities: ChannelActivity[] = [];
  private sequence = 0;
  private readonly subscribers = new Set<ActivitySubscriber>();

  constructor(
    readonly id: string,
    readonly userId: string,
    /** The locale the page sent at start; fills in messages that come without one. */
    readonly locale: string | undefined,
    private readonly maxActivities: number,
    private readonly now: () => number,
  ) {}

  /** Stores the activity under the next id and pushes it to every open stream. */
  append(activity: ActivityJson): ChannelActivity {
    this.sequence += 1;
    const stored: ChannelActivity = {
      ...activity,
      id: `${this.id}|${String(this.sequence).padStart(7, '0')}`,
      timestamp: new Date(this.now()).toISOString(),
    };
    this.activities.push(stored);
    if (this.activities.length > this.maxActivities) this.activities.shift();
    const set = { activities: [stored], watermark: String(this.sequence) };
    for (const subscriber of this.subscribers) subscriber.push(set);
    return stored;
  }

  /** The kept activities after the watermark (0 = from the start). */
  after(watermark: number): ActivitySet {
    const firstKept = this.sequence - this.activities.length + 1;
    return { activities: this.activities.slice(Math.max(0, watermark - firstKept + 1)), watermark: String(this.sequence) };
  }

  /** Sends what the subscriber missed since the watermark, then every new activity; returns the unsubscribe. */
  subscribe(subscriber: ActivitySubscriber, watermark: number): () => void {
    const missed = this.after(watermark);
    if (missed.activities.length) subscriber.push(missed);
    this.subscribers.add(subscriber);
    return () => this.subscribers.delete(subscriber);
  }

  end(): void {
    for (const subscriber of this.subscribers) subscriber.end();
    this.subscribers.clear();
  }
}

/** The conversations of this process, in memory, bounded in number and in idle time. */
export class ConversationStore {
  /** In order of last activity, least recent first: a Map keeps insertion order and touch() re-inserts. */
  private readonly conversations = new Map<string, { conversation: Conversation; lastActive: number }>();

  constructor(
    private readonly limits: ConversationLimits = DEFAULT_CONVERSATION_LIMITS,
    private readonly now: () => number = Date.now,
  ) {}

  /** The conversation, created on first start. `created` tells whether the bot still has to be told about the user. */
  open(id: string, userId: string, locale: string | undefined): { conversation: Conversation; created: boolean } {
    const existing = this.find(id);
    if (existing) return { conversation: existing, created: false };
    const conversation = new Conversation(id, userId, locale, this.limits.maxActivities, this.now);
    this.conversations.set(id, { conversation, lastActive: this.now() });
    if (this.conversations.size > this.limits.maxConversations) this.drop(this.conversations.keys().next().value as string);
    return { conversation, created: true };
  }

  /** The conversation if it is still kept; counts as activity. */
  find(id: string): Conversation | undefined {
    const entry = this.conversations.get(id);
    if (!entry) return undefined;
    this.conversations.delete(id);
    this.conversations.set(id, { conversation: entry.conversation, lastActive: this.now() });
    return entry.conversation;
  }

  /** Drops the conversations idle longer than the limit; returns how many. */
  expireIdle(): number {
    const cutoff = this.now() - this.limits.idleMs;
    let expired = 0;
    for (const [id, { lastActive }] of this.conversations) {
      if (lastActive > cutoff) break;
      this.drop(id);
      expired += 1;
    }
    return expired;
  }

  /** Ends every conversation (server shutdown). */
  clear(): void {
    for (const id of [...this.conversations.keys()]) this.drop(id);
  }

  private drop(id: string): void {
    this.conversations.get(id)?.conversation.end();
    this.conversations.delete(id);
  }
}
