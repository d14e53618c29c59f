import { Document, Scalar, YAMLMap } from 'yaml';
import { z } from 'zod';
import { KnowledgeBase } from './knowledgeBase';
import { KnowledgeError } from './knowledgeError';
import { Language, languages } from './language';
import { parseKnowledgeFile } from './loader';
import { Entry, entrySchema } from './schema';
import { parseTsv, TsvRow, TsvSyntaxError } from './tsv';
import { IMPORTED_COLUMNS, NO_SOURCE, parseMetadata, QnaMetadata, qnaMetadataSchema } from './tsvQna';

type EntryInput = z.input<typeof entrySchema>;

export interface ImportedKnowledgeFile {
  /** File name under the knowledge folder, e.g. "procedure.yaml". */
  file: string;
  entries: Entry[];
}

/** The rows of one entry in one language (one question-answer pair). */
interface Pair {
  line: number;
  metadata: QnaMetadata;
  answer: string;
  source: string;
  questions: string[];
}

/** Fields that belong to the entry, not to a language: its two pairs must agree on them. */
const SHARED_FIELDS = ['file', 'kind', 'step', 'related', 'items', 'more'] as const;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Reads a TSV file written by knowledgeToTsv (and edited in a spreadsheet) back into knowledge files. Everything is
 * checked before anything is returned: the layout here, then each file exactly as the bot's loader checks it, then the
 * rules across entries. Throws a KnowledgeError naming the line, column and key, or the entry and field.
 */
export function knowledgeFromTsv(text: string, tsvName: string): ImportedKnowledgeFile[] {
  const problems: string[] = [];
  const pairs = readPairs(readRows(text, tsvName), problems);
  const entriesByFile = new Map<string, EntryInput[]>();

  for (const [id, byLanguage] of groupByEntry(pairs)) {
    const missing = languages.filter((language) => !byLanguage[language]);
    if (missing.length) {
      problems.push(`entry "${id}": no rows with lang:${missing.join(' or lang:')} (every entry needs both languages)`);
      continue;
    }
    const [first, ...others] = languages.map((language) => byLanguage[language] as Pair);
    for (const other of others) {
      for (const field of SHARED_FIELDS) {
        if (!same(first.metadata[field], other.metadata[field])) {
          problems.push(
            `entry "${id}", Metadata key "${field}": ${JSON.stringify(first.metadata[field])} for ${first.metadata.lang} (line ${first.line}) ` +
              `but ${JSON.stringify(other.metadata[field])} for ${other.metadata.lang} (line ${other.line})`,
          );
        }
      }
      if (first.source !== other.source) {
        problems.push(`entry "${id}", column "Source": "${first.source}" on line ${first.line} but "${other.source}" on line ${other.line}`);
      }
    }
    const file = `${first.metadata.file}.yaml`;
    entriesByFile.set(file, [...(entriesByFile.get(file) ?? []), toEntry(id, byLanguage as Record<Language, Pair>)]);
  }
  if (problems.length) throw new KnowledgeError(tsvName, problems);

  const files = [...entriesByFile].map(([file, entries]) => ({
    file,
    entries: parseKnowledgeFile(`${tsvName} (entries for ${file})`, formatKnowledgeFile(entries)),
  }));
  KnowledgeBase.fromFiles(files);
  return files;
}

function readRows(text: string, tsvName: string): TsvRow[] {
  try {
    return parseTsv(text);
  } catch (error) {
    if (error instanceof TsvSyntaxError) throw new KnowledgeError(tsvName, [error.message]);
    throw error;
  }
}

