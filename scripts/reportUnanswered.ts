// npm run report:unanswered: the questions the bot could not answer, grouped, with the entry each most likely belongs
// to, what users picked from "did you mean", and the Helpful / Not helpful counts per answer.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadEnvFile, parseConfig } from '../bot/config';
import { readSupportEvents } from '../bot/supportEventReader';
import { supportEventStorageForReport } from '../bot/supportEventStorage';
import { KnowledgeBase } from '../knowledge/knowledgeBase';
import { KnowledgeMatcher } from '../knowledge/knowledgeMatcher';
import { buildSupportReport, SupportReport } from '../knowledge/unansweredReport';
import { formatSupportReportHtml } from '../knowledge/unansweredReportHtml';
import { formatSupportReportText } from '../knowledge/unansweredReportText';
import { CommandOutput, processOutput, runCommand, UsageError } from './commandLine';
import { readKnowledgeSources } from './kbFiles';

const USAGE = `Usage: npm run -s report:unanswered -- [--days N] [--top N] [--html FILE] [--dir DIR]

  --days N     the last N days, today included (UTC; default 30)
  --top N      how many groups of unanswered questions to show (default 20)
  --html FILE  also write the report as a web page
  --dir DIR    read the records from this folder instead of where .env says the bot writes them
  --help       print this text

The report reads the records where the bot writes them, from the same .env: the folder UNANSWERED_LOG_DIR, or the
bot's blob storage (STORAGE=blob). A bot that keeps them in memory cannot be reported on from another process.`;

const DAY_MS = 86_400_000;

function positiveInteger(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new UsageError(`--${name} must be a whole number of 1 or more, not "${text}"`);
  return value;
}

function parseOptions(args: string[]) {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: { days: { type: 'string' }, top: { type: 'string' }, html: { type: 'string' }, dir: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  return { ...values, days: positiveInteger('days', values.days, 30), top: positiveInteger('top', values.top, 20) };
}

/** Reads the records and the knowledge (for the likely entries) and builds the report. */
async function buildReport(days: number, directory: string | undefined, now: Date): Promise<{ report: SupportReport; invalid: string[] }> {
  loadEnvFile();
  const config = parseConfig(process.env);
  const from = new Date(now.getTime() - (days - 1) * DAY_MS);
  const { events, invalid } = await readSupportEvents(supportEventStorageForReport(config, directory), from, now);

  const sources = readKnowledgeSources(config.KNOWLEDGE_DIR);
  const knowledge = KnowledgeBase.fromFiles(sources);
  const matcher = KnowledgeMatcher.fromKnowledge(knowledge);
  const fileOf = new Map(sources.flatMap(({ file, entries }) => entries.map((entry) => [entry.id, file] as const)));
  const report = buildSupportReport(events, {
    from: from.toISOString().slice(0, 10),
    to: now.toISOString().slice(0, 10),
    bestCandidate: (text, language) => matcher.match(text, language).candidates[0],
    describe: (entryId, language) => {
      const entry = knowledge.get(entryId);
      return entry && { title: entry[language].title, file: fileOf.get(entryId) ?? '' };
    },
  });
  return { report, invalid };
}

/** The whole command, callable in-process; returns the exit status. */
export function reportUnanswered(args: string[], output: CommandOutput = processOutput, now: Date = new Date()): Promise<number> {
  return runCommand(
    async () => {
      const { days, top, html, dir, help } = parseOptions(args);
      if (help) return output.out(USAGE);
      const { report, invalid } = await buildReport(days, dir, now);
      output.out(formatSupportReportText(report, top));
      if (invalid.length) output.error(`Skipped ${invalid.length} records that are not valid events, e.g. ${invalid[0]}.`);
      if (html !== undefined) {
        writeFileSync(html, formatSupportReportHtml(report, top));
        output.error(`Wrote ${html}.`);
      }
    },
    USAGE,
    output,
  );
}

if (require.main === module) {
  void reportUnanswered(process.argv.slice(2)).then((status) => {
    process.exitCode = status;
  });
}
