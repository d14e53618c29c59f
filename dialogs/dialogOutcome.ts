/**
 * How a dialog that waited for the user's reply ended. Such a dialog only understands replies to what it offered;
 * anything else goes back to MainDialog as a new message, so a different question is never lost.
 */
export type DialogOutcome =
  /**
   * The reply was for this dialog and has been answered; `startersOffered` when the answer offered the starter
   * questions. A walkthrough the user stopped says at which step, which "continue" takes up again.
   */
  | { kind: 'handled'; startersOffered?: boolean; stoppedStep?: number }
  /** The user chose one of the entries offered: MainDialog answers it. */
  | { kind: 'chosen'; entryId: string }
  /** The reply is something else. A walkthrough that gives up this way says where it stopped, to resume later. */
  | { kind: 'notForMe'; pausedStep?: number };

export const HANDLED: DialogOutcome = { kind: 'handled' };

/** Handled with what the bot can do and its starter questions, which "the first one" then chooses from. */
export const HANDLED_WITH_STARTERS = { kind: 'handled', startersOffered: true } as const satisfies DialogOutcome;