/** The question-answer pairs of the rows, in the order they first appear; problems are collected, not thrown. */
function readPairs(rows: TsvRow[], problems: string[]): Pair[] {
  const [header, ...body] = rows;
  const names = header?.cells.map((cell) => cell.trim()) ?? [];
  const missingColumns = IMPORTED_COLUMNS.filter((column) => !names.includes(column));
  if (missingColumns.length) {
    problems.push(`line 1 (the header): missing column ${missingColumns.map((c) => `"${c}"`).join(', ')}; it needs ${IMPORTED_COLUMNS.join(', ')}`);
    return [];
  }
  const pairs = new Map<string, Pair>();
  for (const { line, cells } of body) {
    const cell = (column: (typeof IMPORTED_COLUMNS)[number]) => cells[names.indexOf(column)] ?? '';
    const decoded = parseMetadata(cell('Metadata'));
    if (typeof decoded === 'string') {
      problems.push(`line ${line}, column "Metadata": ${decoded}`);
      continue;
    }
    const metadata = qnaMetadataSchema.safeParse(decoded);
    if (!metadata.success) {
      for (const issue of metadata.error.issues) {
        const keys = issue.code === 'unrecognized_keys' ? issue.keys : issue.path.map(String);
        const allowed = issue.code === 'unrecognized_keys' ? ` (allowed keys: ${Object.keys(qnaMetadataSchema.shape).join(', ')})` : '';
        problems.push(`line ${line}, column "Metadata", key ${keys.map((k) => `"${k}"`).join(', ')}: ${issue.message}${allowed}`);
      }
      continue;
    }
    const question = cell('Question').trim();
    if (!question) {
      problems.push(`line ${line}, column "Question": is empty`);
      continue;
    }
    const row: Pair = { line, metadata: metadata.data, answer: cell('Answer').trim(), source: cell('Source').trim(), questions: [question] };
    const key = `${row.metadata.id}/${row.metadata.lang}`;
    const pair = pairs.get(key);
    if (!pair) {
      pairs.set(key, row);
      continue;
    }
    const where = `differs from line ${pair.line} (every row of entry "${row.metadata.id}", lang:${row.metadata.lang} must carry the same`;
    if (row.answer !== pair.answer) problems.push(`line ${line}, column "Answer": ${where} answer)`);
    else if (row.source !== pair.source) problems.push(`line ${line}, column "Source": ${where} source)`);
    else if (!same(row.metadata, pair.metadata)) problems.push(`line ${line}, column "Metadata": ${where} metadata)`);
    else pair.questions.push(question);
  }
  return [...pairs.values()];
}

function groupByEntry(pairs: Pair[]): Map<string, Partial<Record<Language, Pair>>> {
  const entries = new Map<string, Partial<Record<Language, Pair>>>();
  for (const pair of pairs) entries.set(pair.metadata.id, { ...entries.get(pair.metadata.id), [pair.metadata.lang]: pair });
  return entries;
}

function toEntry(id: string, pairs: Record<Language, Pair>): EntryInput {
  const { metadata, source } = pairs[languages[0]];
  const localized = (language: Language) => ({ title: pairs[language].metadata.title, answer: pairs[language].answer, questions: pairs[language].questions });
  return {
    id,
    kind: metadata.kind as EntryInput['kind'],
    source: source === NO_SOURCE ? undefined : source,
    step: metadata.step,
    related: metadata.related,
    items: metadata.items,
    more: metadata.more,
    ...(Object.fromEntries(languages.map((language) => [language, localized(language)])) as Record<Language, EntryInput['en']>),
  };
}

/**
 * A knowledge file as the content editors write it: defaults left out (kind "answer", empty lists), id lists on one
 * line, answers as literal blocks, a blank line between entries, and `header` (comment lines) on top.
 */
export function formatKnowledgeFile(entries: readonly EntryInput[], header = ''): string {
  const plain = entries.map((entry) => {
    const { id, kind, source, step, related = [], items = [], more, ...localized } = entry;
    return {
      id,
      ...(kind && kind !== 'answer' ? { kind } : {}),
      ...(step === undefined ? {} : { step }),
      ...(source === undefined ? {} : { source }),
      ...(related.length ? { related } : {}),
      ...(items.length ? { items } : {}),
      ...(more === undefined ? {} : { more }),
      ...localized,
    };
  });
  const document = new Document({ entries: plain });
  const list = document.get('entries', true) as { items: YAMLMap[] };
  list.items.forEach((node, index) => {
    node.spaceBefore = index > 0;
    for (const field of ['related', 'items']) {
      const ids = node.get(field, true) as { flow?: boolean } | undefined;
      if (ids) ids.flow = true;
    }
    for (const language of languages) (node.getIn([language, 'answer'], true) as Scalar).type = Scalar.BLOCK_LITERAL;
  });
  const body = document.toString({ lineWidth: 0, blockQuote: 'literal', flowCollectionPadding: false, singleQuote: true });
  return header ? `${header.trimEnd()}\n${body}` : body;
}
