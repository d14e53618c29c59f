// npm run kb:import -- FILE: a TSV written by kb:export (and edited in a spreadsheet) back into the knowledge YAML files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../bot/projectRoot';
import { decodeTsvBytes } from '../knowledge/tsv';
import { knowledgeFromTsv } from '../knowledge/tsvImport';
import { CommandOutput, processOutput, runCommand, UsageError } from './commandLine';
import { writeKnowledgeFiles } from './kbFiles';
import { knowledgeDirectory } from './projectData';

const USAGE = `Usage: npm run -s kb:import -- FILE [--dir DIR]

  FILE       a TSV file in the layout kb:export writes; it reads Question, Answer, Source and Metadata
             (the other columns are rebuilt on export). Nothing is written unless every entry is valid.
  --dir DIR  the knowledge folder to write into (default: ${knowledgeDirectory}); each file named in the
             Metadata (file:procedure) replaces the one of that name, keeping its top comment lines
  --help     print this text`;

function parseOptions(args: string[]) {
  try {
    const { values, positionals } = parseArgs({
      args,
      options: { dir: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: true,
    });
    if (!values.help && positionals.length !== 1) throw new UsageError('give exactly one TSV file to import');
    return { file: positionals[0], ...values };
  } catch (error) {
    throw error instanceof UsageError ? error : new UsageError((error as Error).message);
  }
}

function readText(file: string): string {
  try {
    return decodeTsvBytes(readFileSync(file));
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as Error).message}`);
  }
}

/** The whole command, callable in-process; returns the exit status. */
export function kbImport(args: string[], output: CommandOutput = processOutput): Promise<number> {
  return runCommand(
    () => {
      const { file, dir = join(projectRoot, knowledgeDirectory), help } = parseOptions(args);
      if (help) return output.out(USAGE);
      const files = knowledgeFromTsv(readText(file), file);
      const { written, untouched } = writeKnowledgeFiles(dir, files);
      const entries = files.reduce((count, imported) => count + imported.entries.length, 0);
      output.out(`Imported ${entries} entries from ${file} into ${dir}: ${written.join(', ')}.`);
      if (untouched.length) output.out(`Not in the TSV, left as they are: ${untouched.join(', ')}.`);
    },
    USAGE,
    output,
  );
}

if (require.main === module) {
  void kbImport(process.argv.slice(2)).then((status) => {
    process.exitCode = status;
  });
}
