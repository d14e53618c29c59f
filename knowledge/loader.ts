import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { KnowledgeError } from './knowledgeError';
import { KnowledgeBase, KnowledgeSource } from './knowledgeBase';
import { Entry, knowledgeFileSchema } from './schema';

/** Where a zod issue sits, said the way a content editor reads the file: entry id (or position) and field. */
function describeIssue(data: unknown, issue: z.core.$ZodIssue): string {
  const [section, index, ...field] = issue.path;
  if (section === 'entries' && typeof index === 'number') {
    const raw = (data as { entries?: Array<{ id?: unknown }> }).entries?.[index];
    const name = typeof raw?.id === 'string' ? `entry "${raw.id}"` : `entry #${index + 1}`;
    const where = field.length ? `field "${field.join('.')}"` : 'the entry';
    return `${name}, ${where}: ${issue.message}`;
  }
  const where = issue.path.length ? `field "${issue.path.join('.')}"` : 'the file';
  return `${where}: ${issue.message}`;
}

/** Parses and validates one knowledge file; throws a KnowledgeError naming the file, entry and field. */
export function parseKnowledgeFile(file: string, text: string): Entry[] {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    throw new KnowledgeError(file, [`not valid YAML: ${(error as Error).message}`]);
  }
  const result = knowledgeFileSchema.safeParse(data);
  if (!result.success) throw new KnowledgeError(file, result.error.issues.map((issue) => describeIssue(data, issue)));
  return result.data.entries;
}

export const KNOWLEDGE_FILE = /\.ya?ml$/;

/** Reads and validates one knowledge file of a directory. */
export function readKnowledgeFile(directory: string, file: string): KnowledgeSource {
  const path = join(directory, file);
  return { file, entries: parseKnowledgeFile(path, readFileSync(path, 'utf8')) };
}

/** Every *.yaml file of a directory, in name order, each validated on its own (the cross-entry rules are KnowledgeBase's). */
export function readKnowledgeFiles(directory: string): KnowledgeSource[] {
  const files = readdirSync(directory)
    .filter((name) => KNOWLEDGE_FILE.test(name))
    .sort();
  if (files.length === 0) throw new KnowledgeError(directory, ['no .yaml knowledge files found']);
  return files.map((file) => readKnowledgeFile(directory, file));
}

/** Reads every *.yaml file of a directory, in name order, into one validated knowledge base. */
export function loadKnowledge(directory: string): KnowledgeBase {
  return KnowledgeBase.fromFiles(readKnowledgeFiles(directory));
}
