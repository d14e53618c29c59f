import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pino from 'pino';
import { createBotApp } from '../../bot/app';
import { parseConfig } from '../../bot/config';
import { ChatSession } from '../../scripts/chatSession';
import { describeRequest, replayTranscript, sessionOptionsOf, TranscriptActivity, transcriptSchema } from '../../scripts/transcript';

/**
 * Every .transcript file in this folder (saved from the Bot Framework Emulator, or recorded with
 * `npm run transcript:record`) is played again against the bot: the user's side is sent, and the bot's replies must
 * show the same text, buttons, cards and chosen answers as the file. Ids, timestamps and scores do not count.
 */
const TRANSCRIPTS = readdirSync(__dirname).filter((file) => file.endsWith('.transcript')).sort();

// One bot for every transcript: each replays in a conversation of its own, so they cannot see each other's state.
const app = createBotApp(parseConfig({ LOG_LEVEL: 'silent' }), { logger: pino({ level: 'silent' }) });

function readTranscript(file: string): TranscriptActivity[] {
  return transcriptSchema.parse(JSON.parse(readFileSync(join(__dirname, file), 'utf8')));
}

describe('recorded conversations (test/transcripts/*.transcript)', () => {
  it('covers the main flows: at least 12 transcripts', () => {
    expect(TRANSCRIPTS.length).toBeGreaterThanOrEqual(12);
  });

  it.each(TRANSCRIPTS)('%s replays with the same replies', async (file) => {
    const activities = readTranscript(file);
    for await (const { turn, expected, actual } of replayTranscript(new ChatSession(app.bot, sessionOptionsOf(activities)), activities)) {
      try {
        expect(actual).toEqual(expected);
      } catch (error) {
        // Says which turn differs before jest's diff ("- Expected" = the transcript, "+ Received" = the bot now).
        (error as Error).message = `${file}, turn ${turn.number}: the user ${describeRequest(turn.request)}\n\n${(error as Error).message}`;
        throw error;
      }
    }
  });
});
