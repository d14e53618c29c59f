import {
  Activity,
  ActivityTypes,
  ChannelAccount,
  ConversationState,
  StatePropertyAccessor,
  TeamsActivityHandler,
  TurnContext,
  UserState,
} from 'botbuilder';
import { Dialog, DialogState, runDialog } from 'botbuilder-dialogs';
import { visibleText } from '../knowledge/visibleText';
import { textOfCardAction } from './cardAction';

export interface AssistantBotDependencies {
  conversationState: ConversationState;
  userState: UserState;
  /** The root dialog that answers every message. */
  dialog: Dialog;
  /** Sends the welcome (intro and starter buttons) once into the conversation. */
  sendWelcome(context: TurnContext): Promise<void>;
}

/**
 * Turns channel activities into dialog turns: removes what only the channel knows about (the bot's @mention, card
 * payloads) so the dialogs see plain text, welcomes new members once, and saves state after every turn.
 */
export class AssistantBot extends TeamsActivityHandler {
  private readonly conversationState: ConversationState;
  private readonly userState: UserState;
  private readonly dialogState: StatePropertyAccessor<DialogState>;
  /** Teams announces a new personal chat twice (installationUpdate and membersAdded); one welcome is enough. */
  private readonly welcomedMemberIds: StatePropertyAccessor<string[]>;
  private readonly sendWelcome: (context: TurnContext) => Promise<void>;

  constructor({ conversationState, userState, dialog, sendWelcome }: AssistantBotDependencies) {
    super();
    this.conversationState = conversationState;
    this.userState = userState;
    this.sendWelcome = sendWelcome;
    this.dialogState = conversationState.createProperty<DialogState>('dialogState');
    this.welcomedMemberIds = conversationState.createProperty<string[]>('welcomedMemberIds');

    this.onMessage(async (context, next) => {
      context.activity.text = userText(context.activity);
      await runDialog(dialog, context, this.dialogState);
      await next();
    });

    this.onMembersAdded(async (context, next) => {
      const { membersAdded = [], recipient } = context.activity;
      await this.welcomeOnce(context, membersAdded.filter((member) => member.id !== recipient.id));
      await next();
    });

    // A channel asks the bot to forget the user (deleteUserData): what it kept of them is their conversation and user state.
    this.onUnrecognizedActivityType(async (context, next) => {
      if (context.activity.type === ActivityTypes.DeleteUserData) {
        await this.conversationState.delete(context);
        await this.userState.delete(context);
      }
      await next();
    });

    // Installing the app in Teams (personal, group chat, team) adds only the bot as a member: greet the installer.
    this.onInstallationUpdateAdd(async (context, next) => {
      await this.welcomeOnce(context, [context.activity.from]);
      await next();
    });
  }

  async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.conversationState.saveChanges(context, false);
    await this.userState.saveChanges(context, false);
  }

  private async welcomeOnce(context: TurnContext, members: ChannelAccount[]): Promise<void> {
    const welcomed = await this.welcomedMemberIds.get(context, []);
    const newcomers = members.filter((member) => !welcomed.includes(member.id));
    if (newcomers.length === 0) return;
    // One welcome for all newcomers of this activity: the same intro twice in a row would read like a glitch.
    await this.sendWelcome(context);
    await this.welcomedMemberIds.set(context, [...welcomed, ...newcomers.map((member) => member.id)]);
  }
}

/** Teams writes other people's mentions as `<at>Name</at>`; the rest of the bot sees (and may quote back) `@Name`. */
function plainMentions(text: string): string {
  return text.replace(/<at>(.*?)<\/at>/gi, '@$1');
}

// The bot's @mention removed from the middle of a message leaves two spaces, which the readers of requests do not
// take for one: "can you <at>Bot</at> tell me what article 64 says" got what the bot can do.
const SPACES_LEFT = / {2,}/g;

/**
 * What the user said: the typed text without the bot's own @mention (other mentions stay) and without invisible
 * characters (a message of only those is empty), or the clicked card's text.
 */
function userText(activity: Activity): string {
  const typed =
    typeof activity.text === 'string'
      ? visibleText(plainMentions(TurnContext.removeRecipientMention(activity))).replace(SPACES_LEFT, ' ').trim()
      : '';
  return typed || (textOfCardAction(activity.value) ?? '');
}
