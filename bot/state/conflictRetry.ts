import type { Activity, BotState, Middleware, ResourceResponse, TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import { ETagConflictError } from './storageErrors';

/**
 * Each lost attempt means another turn of the conversation was saved meanwhile, and an instance runs one turn of a
 * conversation at a time: three attempts get a turn past two others landing at the same moment on other instances
 * (a double click spread over instances). Beyond that the user gets the apology and can send the message again.
 */
const ATTEMPTS = 3;

/**
 * Runs a turn again when its state could not be saved because another instance saved the same conversation meanwhile
 * (ETagConflictError), on the state that instance left. The replies are held until the state is saved, so the user
 * sees only the answer of the attempt that counted, never one computed from state that was thrown away.
 */
export class ConflictRetry implements Middleware {
  constructor(
    private readonly states: readonly BotState[],
    private readonly logger: Logger,
  ) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const held: Array<Partial<Activity>> = [];
    let holding = true;
    context.onSendActivities(async (_context, activities, send) => {
      if (!holding) return send();
      held.push(...activities);
      return activities.map((): ResourceResponse => ({ id: '' }));
    });
    try {
      await this.runUntilSaved(context, next, held);
    } finally {
      // A failed turn's apology (sent by onTurnError, after this) must go out; the held replies of a failed turn must not.
      holding = false;
    }
    if (held.length > 0) await context.sendActivities(held);
  }

  private async runUntilSaved(context: TurnContext, next: () => Promise<void>, held: Array<Partial<Activity>>): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await next();
      } catch (error) {
        if (!(error instanceof ETagConflictError) || attempt === ATTEMPTS) throw error;
        this.logger.warn({ key: error.key, attempt }, 'state saved by another turn meanwhile: running the turn again on the fresh state');
        held.length = 0;
        // The cache still holds this attempt's changes; the next attempt must start from what the other turn saved.
        for (const state of this.states) if (state.get(context)) await state.load(context, true);
      }
    }
  }
}
