import { z } from 'zod';
import { KnowledgeBase } from './knowledgeBase';
import { Language, languages } from './language';
import { IntentMatcher } from './matcher/intentMatcher';
import { matcherOptionsSchema } from './matcher/options';
import { MatchResult } from './matcher/types';

/** Candidates reported with every match (for "Did you mean" and the intent trace). */
const MAX_CANDIDATES = 5;

/**
 * Decision thresholds on the calibrated confidence. Tuned by scripts/tuneMatcher.ts on held-out
 * training questions only (each entry's questions split 4:1, the matcher trained on the 4 parts and
 * scored on the fifth, for every fold), never on test/data:
 * answerThreshold keeps wrong answers rare; clarifyThreshold lets most near misses become a
 * "Did you mean" instead of "I cannot answer that".
 */
export const knowledgeMatcherOptionsSchema = z.object({
  answerThreshold: z.number().min(0).max(1).default(0.45),
  clarifyThreshold: z.number().min(0).max(1).default(0.3),
  /** Options of the per-language IntentMatcher; the defaults are its one tuned configuration. */
  matcher: matcherOptionsSchema.optional(),
}).refine((o) => o.clarifyThreshold <= o.answerThreshold, {
  message: 'clarifyThreshold must not exceed answerThreshold',
  path: ['clarifyThreshold'],
});

export type KnowledgeMatcherOptions = z.input<typeof knowledgeMatcherOptionsSchema>;

/** Finds the knowledge entry a message asks about, in the language of the conversation. */
export class KnowledgeMatcher {
  private constructor(
    private readonly matchers: Readonly<Record<Language, IntentMatcher>>,
    private readonly answerThreshold: number,
    private readonly clarifyThreshold: number,
  ) {}

  /** One IntentMatcher per language, trained on every entry's questions in that language. */
  static fromKnowledge(knowledge: KnowledgeBase, options: KnowledgeMatcherOptions = {}): KnowledgeMatcher {
    const settings = knowledgeMatcherOptionsSchema.parse(options);
    const train = (language: Language) => IntentMatcher.train(knowledge.trainingExamples(language), settings.matcher);
    const matchers = Object.fromEntries(languages.map((language) => [language, train(language)])) as Record<Language, IntentMatcher>;
    return new KnowledgeMatcher(matchers, settings.answerThreshold, settings.clarifyThreshold);
  }

  /**
   * 'answer' when the best entry is confident enough; 'clarify' when it is not but some entries are
   * plausible (then `candidates` holds only those); 'none' otherwise, including empty or junk text.
   */
  match(text: string, language: Language): MatchResult {
    const ranked = this.matchers[language].rank(text, MAX_CANDIDATES);
    const score = ranked[0]?.score ?? 0;
    if (score >= this.answerThreshold) {
      return { text, language, intent: ranked[0].intent, score, candidates: ranked, decision: 'answer' };
    }
    const plausible = ranked.filter((candidate) => candidate.score >= this.clarifyThreshold);
    if (plausible.length > 0) return { text, language, intent: null, score, candidates: plausible, decision: 'clarify' };
    return { text, language, intent: null, score, candidates: ranked, decision: 'none' };
  }
}
