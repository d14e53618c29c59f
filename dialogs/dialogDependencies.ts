import { KnowledgeBase } from '../knowledge/knowledgeBase';
import { Language } from '../knowledge/language';
import { MatchResult } from '../knowledge/matcher/types';
import { Entry } from '../knowledge/schema';
import { TextTables } from '../knowledge/texts';
import { QuestionLog } from './questionLog';

/** What the dialogs need from the matcher (KnowledgeMatcher in production, a stub in tests). */
export interface Matcher {
  match(text: string, language: Language): MatchResult;
}

export interface DialogDependencies {
  knowledge: KnowledgeBase;
  matcher: Matcher;
  texts: TextTables;
  /** Where unanswered questions, "did you mean" choices and feedback are recorded; nothing is recorded without one. */
  questionLog?: QuestionLog;
}

/** An entry the dialogs refer to by id; a missing one is a bug (ids come from the knowledge base itself). */
export function requireEntry(knowledge: KnowledgeBase, id: string): Entry {
  const entry = knowledge.get(id);
  if (!entry) throw new Error(`No knowledge entry with id "${id}"`);
  return entry;
}
