import { countFeedback, FeedbackTally } from './feedbackCounts';
import { Language, languages } from './language';
import { ScoredIntent } from './matcher/types';
import { SupportEvent } from './unansweredEvents';
import { groupSimilarQuestions, QuestionCount } from './unansweredGrouping';

/** Why a question counts as unanswered. */
export type UnansweredReason = 'fallback' | 'noneOfThese' | 'askedSomethingElse' | 'noReply';

/** An entry a question is placed under, with what staff need to find it: title and file. */
export interface EntryPointer {
  entryId: string;
  title: string;
  file: string;
}

export interface UnansweredGroup {
  language: Language;
  count: number;
  questions: QuestionCount[];
  reasons: Partial<Record<UnansweredReason, number>>;
  /** The entry the matcher ranks first for the group's leading question, and its score; a hint, not an answer. */
  likely?: EntryPointer & { score: number };
}

/** Questions the matcher was unsure about, grouped under the entry the user then picked from "did you mean". */
export interface PickedGroup {
  language: Language;
  entry: EntryPointer;
  count: number;
  questions: QuestionCount[];
}

export interface SupportReport {
  from: string;
  to: string;
  totals: { fallbacks: number; offers: number; picked: number; noneOfThese: number; feedback: number };
  unanswered: UnansweredGroup[];
  picked: PickedGroup[];
  feedback: FeedbackTally[];
}

export interface SupportReportOptions {
  from: string;
  to: string;
  /** The matcher's best entry for a question (KnowledgeMatcher.match(...).candidates[0]). */
  bestCandidate(text: string, language: Language): ScoredIntent | undefined;
  /** The entry's title in the language and its knowledge file, or undefined for an id the knowledge no longer has. */
  describe(entryId: string, language: Language): Omit<EntryPointer, 'entryId'> | undefined;
}

interface Asked {
  question: string;
  language: Language;
  reason: UnansweredReason;
}

/** Unanswered questions (with why) and picked offers out of the raw events; a clarification is joined to its reply. */
function classify(events: readonly SupportEvent[]) {
  const replies = new Map(events.flatMap((event) => (event.type === 'clarified' ? [[event.clarificationId, event] as const] : [])));
  const unanswered: Asked[] = [];
  const picked: Array<{ question: string; language: Language; entryId: string }> = [];
  for (const event of events) {
    if (event.type === 'fallback') unanswered.push({ question: event.question, language: event.language, reason: 'fallback' });
    if (event.type !== 'clarify') continue;
    const reply = replies.get(event.clarificationId);
    if (reply?.outcome === 'picked' && reply.picked) picked.push({ question: event.question, language: event.language, entryId: reply.picked });
    else {
      const reason: UnansweredReason = !reply ? 'noReply' : reply.outcome === 'none' ? 'noneOfThese' : 'askedSomethingElse';
      unanswered.push({ question: event.question, language: event.language, reason });
    }
  }
  return { unanswered, picked };
}

/** Everything the support report shows, worked out from the recorded events. */
export function buildSupportReport(events: readonly SupportEvent[], options: SupportReportOptions): SupportReport {
  const { unanswered, picked } = classify(events);
  const pointer = (entryId: string, language: Language): EntryPointer => ({
    entryId,
    ...(options.describe(entryId, language) ?? { title: '(no longer in the knowledge base)', file: '' }),
  });

  const unansweredGroups = languages.flatMap((language) => {
    const asked = unanswered.filter((item) => item.language === language);
    return groupSimilarQuestions(asked, (item) => item.question).map((group): UnansweredGroup => {
      const reasons: UnansweredGroup['reasons'] = {};
      for (const item of group.items) reasons[item.reason] = (reasons[item.reason] ?? 0) + 1;
      const best = options.bestCandidate(group.questions[0].text, language);
      return { language, count: group.count, questions: group.questions, reasons, likely: best && { ...pointer(best.intent, language), score: best.score } };
    });
  });

  const pickedGroups = languages.flatMap((language) => {
    const inLanguage = picked.filter((item) => item.language === language);
    return [...new Set(inLanguage.map((item) => item.entryId))].map((entryId): PickedGroup => {
      const forEntry = inLanguage.filter((item) => item.entryId === entryId);
      const questions = groupSimilarQuestions(forEntry, (item) => item.question).flatMap((group) => group.questions);
      return { language, entry: pointer(entryId, language), count: questions.reduce((sum, q) => sum + q.count, 0), questions };
    });
  });

  return {
    from: options.from,
    to: options.to,
    totals: {
      fallbacks: events.filter((event) => event.type === 'fallback').length,
      offers: events.filter((event) => event.type === 'clarify').length,
      picked: picked.length,
      noneOfThese: unanswered.filter((item) => item.reason === 'noneOfThese').length,
      feedback: events.filter((event) => event.type === 'feedback').length,
    },
    unanswered: unansweredGroups.sort((a, b) => b.count - a.count),
    picked: pickedGroups.sort((a, b) => b.count - a.count),
    feedback: countFeedback(events),
  };
}
