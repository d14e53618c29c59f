import { readFileSync } from 'node:fs';
import pino from 'pino';
import { createBotApp } from '../../bot/app';
import { parseConfig } from '../../bot/config';
import { ChatSession } from '../../scripts/chatSession';
import { replayTranscript, sessionOptionsOf, TranscriptActivity, transcriptSchema, transcriptTurns } from '../../scripts/transcript';

const app = createBotApp(parseConfig({ LOG_LEVEL: 'silent' }), { logger: pino({ level: 'silent' }) });
const recorded = transcriptSchema.parse(JSON.parse(readFileSync('test/transcripts/interruption-resume.en.transcript', 'utf8')));

/**
 * The same conversation as the Bot Framework Emulator saves it: its own ids for the user, the bot and the
 * conversation, local timestamps, client capabilities, the bot listed first among the members, and the
 * "Bot State" trace botbuilder-dialogs sends the Emulator after each turn.
 */
function asSavedByTheEmulator(activities: TranscriptActivity[]): TranscriptActivity[] {
  const user = { id: '1ce384f1-8322-4546-bf5e-fcc2723eab1d', name: 'User', role: 'user' };
  const bot = { id: '86f1de30-de1c-11ea-8037-9fd05751be53', name: 'Bot', role: 'bot' };
  return activities.flatMap((activity, index) => {
    const fromBot = activity.from.role === 'bot';
    const saved = {
      ...activity,
      id: `emulator-${index}`,
      localTimestamp: '2025-03-01T18:50:42+08:00',
      serviceUrl: 'https://d631e5fc3c36.ngrok.io',
      conversation: { id: '83fa1400-e127-11ea-8037-9fd05751be53|livechat' },
      from: fromBot ? bot : user,
      recipient: fromBot ? user : bot,
      ...(activity.membersAdded && { membersAdded: [bot, user] }),
      ...(!fromBot && activity.type === 'message' && { entities: [{ type: 'ClientCapabilities', requiresBotState: true }] }),
      ...(activity.name === 'Intent match' && { value: { ...(activity.value as object), score: 0.123, top3: [] } }),
    };
    const stateTrace = { type: 'trace', from: bot, valueType: 'https://www.botframework.com/schemas/botState', value: { random: String(index) } };
    return fromBot && activity.type === 'message' ? [saved, stateTrace] : [saved];
  });
}

async function differences(activities: TranscriptActivity[]) {
  const found: number[] = [];
  for await (const { turn, expected, actual } of replayTranscript(new ChatSession(app.bot, sessionOptionsOf(activities)), activities)) {
    if (JSON.stringify(expected) !== JSON.stringify(actual)) found.push(turn.number);
  }
  return found;
}

describe('replaying a transcript', () => {
  it('accepts a transcript saved by the Emulator: other ids, state traces and scores do not count', async () => {
    expect(await differences(asSavedByTheEmulator(recorded))).toEqual([]);
  });

  it('notices a changed answer, button or chosen entry, and says in which turn', async () => {
    const changed = structuredClone(recorded);
    const answerWithButtons = changed.filter((activity) => activity.from.role === 'bot' && activity.type === 'message')[2];
    (answerWithButtons.suggestedActions as { actions: Array<{ title: string }> }).actions[0].title = 'Something else';
    expect(await differences(changed)).toEqual([3]);
    const trace = changed.find((activity) => activity.name === 'Intent match');
    (trace?.value as { answerId: string }).answerId = 'step-4';
    expect(await differences(changed)).toEqual([2, 3]);
  });

  it('needs the user to speak first', () => {
    expect(() => transcriptTurns([{ type: 'message', from: { id: 'b', role: 'bot' } }])).toThrow('activity 1 is from the bot, before anything from the user');
  });
});
