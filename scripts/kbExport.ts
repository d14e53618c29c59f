// npm run kb:export: the knowledge base as a TSV file for a spreadsheet or Azure custom question answering.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../bot/projectRoot';
import { knowledgeToTsv } from '../knowledge/tsvExport';
import { CommandOutput, processOutput, runCommand, UsageError } from './commandLine';
import { readKnowledgeSources } from './kbFiles';
import { knowledgeDirectory } from './projectData';

const FORMATS = ['tsv'] as const;

const USAGE = `Usage: npm run -s kb:export -- [--format tsv] [--out FILE] [--dir DIR]

  --format tsv   the question-answer layout of Azure custom question answering: one row per training question,
                 columns Question, Answer, Source, Metadata, SuggestedQuestions, IsContextOnly, Prompts, QnaId;
                 both languages, the entry id, title and follow-ups in Metadata (lang:en|id:step-5|...)
  --out FILE     write there instead of to the standard output
  --dir DIR      the knowledge folder to export (default: ${knowledgeDirectory})
  --help         print this text`;

function parseOptions(args: string[]) {
  try {
    const { values } = parseArgs({
      args,
      options: { format: { type: 'string', default: 'tsv' }, out: { type: 'string' }, dir: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    });
    if (!(FORMATS as readonly string[]).includes(values.format)) {
      throw new UsageError(`--format "${values.format}" is not supported (allowed: ${FORMATS.join(', ')})`);
    }
    return values;
  } catch (error) {
    throw error instanceof UsageError ? error : new UsageError((error as Error).message);
  }
}

/** The whole command, callable in-process; returns the exit status. */
export function kbExport(args: string[], output: CommandOutput = processOutput): Promise<number> {
  return runCommand(
    () => {
      const { out, dir = join(projectRoot, knowledgeDirectory), help } = parseOptions(args);
      if (help) return output.out(USAGE);
      const sources = readKnowledgeSources(dir);
      const tsv = knowledgeToTsv(sources);
      if (out === undefined) return output.out(tsv.trimEnd());
      writeFileSync(out, tsv);
      const entries = sources.reduce((count, source) => count + source.entries.length, 0);
      output.error(`Exported ${entries} entries from ${dir} to ${out}.`);
    },
    USAGE,
    output,
  );
}

if (require.main === module) {
  void kbExport(process.argv.slice(2)).then((status) => {
    process.exitCode = status;
  });
}
