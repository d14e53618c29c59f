// npm run chat: talk to the bot in a terminal, the same bot as the server runs, without a channel or the Emulator.
import { Activity, ActivityTypes } from 'botbuilder';
import { readFileSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import type { Readable, Writable } from 'node:stream';
import { z } from 'zod';
import pino from 'pino';
import { createBotApp } from '../bot/app';
import { loadEnvFile, parseConfig } from '../bot/config';
import { FOLLOW_UP_TRACE_VALUE_TYPE, FollowUpTrace, IntentTrace, INTENT_TRACE_VALUE_TYPE } from '../dialogs/intentTrace';
import { ARTICLE_PARAGRAPH_COUNT } from '../knowledge/articleParagraphs';
import type { Refusal } from '../knowledge/matcher/types';
import { buttonsOf, ChatSession, OfferedButton } from './chatSession';
import { CommandOutput, processOutput, runCommand, UsageError } from './commandLine';
import { describeRequest, isStateSnapshot, replayTranscript, sessionOptionsOf, TranscriptActivity, transcriptSchema } from './transcript';

const USAGE = `Usage: npm run -s chat -- [--locale zh-CN] [--trace] [--channel ID] [--conversation-type T] [--save FILE]
       npm run -s transcript:record -- FILE [--locale zh-CN] [--replay TRANSCRIPT]

  --locale L              the user's locale, which decides the first language (default en-US)
  --trace                 show why each answer was chosen: intent, score, top candidates (the Emulator's trace)
  --channel ID            the channel the bot believes it talks to (default emulator; msteams shows Teams cards)
  --conversation-type T   Teams: personal (default), groupChat or channel; a message that begins with
                          <at>Name</at> mentions the bot, and in a channel or group chat, as in Teams,
                          only messages that mention it (and button clicks) reach it
  --save FILE             write the conversation to FILE as a .transcript (the Emulator's format) at the end
  --replay TRANSCRIPT     say what the user said in TRANSCRIPT instead of reading the keyboard (with --save,
                          this records a transcript again after an intended change of the answers)
  --help                  print this text

Type a question. A reply's buttons are numbered: /1 clicks the first one; /value {"text":"Next"} sends a card
click that carries only a value. /quit (or Ctrl-D) ends the chat.
The bot reads .env like npm run dev does, so KNOWLEDGE_WATCH and UNANSWERED_LOG apply here too.`;

const BUTTON_COMMAND = /^\/(\d+)$/;
const VALUE_COMMAND = /^\/value\s+(.+)$/;
const QUIT_COMMAND = /^\/(?:quit|exit|q)$/;

const NOT_DELIVERED_NOTE = 'channel or group chat the bot gets only the messages that @mention it: start with <at>Bot</at>';

const indentLines = (text: string, prefix: string) => text.split('\n').join(`\n${prefix}`);

function describeRefusal(refusal: Refusal): string {
  switch (refusal.reason) {
    case 'unknownReferences':
      return refusal.references.map(({ kind, number, law }) => `, no ${kind} ${number}${law ? ` of ${law}` : ''} in the knowledge`).join('');
    case 'otherLaws':
      return `, names ${refusal.names.join(' and ')}, a law the knowledge does not know`;
    case 'otherApps':
      return `, asks about ${refusal.names.join(' and ')}, not Alipay`;
    case 'alipayMatters':
      return `, asks about Alipay itself (${refusal.names.join(', ')}), not the certification`;
    case 'uncoveredTopics':
      return `, asks about ${refusal.names.join(' and ')}, which the sources do not cover`;
    case 'tooLong':
      return `, longer than the ${refusal.limit} characters the bot reads`;
  }
}

function describeParagraphs(paragraphs: readonly number[]): string {
  const missing = paragraphs.find((paragraph) => paragraph < 1 || paragraph > ARTICLE_PARAGRAPH_COUNT);
  if (missing !== undefined && missing < 1) return ', before the first paragraph: the article in full';
  if (missing !== undefined) return `, no paragraph ${missing} in the article: the article in full`;
  return `, ${paragraphs.length > 1 ? 'paragraphs' : 'paragraph'} ${paragraphs.join(' and ')} quoted alone`;
}

function describeTrace(trace: IntentTrace): string {
  const top = trace.top3.map(({ intent, score }) => `${intent} ${score.toFixed(2)}`).join(', ');
  const misspellings = (trace.misspellings ?? []).map(({ word, readAs }) => `, read "${word}" as "${readAs}"`).join('');
  const outcome = trace.answerId ?? (trace.decision === 'clarify' ? 'did you mean' : "can't answer");
  const refused = (trace.questionsRefused ?? []).map((question) => `“${question}”`).join(', ');
  const why =
    `${misspellings}${trace.refusal ? describeRefusal(trace.refusal) : ''}${trace.paragraphs ? describeParagraphs(trace.paragraphs) : ''}` +
    `${refused ? `; not answered: ${refused}, beyond the sources` : ''}`;
  const match = `intent ${trace.intent ?? 'none'} (${trace.score.toFixed(2)}, ${trace.language}), top: ${top}`;
  // One answer of several: which question it answers first, the match being the whole message's.
  if (trace.question) return `     · question ${trace.question.number} of ${trace.question.of} → ${outcome}${why}; the message: ${match}`;
  // Taken by a walkthrough command, not by a match: its 1.00 is no score.
  if (trace.readBy) return `     · ${trace.readBy} (${trace.language}) → ${outcome}${why}`;
  return `     · ${match} → ${outcome}${why}`;
}

function describeFollowUp(trace: FollowUpTrace): string {
  return `     · ${trace.readBy} (${trace.language}) → ${trace.answerId ?? 'nothing from the knowledge'}`;
}

/** One reply as the terminal shows it; undefined for what a user would not see (and traces unless asked for). */
export function describeReply(activity: Partial<Activity>, showTraces: boolean): string | undefined {
  if (activity.type === ActivityTypes.Trace && activity.valueType === INTENT_TRACE_VALUE_TYPE) {
    return showTraces ? describeTrace(activity.value as IntentTrace) : undefined;
  }
  if (activity.type === ActivityTypes.Trace && activity.valueType === FOLLOW_UP_TRACE_VALUE_TYPE) {
    return showTraces ? describeFollowUp(activity.value as FollowUpTrace) : undefined;
  }
  if (activity.type !== ActivityTypes.Message) return undefined;
  const buttons = buttonsOf(activity).map((button, index) => `[/${index + 1}] ${button.title}`);
  const text = `bot> ${indentLines(activity.text ?? '', '     ')}`;
  return buttons.length ? `${text}\n     ${buttons.join('  ')}` : text;
}

export interface ChatOptions {
  session: ChatSession;
  input: Readable;
  output: Writable;
  trace?: boolean;
}

/** What a line typed in the chat sends: text, a click on a numbered button, or a card click with a value. */
function requestOf(typed: string, buttons: readonly OfferedButton[], session: ChatSession): { activity: Partial<Activity>; note?: string } | { problem: string } {
  const click = BUTTON_COMMAND.exec(typed);
  if (click) {
    const button = buttons[Number(click[1]) - 1];
    if (!button) return { problem: `(no button ${click[1]}; the last reply has ${buttons.length})` };
    return { activity: { type: ActivityTypes.Message, text: button.value }, note: `(clicked "${button.title}")` };
  }
  const value = VALUE_COMMAND.exec(typed);
  if (value) {
    try {
      return { activity: { type: ActivityTypes.Message, value: JSON.parse(value[1]) } };
    } catch {
      return { problem: '(/value needs JSON, such as /value {"text":"Next"})' };
    }
  }
  if (!session.receives(typed)) return { problem: `(not sent: in a Teams ${NOT_DELIVERED_NOTE})` };
  return { activity: { type: ActivityTypes.Message, text: typed } };
}

/** The chat loop: the welcome first, then one turn per line of input, until /quit or the end of the input. */
export async function runChat({ session, input, output, trace = false }: ChatOptions): Promise<void> {
  let buttons: OfferedButton[] = [];
  const show = (replies: Activity[]) => {
    for (const reply of replies) {
      const line = describeReply(reply, trace);
      if (line !== undefined) output.write(`${line}\n`);
      if (reply.type === ActivityTypes.Message) buttons = buttonsOf(reply);
    }
  };
  // A person at a terminal gets a prompt; piped input is echoed instead, so the output reads as a conversation.
  const interactive = (input as Readable & { isTTY?: boolean }).isTTY === true;
  const prompt = () => {
    if (interactive) output.write('you> ');
  };

  show((await session.join()).replies);
  const lines = createInterface({ input, terminal: false });
  prompt();
  for await (const line of lines) {
    const typed = line.trim();
    if (!interactive) output.write(`you> ${typed}\n`);
    if (QUIT_COMMAND.test(typed)) break;
    const request = typed ? requestOf(typed, buttons, session) : undefined;
    if (request && 'problem' in request) output.write(`${request.problem}\n`);
    else if (request) {
      if (request.note) output.write(`     ${request.note}\n`);
      show((await session.send(request.activity)).replies);
    }
    prompt();
  }
  lines.close();
  if (interactive) output.write('\n');
}

/** Plays the user's side of a recorded transcript, showing the bot's replies as the chat does. */
async function showReplay(session: ChatSession, transcript: readonly TranscriptActivity[], output: Writable, trace: boolean) {
  for await (const { turn, replies } of replayTranscript(session, transcript)) {
    output.write(`you> ${describeRequest(turn.request)}\n`);
    for (const line of replies.map((reply) => describeReply(reply, trace))) if (line !== undefined) output.write(`${line}\n`);
  }
}

function parseOptions(args: string[]) {
  try {
    return parseArgs({
      args,
      options: {
        locale: { type: 'string' },
        trace: { type: 'boolean', default: false },
        channel: { type: 'string' },
        'conversation-type': { type: 'string' },
        save: { type: 'string' },
        replay: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }).values;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function readTranscript(file: string): TranscriptActivity[] {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`cannot read the transcript ${file}: ${(error as Error).message}`);
  }
  const result = transcriptSchema.safeParse(data);
  if (!result.success) throw new UsageError(`${file} is not a transcript: ${z.prettifyError(result.error)}`);
  return result.data;
}

/** The whole command: the bot built from .env and the environment exactly as the server builds it. */
export function chat(args: string[], output: CommandOutput = processOutput): Promise<number> {
  return runCommand(
    async () => {
      const options = parseOptions(args);
      if (options.help) return output.out(USAGE);
      const replayed = options.replay === undefined ? undefined : readTranscript(options.replay);
      loadEnvFile();
      const app = createBotApp(parseConfig(process.env), { logger: pino({ level: 'warn' }, pino.destination(2)) });
      const session = new ChatSession(app.bot, {
        ...(replayed && sessionOptionsOf(replayed)),
        ...(options.channel && { channelId: options.channel }),
        ...(options.locale && { locale: options.locale }),
        ...(options['conversation-type'] && { conversationType: options['conversation-type'] }),
      });
      if (replayed) await showReplay(session, replayed, process.stdout, options.trace);
      else await runChat({ session, input: process.stdin, output: process.stdout, trace: options.trace });
      if (options.save !== undefined) {
        const transcript = session.transcript.filter((activity) => !isStateSnapshot(activity));
        writeFileSync(options.save, `${JSON.stringify(transcript, null, 2)}\n`);
        output.error(`Saved ${transcript.length} activities to ${options.save}.`);
      }
    },
    USAGE,
    output,
  );
}

if (require.main === module) {
  void chat(process.argv.slice(2)).then((status) => {
    process.exitCode = status;
  });
}
