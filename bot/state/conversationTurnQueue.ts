import type { Middleware, TurnContext } from 'botbuilder';

/**
 * Runs the turns of one conversation one after the other within this process; turns of different conversations
 * still run side by side. A double click or two quick messages would otherwise both read the same state and the
 * later save would undo the earlier one ("next" twice would show step 4 twice). Across instances the eTag check of
 * OptimisticStateStorage takes over.
 */
export class ConversationTurnQueue implements Middleware {
  /** The last turn queued per conversation; an entry is removed when its conversation has no turn left. */
  private readonly tails = new Map<string, Promise<void>>();

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const { channelId, conversation } = context.activity;
    if (!conversation?.id) return next();
    const key = `${channelId}/${conversation.id}`;

    const turn = (this.tails.get(key) ?? Promise.resolve()).then(next);
    // The next turn waits for this one to end, not to succeed: a failure is this turn's own, answered by onTurnError.
    const tail = turn.catch(() => undefined);
    this.tails.set(key, tail);
    try {
      await turn;
    } finally {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }
}
