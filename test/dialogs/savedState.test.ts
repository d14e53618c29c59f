import { MemoryStorage } from 'botbuilder';
import { MainDialog } from '../../dialogs/mainDialog';
import { NewSupportEvent } from '../../knowledge/unansweredEvents';
import { Chat } from './support/chat';
import { answerOf, entry, knowledge, realMatcher, resumeTitle, stepText, texts } from './support/assistant';

// Conversation state as the bot saved it while AnswerDialog, WalkthroughDialog and DidYouMeanDialog were
// ComponentDialogs, each running a two-step waterfall (before commit "Dialogs under MainDialog are plain Dialogs").
// A conversation stored then (STORAGE=blob keeps it across deployments) must go on where it was.
const WAITING_FOR_A_FOLLOW_UP = {
  dialogState: {
    dialogStack: [
      {
        id: 'mainDialog',
        state: {
          dialogs: {
            dialogStack: [
              {
                id: 'answerDialog',
                state: {
                  dialogs: {
                    dialogStack: [
                      {
                        id: 'answerDialog.answerAndListen',
                        state: { options: { entryId: 'functions' }, values: { instanceId: 'c783c2d4-d18f-4d22-b04d-8c21aa731647' }, stepIndex: 0 },
                      },
                    ],
                  },
                },
                version: '439353804',
              },
            ],
          },
          memory: { language: 'en', answerForFeedback: 'functions' },
        },
        version: '-701610353',
      },
    ],
  },
  eTag: '1',
};

const AT_STEP_ONE = {
  dialogState: {
    dialogStack: [
      {
        id: 'mainDialog',
        state: {
          dialogs: {
            dialogStack: [
              {
                id: 'walkthroughDialog',
                state: {
                  dialogs: {
                    dialogStack: [
                      {
                        id: 'walkthroughDialog.showAndListen',
                        state: {
                          options: { position: 0, command: { kind: 'next' } },
                          values: { instanceId: '068c98b2-7e03-4782-9e40-10c8df3ecef2', position: 1 },
                          stepIndex: 0,
                        },
                      },
                    ],
                  },
                },
                version: '1801883987',
              },
            ],
          },
          memory: { language: 'en' },
        },
        version: '-701610353',
      },
    ],
  },
  eTag: '2',
};

const OFFERING_GUESSES = {
  dialogState: {
    dialogStack: [
      {
        id: 'mainDialog',
        state: {
          dialogs: {
            dialogStack: [
              {
                id: 'didYouMeanDialog',
                state: {
                  dialogs: {
                    dialogStack: [
                      {
                        id: 'didYouMeanDialog.offerAndListen',
                        state: {
                          options: { entryIds: ['article64-funds', 'article64-full'] },
                          values: { instanceId: '6d4d6ae2-120f-4f81-ba80-6cfdf9df2da1', clarificationId: 'b0c8ec04-d9ad-410b-bb6f-205a537641e7' },
                          stepIndex: 0,
                        },
                      },
                    ],
                  },
                },
                version: '-1638864801',
              },
            ],
          },
          memory: { language: 'en' },
        },
        version: '-701610353',
      },
    ],
  },
  eTag: '1',
};

// As the bot saved it while MainDialog was a ComponentDialog holding its plain Dialogs on an inner dialog stack (before
// commit "MainDialog holds its listening dialog in its own state").
const FOLLOW_UPS_ON_AN_INNER_STACK = {
  dialogState: {
    dialogStack: [
      {
        id: 'mainDialog',
        state: {
          dialogs: { dialogStack: [{ id: 'answerDialog', state: { entryId: 'functions' } }] },
          memory: { language: 'en', answerForFeedback: 'functions' },
        },
        version: '-701610353',
      },
    ],
  },
  eTag: '1',
};

function listeningWith(id: string, state: object) {
  return { dialogState: { dialogStack: [{ id: 'mainDialog', state: { dialogs: { dialogStack: [{ id, state }] }, memory: { language: 'en' } } }] } };
}

function chatSavedAs(state: object, recorded: NewSupportEvent[] = []): Chat {
  // The key botbuilder's ConversationState gives the Chat's conversation.
  const storage = new MemoryStorage({ 'test/conversations/conversation-1/': JSON.stringify(state) });
  const questionLog = { record: async (event: NewSupportEvent) => void recorded.push(event) };
  return new Chat(new MainDialog({ knowledge, texts, matcher: realMatcher(), questionLog }), { storage });
}

describe('a conversation saved while the dialogs were ComponentDialogs', () => {
  it('takes "the 2nd" as the second item of the answer it was waiting after', async () => {
    const turn = await chatSavedAs(WAITING_FOR_A_FOLLOW_UP).say('the 2nd');
    const second = entry('functions').items[1];
    expect(turn.messages.map((message) => message.text)).toEqual([answerOf(second, 'en')]);
    expect(turn.traces.map((trace) => [trace.answerId, trace.score])).toEqual([[second, 1]]);
  });

  it('goes on with the walkthrough from the step it was at', async () => {
    const chat = chatSavedAs(AT_STEP_ONE);
    expect((await chat.reply('next')).text).toBe(stepText(2, 'en'));
    expect((await chat.reply('next')).text).toBe(stepText(3, 'en'));
  });

  it('pauses the walkthrough at that step when asked something else', async () => {
    const { buttons } = await chatSavedAs(AT_STEP_ONE).reply('What are the three functions of social security?');
    expect(buttons[buttons.length - 1]).toBe(resumeTitle(1, 'en'));
  });

  it('answers the guess picked from the offer, recorded under the offer it was', async () => {
    const recorded: NewSupportEvent[] = [];
    const message = await chatSavedAs(OFFERING_GUESSES, recorded).reply('2');
    expect(message.text).toBe(answerOf('article64-full', 'en'));
    expect(recorded).toEqual([
      { type: 'clarified', language: 'en', clarificationId: 'b0c8ec04-d9ad-410b-bb6f-205a537641e7', outcome: 'picked', picked: 'article64-full' },
    ]);
  });
});

describe('a conversation saved while MainDialog was a ComponentDialog', () => {
  it('takes "the 2nd" as the second item of the answer it was waiting after', async () => {
    const turn = await chatSavedAs(FOLLOW_UPS_ON_AN_INNER_STACK).say('the 2nd');
    const second = entry('functions').items[1];
    expect(turn.messages.map((message) => message.text)).toEqual([answerOf(second, 'en')]);
  });

  it('still takes Helpful as feedback on that answer', async () => {
    const recorded: NewSupportEvent[] = [];
    await chatSavedAs(FOLLOW_UPS_ON_AN_INNER_STACK, recorded).reply('Helpful');
    expect(recorded).toEqual([{ type: 'feedback', language: 'en', answerId: 'functions', helpful: true }]);
  });
});

describe('a conversation saved listening with a dialog the bot no longer has', () => {
  it('answers the next message as a new question', async () => {
    const message = await chatSavedAs(listeningWith('retiredDialog', { anything: 1 })).reply('What are the three functions of social security?');
    expect(message.text).toBe(answerOf('functions', 'en'));
  });
});
