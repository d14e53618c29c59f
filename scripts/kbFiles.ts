import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KnowledgeBase, KnowledgeSource } from '../knowledge/knowledgeBase';
import { KNOWLEDGE_FILE, readKnowledgeFile, readKnowledgeFiles } from '../knowledge/loader';
import { formatKnowledgeFile, ImportedKnowledgeFile } from '../knowledge/tsvImport';

/**
 * The knowledge files of a folder with the entries of each, validated like loadKnowledge does; the export needs to
 * know which file each entry comes from, which the loaded KnowledgeBase no longer says.
 */
export function readKnowledgeSources(directory: string): KnowledgeSource[] {
  const sources = readKnowledgeFiles(directory);
  KnowledgeBase.fromFiles(sources);
  return sources;
}

/** The comment lines at the top of a file (what the file is, where its facts come from), kept across an import. */
function leadingComments(path: string): string {
  if (!existsSync(path)) return '';
  const lines = readFileSync(path, 'utf8').split('\n');
  const end = lines.findIndex((line) => !line.startsWith('#'));
  return lines.slice(0, end === -1 ? lines.length : end).join('\n');
}

export interface WriteResult {
  written: string[];
  /** Knowledge files of the folder the import had no entries for; left alone, but the bot still loads them. */
  untouched: string[];
}

/**
 * Writes the imported files into the folder, each replacing the file of the same name (keeping its top comments).
 * Every file is written to a temporary name first and renamed once all are written, so a failure cannot leave the
 * folder half imported and a running bot with KNOWLEDGE_WATCH never reads a half-written file.
 */
export function writeKnowledgeFiles(directory: string, files: readonly ImportedKnowledgeFile[]): WriteResult {
  const written = files.map(({ file }) => file);
  const untouched = readdirSync(directory).filter((name) => KNOWLEDGE_FILE.test(name) && !written.includes(name));
  // The bot loads the untouched files too: the whole folder must still make one valid knowledge base.
  KnowledgeBase.fromFiles([...files, ...untouched.map((file) => readKnowledgeFile(directory, file))]);

  const staged = files.map(({ file, entries }) => {
    const path = join(directory, file);
    const temporary = join(directory, `.${file}.importing`);
    writeFileSync(temporary, formatKnowledgeFile(entries, leadingComments(path)));
    return { path, temporary };
  });
  for (const { path, temporary } of staged) renameSync(temporary, path);
  return { written, untouched };
}
