import { ConversationState, MemoryStorage, TurnContext } from 'botbuilder';
import { Dialog, DialogContext, DialogTurnResult } from 'botbuilder-dialogs';
import { randomUUID } from 'node:crypto';
import { BlobStorage } from '../../bot/state/blobStorage';
import { Azurite } from '../support/azurite';
import { RunningBot, startBotServer } from '../support/botServer';
import { ChannelConversation } from '../support/channelConversation';
import { FakeConnector } from '../support/fakeConnector';
import { sayNext, stepsShown, texts } from './support/walkthrough';

const CONTAINER = 'bot-state';
/** The tests type faster than people do; the rate limit has tests of its own. */
const FAST_TYPING = { RATE_LIMIT_MESSAGES: '0' };

/** Plays another bot instance that saves the conversation's state while this instance's turn is running. */
type Interference = (context: TurnContext, attempt: number) => Promise<void>;

/**
 * Counts the turns of the conversation in its dialog state and says which turn and which attempt it is; in between
 * it lets the "other instance" interfere, so the test decides exactly when a save is overtaken.
 */
class CountingDialog extends Dialog {
  /** Attempts per activity id: a turn run again keeps its activity. */
  private readonly attempts = new Map<string, number>();
  interference: Interference = async () => undefined;

  constructor() {
    super('counting');
  }

  beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    return this.countTurn(dc);
  }

  continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    return this.countTurn(dc);
  }

  private async countTurn(dc: DialogContext): Promise<DialogTurnResult> {
    const activityId = dc.context.activity.id ?? '';
    const attempt = (this.attempts.get(activityId) ?? 0) + 1;
    this.attempts.set(activityId, attempt);
    const state = dc.activeDialog?.state as { turns?: number };
    state.turns = (state.turns ?? 0) + 1;
    await dc.context.sendActivity(`turn ${state.turns}, attempt ${attempt}`);
    await this.interference(dc.context, attempt);
    return Dialog.EndOfTurn;
  }
}

let azurite: Azurite;
let connector: FakeConnector;
let bot: RunningBot;
const dialog = new CountingDialog();
/** The other instance's handle on the same container. */
let otherInstance: BlobStorage;

beforeAll(async () => {
  [azurite, connector] = await Promise.all([Azurite.start(), FakeConnector.start()]);
  bot = await startBotServer({ ...FAST_TYPING, STORAGE: 'blob', BLOB_CONNECTION_STRING: azurite.connectionString, BLOB_CONTAINER: CONTAINER }, { dialog });
  otherInstance = new BlobStorage({ connectionString: azurite.connectionString, container: CONTAINER });
}, 60_000);

afterAll(async () => {
  await bot?.close();
  await connector?.close();
  await azurite?.dispose();
});

beforeEach(() => {
  dialog.interference = async () => undefined;
});

const newConversation = () => new ChannelConversation({ botUrl: bot.url, connector, locale: 'en-US' });
/** The conversation's storage key, as ConversationState makes it (its format is botbuilder's business). */
const stateKey = (chat: ChannelConversation): string =>
  new ConversationState(new MemoryStorage()).getStorageKey({
    activity: { channelId: chat.channelId, conversation: { id: chat.conversationId } },
  } as TurnContext) ?? '';

/** Saves a mark into the conversation's state the way another instance would: read, change, write with the eTag read. */
async function saveFromOtherInstance(chat: ChannelConversation, mark: number): Promise<void> {
  const key = stateKey(chat);
  const stored = (await otherInstance.read([key]))[key];
  await otherInstance.write({ [key]: { ...stored, otherInstance: mark } });
}

const storedState = async (chat: ChannelConversation) => (await otherInstance.read([stateKey(chat)]))[stateKey(chat)];

describe('a turn whose state was saved meanwhile by another instance', () => {
  it('runs again on that state, and the user sees only the answer of the attempt that was saved', async () => {
    const chat = newConversation();
    dialog.interference = async (_context, attempt) => {
      if (attempt === 1) await saveFromOtherInstance(chat, 1);
    };
    // The first turn finds no state, so the other instance's save is a creation: the bot's own creation must lose.
    expect((await chat.say('hello')).messages.map((message) => message.text)).toEqual(['turn 1, attempt 2']);
    expect(await storedState(chat)).toMatchObject({ otherInstance: 1 });

    // Later turns overwrite a stored version: the same rule applies.
    dialog.interference = async (_context, attempt) => {
      if (attempt === 1) await saveFromOtherInstance(chat, 2);
    };
    expect((await chat.say('hello again')).messages.map((message) => message.text)).toEqual(['turn 2, attempt 2']);
    dialog.interference = async () => undefined;
    expect((await chat.say('and again')).messages.map((message) => message.text)).toEqual(['turn 3, attempt 1']);
    expect(await storedState(chat)).toMatchObject({ otherInstance: 2 });
  });

  it('apologises after three lost attempts and keeps what the other instance saved', async () => {
    const chat = newConversation();
    await chat.say('hello');
    dialog.interference = (_context, attempt) => saveFromOtherInstance(chat, attempt);

    expect((await chat.say('hello again')).messages.map((message) => message.text)).toEqual([texts.en.errorApology]);
    const stored = await storedState(chat);
    expect(stored).toMatchObject({ otherInstance: 3 });
    // Not reset: the other instance's turn counted, so the next one of this conversation is its third.
    dialog.interference = async () => undefined;
    expect((await chat.say('and again')).messages.map((message) => message.text)).toEqual(['turn 2, attempt 1']);
  });
});

describe('turns of one conversation at once in one process, state in memory', () => {
  let memoryBot: RunningBot;
  beforeAll(async () => {
    memoryBot = await startBotServer(FAST_TYPING);
  }, 60_000);
  afterAll(() => memoryBot?.close());

  it('runs them one after the other, so each of three "next" sent at once moves one step', async () => {
    const chat = new ChannelConversation({ botUrl: memoryBot.url, connector, conversationId: randomUUID(), locale: 'en-US' });
    await chat.say(texts.en.starters.procedure);
    const turns = await Promise.all([sayNext(chat, 'en'), sayNext(chat, 'en'), sayNext(chat, 'en')]);
    expect(turns.map((turn) => stepsShown(turn, 'en')).flat().sort((x, y) => x - y)).toEqual([1, 2, 3]);
    expect(stepsShown(await sayNext(chat, 'en'), 'en')).toEqual([4]);
  });
});
