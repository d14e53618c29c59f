import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { KnowledgeError } from './knowledgeError';
import { KnowledgeBase } from './knowledgeBase';
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

/** Reads every *.yaml file of a directory, in name order, into one validated knowledge base. */
export function loadKnowledge(directory: string): KnowledgeBase {
  const files = readdirSync(directory)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort();
  if (files.length === 0) throw new KnowledgeError(directory, ['no .yaml knowledge files found']);
  const sources = files.map((name) => {
    const path = join(directory, name);
    return { file: basename(path), entries: parseKnowledgeFile(path, readFileSync(path, 'utf8')) };
  });
  return KnowledgeBase.fromFiles(sources);
}
