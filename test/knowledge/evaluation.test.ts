import { join } from 'node:path';
import { loadDataset } from '../../knowledge/evaluation/dataset';
import { KnowledgeMatcher } from '../../knowledge/knowledgeMatcher';
import { languages } from '../../knowledge/language';
import { loadKnowledge } from '../../knowledge/loader';
import { IntentMatcher } from '../../knowledge/matcher/intentMatcher';
import { OUT_OF_SCOPE_EXAMPLES } from '../../knowledge/matcher/outOfScopeExamples';
import { normaliseReply } from '../../knowledge/navigation';
import { NONE_INTENT } from '../../knowledge/matcher/types';

/**
 * Accuracy floors on questions the matcher never saw. Only an 'answer' with the right entry counts
 * as correct for an in-scope question: a "Did you mean" is a detour, not an answer. For an
 * out-of-scope question a 'clarify' counts as a rejection: the bot answered nothing, and the user
 * can say "none of these".
 */
const IN_SCOPE_FLOOR = 0.95;
const REJECTION_FLOOR = 0.9;

const knowledge = loadKnowledge(join(__dirname, '../../knowledge/content'));
const matcher = KnowledgeMatcher.fromKnowledge(knowledge);

describe.each(languages)('the bot on test/data/questions.%s.json', (language) => {
  const questions = loadDataset(join(__dirname, `../data/questions.${language}.json`));
  const results = questions.map((q) => ({ ...q, match: matcher.match(q.text, language) }));
  const inScope = results.filter((r) => r.intent !== NONE_INTENT);
  const outOfScope = results.filter((r) => r.intent === NONE_INTENT);

  it(`answers at least ${IN_SCOPE_FLOOR * 100}% of the in-scope questions with the right entry`, () => {
    const correct = inScope.filter((r) => r.match.decision === 'answer' && r.match.intent === r.intent);
    expect(correct.length / inScope.length).toBeGreaterThanOrEqual(IN_SCOPE_FLOOR);
  });

  it(`rejects at least ${REJECTION_FLOOR * 100}% of the out-of-scope questions`, () => {
    const rejected = outOfScope.filter((r) => r.match.decision !== 'answer');
    expect(rejected.length / outOfScope.length).toBeGreaterThanOrEqual(REJECTION_FLOOR);
  });

  it('holds no question the matcher is trained on, neither an entry question nor an out-of-scope example', () => {
    // Case, width, script and punctuation aside: "How tall is Mount Everest?" is "how tall is mount everest".
    const trained = new Set([...knowledge.trainingExamples(language).map(({ text }) => text), ...OUT_OF_SCOPE_EXAMPLES[language]].map(normaliseReply));
    expect(questions.filter(({ text }) => trained.has(normaliseReply(text)))).toEqual([]);
  });
});

/**
 * Accuracy of NLP.js 4.27 on the Braun corpora (measured side by side in `npm run bench:nlu`). The matcher must do
 * better; on webapps it does not yet (47 of 59 right against NLP.js's 49), so that corpus keeps a regression floor at
 * the matcher's own figure until a model change, chosen by cross-validation on the train split, beats it. Its 30
 * training questions make that figure a matter of the training's order: 44 to 50 over ten seeds (mean 47.0; 47.6 with
 * the shuffled order used before 2026-12-03, which got 48 with the default seed).
 */
const braunFloors = [
  { corpus: 'chatbot', floor: 0.991, beatsNlpJs: true },
  { corpus: 'askubuntu', floor: 0.927, beatsNlpJs: true },
  { corpus: 'webapps', floor: 47 / 59 - 1e-9, beatsNlpJs: false },
];

describe.each(braunFloors)('IntentMatcher on Braun $corpus', ({ corpus, floor, beatsNlpJs }) => {
  it(`${beatsNlpJs ? 'is more accurate than NLP.js' : 'keeps its accuracy'} (> ${floor.toFixed(3)})`, () => {
    const bench = (split: string) => loadDataset(join(__dirname, `../../../shared/bench/braun-${corpus}.${split}.json`));
    const model = IntentMatcher.train(bench('train'));
    const test = bench('test');
    const correct = test.filter((u) => model.predict(u.text).intent === u.intent).length;
    expect(correct / test.length).toBeGreaterThan(floor);
  });
});
