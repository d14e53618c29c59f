import { Activity, ConversationState, MemoryStorage, TestAdapter, UserState } from 'botbuilder';
import { WaterfallDialog } from 'botbuilder-dialogs';
import { AssistantBot } from '../../bot/assistantBot';

/** A dialog that repeats what it was given, so the tests see the text the bot handed to the dialogs. */
const echoDialog = new WaterfallDialog('echo', [
  async (step) => {
    await step.context.sendActivity(`dialog got: ${step.context.activity.text}`);
    return step.endDialog();
  },
]);

const botAccount = { id: 'bot-id', name: 'Assistant' };
const userAccount = { id: 'user-id', name: 'Mei' };

function setUp(storage = new MemoryStorage()) {
  const bot = new AssistantBot({
    conversationState: new ConversationState(storage),
    userState: new UserState(storage),
    dialog: echoDialog,
    sendWelcome: async (context) => {
      await context.sendActivity(`welcome (${context.activity.locale ?? 'no locale'})`);
    },
  });
  const adapter = new TestAdapter((context) => bot.run(context));
  /** Sends one activity and returns the texts the bot answered with. */
  const send = async (activity: Partial<Activity>): Promise<string[]> => {
    await adapter.processActivity({ recipient: botAccount, from: userAccount, ...activity });
    return adapter.activeQueue.splice(0).map((reply) => reply.text ?? `(${reply.type})`);
  };
  return { send };
}

describe('AssistantBot', () => {
  it('hands the typed text to the dialog', async () => {
    const { send } = setUp();
    expect(await send({ type: 'message', text: 'how do I certify my mother' })).toEqual(['dialog got: how do I certify my mother']);
  });

  it("removes the bot's own @mention but keeps other mentions, as @Name", async () => {
    const { send } = setUp();
    const replies = await send({
      type: 'message',
      text: '<at>Assistant</at> what are the functions, asks <at>Li</at>',
      entities: [
        { type: 'mention', mentioned: botAccount, text: '<at>Assistant</at>' },
        { type: 'mention', mentioned: { id: 'li-id', name: 'Li' }, text: '<at>Li</at>' },
      ],
    });
    expect(replies).toEqual(['dialog got: what are the functions, asks @Li']);
  });

  it.each([
    ['an Adaptive Card Action.Submit with a text field', { text: 'Next' }],
    ['an Action.Submit whose data names the choice as value', { value: 'Next', action: 'navigate' }],
    ['a postBack that carries a plain string', 'Next'],
  ])('turns a click on %s into the text of the button', async (_name, value) => {
    const { send } = setUp();
    expect(await send({ type: 'message', value })).toEqual(['dialog got: Next']);
  });

  it('prefers what a messageBack button put in the text over its value', async () => {
    const { send } = setUp();
    expect(await send({ type: 'message', text: 'All steps', value: { text: 'something else' } })).toEqual(['dialog got: All steps']);
  });

  it('welcomes a user who joins, in one message, but not the bot itself', async () => {
    const { send } = setUp();
    expect(await send({ type: 'conversationUpdate', membersAdded: [userAccount, botAccount], locale: 'zh-CN' })).toEqual([
      'welcome (zh-CN)',
    ]);
    expect(await send({ type: 'conversationUpdate', membersAdded: [botAccount] })).toEqual([]);
  });

  const teamsInstall: Partial<Activity> = { type: 'installationUpdate', action: 'add', channelId: 'msteams' };
  const teamsMemberAdded: Partial<Activity> = { type: 'conversationUpdate', membersAdded: [userAccount], channelId: 'msteams' };
  it.each([
    ['installationUpdate first', teamsInstall, teamsMemberAdded],
    ['membersAdded first', teamsMemberAdded, teamsInstall],
  ])('greets once when Teams announces the same user through installationUpdate and membersAdded (%s)', async (_order, first, second) => {
    const { send } = setUp();
    expect(await send({ ...first })).toEqual(['welcome (no locale)']);
    expect(await send({ ...second })).toEqual([]);
    expect(await send({ type: 'installationUpdate', action: 'add-upgrade', channelId: 'msteams' })).toEqual([]);
  });

  it('forgets the conversation when the channel asks it to delete the user data', async () => {
    const { send } = setUp();
    await send({ type: 'conversationUpdate', membersAdded: [userAccount, botAccount] });
    expect(await send({ type: 'deleteUserData' })).toEqual([]);
    // Whom it had welcomed was part of what it kept: a returning member is a newcomer again.
    expect(await send({ type: 'conversationUpdate', membersAdded: [userAccount] })).toEqual(['welcome (no locale)']);
  });

  it('still welcomes a member who joins the conversation later', async () => {
    const { send } = setUp();
    await send({ type: 'conversationUpdate', membersAdded: [userAccount, botAccount] });
    expect(await send({ type: 'conversationUpdate', membersAdded: [{ id: 'newcomer', name: 'Wang' }] })).toEqual([
      'welcome (no locale)',
    ]);
  });

  it.each(['typing', 'event', 'messageReaction', 'endOfConversation', 'installationUpdate', 'somethingNew'])(
    'ignores a %s activity without error',
    async (type) => {
      const { send } = setUp();
      expect(await send({ type, action: 'remove', name: 'someEvent' })).toEqual([]);
    },
  );

  it('saves the conversation state after the turn: a second bot on the same storage does not greet again', async () => {
    const storage = new MemoryStorage();
    await setUp(storage).send({ type: 'conversationUpdate', membersAdded: [userAccount] });
    expect(await setUp(storage).send({ type: 'conversationUpdate', membersAdded: [userAccount] })).toEqual([]);
  });
});
