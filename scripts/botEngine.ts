// First, as in bot/index.ts: the bot's decisions are timed with its patterns compiled as the bot compiles them.
import '../bot/patternCompilation';
import { answeredIntent } from '../knowledge/evaluation/answeredIntent';
import { KnowledgeBase } from '../knowledge/knowledgeBase';
import { KnowledgeMatcher } from '../knowledge/knowledgeMatcher';
import { Language } from '../knowledge/language';
import { LabeledUtterance } from '../knowledge/matcher/types';
import type { NluEngine } from './nluEngines';

/**
 * The bot's own decision, what it runs for every message: KnowledgeMatcher trained as the bot trains it at start-up
 * (both languages, each with its out-of-scope examples), answering only above its thresholds. As in `npm run
 * evaluate`, "answer" is a prediction; "did you mean" and "I cannot answer" count as None.
 */
export class BotEngine implements NluEngine {
  private matcher?: KnowledgeMatcher;

  constructor(
    private readonly language: Language,
    private readonly knowledge: KnowledgeBase,
  ) {}

  async train(utterances: readonly LabeledUtterance[]): Promise<void> {
    // The bot learns from its knowledge base, not from a list: the benchmark hands it that knowledge base's questions,
    // which are checked here rather than ignored.
    if (JSON.stringify(utterances) !== JSON.stringify(this.knowledge.trainingExamples(this.language))) {
      throw new Error(`BotEngine.train: the training utterances are not the knowledge base's ${this.language} questions`);
    }
    this.matcher = KnowledgeMatcher.fromKnowledge(this.knowledge);
  }

  async classify(text: string): Promise<string> {
    if (!this.matcher) throw new Error('BotEngine.classify: train() first');
    return answeredIntent(this.matcher.match(text, this.language));
  }
}
