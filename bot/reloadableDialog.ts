import type { TurnContext } from 'botbuilder';
import { Dialog, DialogContext, DialogEvent, DialogInstance, DialogReason, DialogTurnResult } from 'botbuilder-dialogs';

/**
 * The root dialog, replaceable while the bot runs (knowledge reload). Dialogs keep their state in conversation
 * state, not in the dialog objects, so a conversation continues in the new dialog exactly where it was, provided the
 * new one has the same id and inner dialog ids, which a rebuilt MainDialog has.
 */
export class ReloadableDialog extends Dialog {
  constructor(private current: Dialog) {
    super(current.id);
  }

  replace(next: Dialog): void {
    if (next.id !== this.id) throw new Error(`ReloadableDialog: the replacement must have the id "${this.id}", not "${next.id}"`);
    this.current = next;
  }

  beginDialog(dc: DialogContext, options?: {}): Promise<DialogTurnResult> {
    return this.current.beginDialog(dc, options);
  }

  continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    return this.current.continueDialog(dc);
  }

  resumeDialog(dc: DialogContext, reason: DialogReason, result?: unknown): Promise<DialogTurnResult> {
    return this.current.resumeDialog(dc, reason, result);
  }

  repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    return this.current.repromptDialog(context, instance);
  }

  endDialog(context: TurnContext, instance: DialogInstance, reason: DialogReason): Promise<void> {
    return this.current.endDialog(context, instance, reason);
  }

  onDialogEvent(dc: DialogContext, event: DialogEvent): Promise<boolean> {
    return this.current.onDialogEvent(dc, event);
  }

  getVersion(): string {
    return this.current.getVersion();
  }
}
