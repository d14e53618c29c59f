import { Dialog, DialogContext, DialogInstance, DialogTurnResult } from 'botbuilder-dialogs';

/*
 * The dialogs under MainDialog (answer, walkthrough, "did you mean") each say something, then listen for one reply.
 * They are plain Dialogs on MainDialog's own stack, not ComponentDialogs each running a waterfall: botbuilder-dialogs
 * builds a DialogContext, with its DialogStateManager, for every level of dialogs on every turn, and each level also
 * makes the state that is hashed, copied and saved on every turn deeper. Flat, a turn of the real bot costs
 * noticeably less CPU (npm run bench:http), with the same replies.
 */

function activeInstance(dc: DialogContext): DialogInstance {
  const instance = dc.activeDialog;
  if (!instance) throw new Error('listeningState: no active dialog; call it from the dialog being run');
  return instance;
}

/** Keeps what the dialog needs to understand the reply (in conversation state) and ends the turn. */
export function listenForReply<T extends object>(dc: DialogContext, state: T): DialogTurnResult {
  activeInstance(dc).state = { ...state };
  return Dialog.EndOfTurn;
}

/**
 * A conversation saved while these dialogs were ComponentDialogs keeps their state one level down: the options and
 * values of the waterfall inside. It continues from there.
 */
interface WaterfallState {
  dialogs?: { dialogStack?: Array<{ state?: { options?: object; values?: object } }> };
}

/** What the dialog kept with listenForReply. */
export function stateWhileListening<T extends object>(dc: DialogContext): T {
  const state = activeInstance(dc).state as T & WaterfallState;
  const waterfall = state.dialogs?.dialogStack?.[0]?.state;
  return waterfall ? ({ ...waterfall.options, ...waterfall.values } as T) : state;
}
