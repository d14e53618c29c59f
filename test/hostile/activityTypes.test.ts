import { join, resolve } from 'node:path';
import { loadTexts } from '../../knowledge/texts';
import { ACTIVITY_TYPE_CASES, SCHEMA_ACTIVITY_TYPES } from './cases/activityTypes';
import { BotUnderAttack, startBotUnderAttack } from './support/botUnderAttack';

const texts = loadTexts(join(resolve(__dirname, '../..'), 'knowledge/texts'));

let target: BotUnderAttack;

beforeAll(async () => {
  target = await startBotUnderAttack();
});

afterAll(() => target.close());

const errorLines = () => target.logs.lines().filter((line) => (line.level as number) >= 50);

describe('every activity type of the schema', () => {
  it('is covered by the cases', () => {
    const covered = new Set(ACTIVITY_TYPE_CASES.map((testCase) => testCase.activity.type));
    expect(SCHEMA_ACTIVITY_TYPES.filter((type) => !covered.has(type))).toEqual([]);
  });

  it.each(ACTIVITY_TYPE_CASES.map((testCase) => [testCase.activity.type, JSON.stringify(testCase.activity), testCase] as const))(
    '%s %s is handled or ignored without error',
    async (_type, _json, { activity, status, replies }) => {
      const turn = await target.conversation().send(activity);
      expect(turn.status).toBe(status);
      expect(turn.messages.map((message) => message.text)).not.toContain(texts.en.errorApology);
      expect(turn.messages.length > 0).toBe(replies);
      expect(errorLines()).toEqual([]);
      expect(target.logs.turns().at(-1)).toMatchObject({ activityType: activity.type, outcome: expect.not.stringMatching(/^failed$/) });
    },
  );

  it('leaves the conversation working: a question after all of them is answered', async () => {
    const chat = target.conversation();
    for (const { activity } of ACTIVITY_TYPE_CASES) await chat.send(activity);
    const { messages } = await chat.say('What are the three functions of social security?');
    expect(messages).toHaveLength(1);
    expect(messages[0].text).toMatch(/stabiliz|redistribut|develop/i);
    expect(errorLines()).toEqual([]);
  });
});
