import { KnowledgeSource } from './knowledgeBase';
import { Language, languages } from './language';
import { Entry } from './schema';
import { formatTsv } from './tsv';
import { formatMetadata, NO_SOURCE, QNA_COLUMNS, QnaColumn } from './tsvQna';

interface Pair {
  file: string;
  entry: Entry;
  language: Language;
  qnaId: number;
}

const pairKey = (id: string, language: Language) => `${id}/${language}`;

/** The follow-ups the bot offers after an answer: its list first, then related entries. */
function followUpIds(entry: Entry): string[] {
  return [...new Set([...entry.items, ...entry.related])];
}

/**
 * The knowledge base as a TSV file Azure custom question answering can import and a spreadsheet can edit: one row per
 * training question, both languages, every field of every entry (see tsvQna.ts for the layout).
 */
export function knowledgeToTsv(sources: readonly KnowledgeSource[]): string {
  const pairs: Pair[] = sources
    .flatMap(({ file, entries }) => entries.flatMap((entry) => languages.map((language) => ({ file: file.replace(/\.ya?ml$/, ''), entry, language }))))
    .map((pair, index) => ({ ...pair, qnaId: index + 1 }));
  const byKey = new Map(pairs.map((pair) => [pairKey(pair.entry.id, pair.language), pair]));

  const rows = pairs.flatMap(({ file, entry, language, qnaId }) => {
    const localized = entry[language];
    // Azure's multi-turn prompts, so an imported knowledge base offers the same follow-up buttons as the bot.
    const prompts = followUpIds(entry).map((id, index) => ({
      DisplayOrder: index + 1,
      QnaId: byKey.get(pairKey(id, language))?.qnaId,
      DisplayText: byKey.get(pairKey(id, language))?.entry[language].title,
    }));
    const metadata = formatMetadata({
      id: entry.id,
      lang: language,
      file,
      kind: entry.kind,
      step: entry.step,
      title: localized.title,
      related: entry.related.join(','),
      items: entry.items.join(','),
      more: entry.more,
    });
    const cells: Record<QnaColumn, string> = {
      Question: '',
      Answer: localized.answer,
      Source: entry.source ?? NO_SOURCE,
      Metadata: metadata,
      SuggestedQuestions: '[]',
      IsContextOnly: 'false',
      Prompts: JSON.stringify(prompts),
      QnaId: String(qnaId),
    };
    return localized.questions.map((question) => QNA_COLUMNS.map((column) => (column === 'Question' ? question : cells[column])));
  });
  return formatTsv([[...QNA_COLUMNS], ...rows]);
}
