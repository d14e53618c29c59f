import { NlpManager } from 'node-nlp';
import { Language } from '../knowledge/language';
import { LabeledUtterance, NONE_INTENT } from '../knowledge/matcher/types';
import type { NluEngine } from './nluEngines';

/** NLP.js answers None below this score (its own default `threshold`); the benchmark applies the same rule. */
const NLPJS_THRESHOLD = 0.5;

/** NLP.js with library defaults, the way its README trains a bot: addDocument, train, process. */
export class NlpjsBaseline implements NluEngine {
  private readonly manager: NlpManager;

  constructor(private readonly language: Language) {
    // autoSave is the one default turned off: it would write model.nlp into the working directory on every train().
    this.manager = new NlpManager({ languages: [language], nlu: { log: false }, autoSave: false });
  }

  async train(utterances: readonly LabeledUtterance[]): Promise<void> {
    for (const { text, intent } of utterances) this.manager.addDocument(this.language, text, intent);
    await this.manager.train();
  }

  async classify(text: string): Promise<string> {
    const { intent, score } = await this.manager.process(this.language, text);
    return intent === NONE_INTENT || score < NLPJS_THRESHOLD ? NONE_INTENT : intent;
  }
}
