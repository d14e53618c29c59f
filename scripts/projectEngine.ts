import { IntentMatcher } from '../knowledge/matcher/intentMatcher';
import { LabeledUtterance } from '../knowledge/matcher/types';
import type { NluEngine } from './nluEngines';

/** The project's IntentMatcher with its default options: the one configuration, never tuned per data set. */
export class ProjectEngine implements NluEngine {
  private matcher?: IntentMatcher;

  async train(utterances: readonly LabeledUtterance[]): Promise<void> {
    this.matcher = IntentMatcher.train(utterances);
  }

  async classify(text: string): Promise<string> {
    if (!this.matcher) throw new Error('ProjectEngine.classify: train() first');
    return this.matcher.predict(text).intent;
  }
}
