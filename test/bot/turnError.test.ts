import { Dialog, DialogContext, DialogTurnResult } from 'botbuilder-dialogs';
import { join, resolve } from 'node:path';
import { Matcher } from '../../dialogs/dialogDependencies';
import { MainDialog } from '../../dialogs/mainDialog';
import { KnowledgeMatcher } from '../../knowledge/knowledgeMatcher';
import { loadKnowledge } from '../../knowledge/loader';
import { loadTexts } from '../../knowledge/texts';
import { RunningBot, startBotServer } from '../support/botServer';
import { ChannelConversation } from '../support/channelConversation';
import { FakeConnector } from '../support/fakeConnector';

const projectRoot = resolve(__dirname, '../..');
const knowledge = loadKnowledge(join(projectRoot, 'knowledge/content'));
const texts = loadTexts(join(projectRoot, 'knowledge/texts'));

/** Counts the turns of its conversation in dialog state ("turn 3"), and fails on the message "fail". */
class TurnCounterDialog extends Dialog {
  constructor() {
    super('turnCounter');
  }

  beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    return this.onTurn(dc);
  }

  continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    return this.onTurn(dc);
  }

  private async onTurn(dc: DialogContext): Promise<DialogTurnResult> {
    if (dc.context.activity.text === 'fail') throw new Error('the dialog failed on purpose');
    const state = dc.activeDialog?.state as { turns?: number };
    state.turns = (state.turns ?? 0) + 1;
    await dc.context.sendActivity(`turn ${state.turns}`);
    return Dialog.EndOfTurn;
  }
}

let connector: FakeConnector;
const running: RunningBot[] = [];

beforeAll(async () => {
  connector = await FakeConnector.start();
});

afterAll(async () => {
  await Promise.all(running.map((bot) => bot.close()));
  await connector.close();
});

async function startWith(dialog: Dialog): Promise<RunningBot> {
  const bot = await startBotServer({}, { dialog });
  running.push(bot);
  return bot;
}

describe('a turn that fails', () => {
  it('apologises, sends the error trace to the Emulator, clears the conversation state, and the next turn works', async () => {
    const bot = await startWith(new TurnCounterDialog());
    const chat = new ChannelConversation({ botUrl: bot.url, connector, channelId: 'emulator', locale: 'en-US' });
    expect((await chat.say('one')).messages.map((m) => m.text)).toEqual(['turn 1']);
    expect((await chat.say('two')).messages.map((m) => m.text)).toEqual(['turn 2']);

    const failed = await chat.say('fail');
    expect(failed.status).toBe(200);
    expect(failed.messages.map((m) => m.text)).toEqual([texts.en.errorApology]);
    expect(failed.replies).toContainEqual(
      expect.objectContaining({ type: 'trace', name: 'OnTurnError Trace', label: 'TurnError', value: expect.stringContaining('the dialog failed on purpose') }),
    );

    // The count starts again: the state that led to the error is gone.
    expect((await chat.say('three')).messages.map((m) => m.text)).toEqual(['turn 1']);
  });

  it('keeps the error details away from other channels: the user only sees the apology', async () => {
    const bot = await startWith(new TurnCounterDialog());
    const failed = await new ChannelConversation({ botUrl: bot.url, connector, channelId: 'directline' }).say('fail');
    expect(failed.replies.map((reply) => [reply.type, reply.text])).toEqual([['message', texts.en.errorApology]]);
  });

  it("apologises in the conversation's language, even for a message with no language of its own", async () => {
    const realMatcher = KnowledgeMatcher.fromKnowledge(knowledge);
    const matcher: Matcher = {
      match(text, language) {
        if (text === '12345') throw new Error('the matcher failed on purpose');
        return realMatcher.match(text, language);
      },
    };
    const bot = await startWith(new MainDialog({ knowledge, matcher, texts }));
    const chat = new ChannelConversation({ botUrl: bot.url, connector, locale: 'en-US' });

    expect((await chat.say('社会保障有哪三个功能？')).messages[0].text).toContain(knowledge.get('functions')?.zh.answer);
    expect((await chat.say('12345')).messages.map((m) => m.text)).toEqual([texts.zh.errorApology]);
    expect((await chat.say('What are the three functions of social security?')).messages[0].text).toContain(
      knowledge.get('functions')?.en.answer,
    );
  });
});
