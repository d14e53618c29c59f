import type { TurnContext } from 'botbuilder';
import { Language } from '../knowledge/language';
import type { Entry } from '../knowledge/schema';
import { DialogOutcome } from './dialogOutcome';
import { ReplyButton } from './reply';

/**
 * What a listening dialog did with a message: it waits for the next one, keeping what it needs to understand it (in
 * conversation state, so plain data), or it is done.
 */
export type ListeningStep<State extends object> = { listen: State } | { done: DialogOutcome };

/**
 * A dialog under MainDialog (answer, walkthrough, "did you mean"): it says something, then listens for one reply.
 *
 * These are not botbuilder-dialogs Dialogs. A Dialog runs in a DialogContext, and botbuilder-dialogs builds one, with
 * its DialogStateManager and component registrations, for every level of dialogs on every turn. MainDialog holds the
 * one listening dialog in its own state instead, so a turn builds no context below the root: one DialogStateManager
 * fewer per turn (2, as a bot with a single dialog; counted in BENCHMARKS.md), with the same replies and saved state.
 */
export interface ListeningDialog<Options, State extends object> {
  /** Its name in saved state: stored conversations refer to it. */
  readonly id: string;
  begin(context: TurnContext, options: Options): Promise<ListeningStep<State>>;
  /** The user's next message; `state` is what the last step listened with. */
  hear(context: TurnContext, state: State): Promise<ListeningStep<State>>;
  /** Says its last message again, in the turn's language (the user asked for another), and listens on. */
  repeat(context: TurnContext, state: State): Promise<ListeningStep<State>>;
  /**
   * The buttons of its last message that still lead somewhere while it listens (not Helpful / Not helpful, nor
   * "Resume step N", which MainDialog adds). Offered again under a reply given in between, such as the thanks for
   * feedback: a channel hides the buttons once one of them is clicked.
   */
  offers(language: Language, state: State): ReplyButton[];
  /** The knowledge entry its last message gave, if it gave one (a "Did you mean" gives none): "are you sure?" is about it. */
  answerShown(state: State): Entry | undefined;
}

export const listen = <State extends object>(state: State): ListeningStep<State> => ({ listen: state });

export const done = (outcome: DialogOutcome): ListeningStep<never> => ({ done: outcome });

/**
 * A conversation saved while these dialogs were ComponentDialogs each running a waterfall keeps their state one
 * level down: the options and values of the waterfall inside. It continues from there.
 */
interface WaterfallState {
  dialogs?: { dialogStack?: Array<{ state?: { options?: object; values?: object } }> };
}

/** The state a listening dialog was saved with, in whichever shape it was saved. */
export function savedListeningState<State extends object>(saved: object): State {
  const waterfall = (saved as WaterfallState).dialogs?.dialogStack?.[0]?.state;
  return (waterfall ? { ...waterfall.options, ...waterfall.values } : saved) as State;
}
