import { normaliseText } from './matcher/normalise';
import { tokenise } from './matcher/tokenise';
import { normaliseReply } from './navigation';

export interface QuestionCount {
  /** As a user wrote it (the most frequent spelling of the question). */
  text: string;
  count: number;
}

export interface QuestionGroup<T> {
  /** Most frequent first; the first one names the group. */
  questions: QuestionCount[];
  count: number;
  /** The grouped items themselves, for whatever else they carry. */
  items: T[];
}

/** Two questions at least this similar (Jaccard overlap of their terms) are taken as one question asked two ways. */
export const SIMILARITY_THRESHOLD = 0.5;

// Words every question has; leaving them out keeps "how do I get X" and "how do I get Y" apart.
const FILLER_WORDS = new Set(
  'a an the i me my you your we our it its is are was be do does did can could would should will to of for in on at with about and or how what whats which who when where why please'.split(' '),
);

/** The terms a question is compared by: stemmed English words and pairs of adjacent Chinese characters. */
function termsOf(text: string): Set<string> {
  const { words, stems, hanRuns } = tokenise(normaliseText(text));
  const english = stems.filter((_, i) => !FILLER_WORDS.has(words[i]));
  const chinese = hanRuns.flatMap((run) => (run.length === 1 ? [run] : [...run].slice(1).map((char, i) => run[i] + char)));
  return new Set([...english, ...chinese]);
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const shared = [...a].filter((term) => b.has(term)).length;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/**
 * Puts the same question asked in different words together. Questions that differ only in case, width, script or
 * punctuation ("Pension?", "pension") count as one; then, most frequent first, each joins the first group whose leading question is similar
 * enough, or starts a group of its own. Groups come out largest first.
 */
export function groupSimilarQuestions<T>(items: readonly T[], questionOf: (item: T) => string): QuestionGroup<T>[] {
  const byNormalForm = new Map<string, T[]>();
  for (const item of items) {
    const key = normaliseReply(questionOf(item));
    byNormalForm.set(key, [...(byNormalForm.get(key) ?? []), item]);
  }
  const distinct = [...byNormalForm.values()]
    .map((same) => {
      const text = mostFrequent(same.map(questionOf));
      return { question: { text, count: same.length }, items: same, terms: termsOf(text) };
    })
    .sort((a, b) => b.question.count - a.question.count);

  const groups: Array<{ leader: ReadonlySet<string>; questions: QuestionCount[]; items: T[] }> = [];
  for (const { question, items: same, terms } of distinct) {
    const group = groups.find(({ leader }) => jaccard(leader, terms) >= SIMILARITY_THRESHOLD);
    if (group) {
      group.questions.push(question);
      group.items.push(...same);
    } else {
      groups.push({ leader: terms, questions: [question], items: [...same] });
    }
  }
  return groups
    .map(({ questions, items: grouped }) => ({ questions, count: grouped.length, items: grouped }))
    .sort((a, b) => b.count - a.count);
}

function mostFrequent(texts: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const text of texts) counts.set(text, (counts.get(text) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0][0];
}
