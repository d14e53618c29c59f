import { IntentMatcher } from '../../../knowledge/matcher/intentMatcher';
import { NONE_INTENT } from '../../../knowledge/matcher/types';
import { smallIntentSet } from '../cases/smallIntentSet';

describe('IntentMatcher', () => {
  const matcher = IntentMatcher.train(smallIntentSet);

  it.each([
    ['open the alipay app', 'open-app'],
    ['Where can I find the Civic Centre?', 'civic-center'],
    ['what social insurance funds are there', 'funds'],
    ['市民中心怎么找', 'civic-center'],
    ['社會保險基金有哪些', 'funds'],
    ['opne alipya', 'open-app'],
  ])('predicts "%s" as %s', (text, intent) => {
    expect(matcher.predict(text).intent).toBe(intent);
  });

  it('ranks intents best first with confidences in [0, 1], never None', () => {
    const ranked = matcher.rank('tell me a joke about the civic center');
    expect(ranked.map((r) => r.intent)).not.toContain(NONE_INTENT);
    for (const { score } of ranked) expect(score).toBeGreaterThanOrEqual(0);
    for (const { score } of ranked) expect(score).toBeLessThanOrEqual(1);
    const scores = ranked.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('knows the numbers its training utterances had, in either script', () => {
    const numbered = IntentMatcher.train([
      { text: 'step 5', intent: 'step' },
      { text: '第64条', intent: 'article' },
    ]);
    expect(['5', '64', '6', '82'].map((digits) => numbered.knowsNumber(digits))).toEqual([true, true, false, false]);
  });

  it('limits the ranking', () => {
    expect(matcher.rank('open alipay', 1)).toHaveLength(1);
  });

  it('predicts None for what the None examples look like', () => {
    expect(matcher.predict('what is the weather like').intent).toBe(NONE_INTENT);
    expect(matcher.predict('今天天气好吗').intent).toBe(NONE_INTENT);
  });

  it('predicts None below the threshold', () => {
    const strict = IntentMatcher.train(smallIntentSet, { threshold: 0.99 });
    expect(strict.predict('open the alipay app')).toEqual({ intent: NONE_INTENT, score: expect.any(Number) });
  });

  it.each(['', '   ', '???', '👍', 'qwxz zzkj'])('has nothing to rank for unknown text "%s" and predicts None', (text) => {
    expect(matcher.rank(text)).toEqual([]);
    expect(matcher.predict(text)).toEqual({ intent: NONE_INTENT, score: 0 });
  });

  it('is deterministic', () => {
    const again = IntentMatcher.train(smallIntentSet);
    expect(again.rank('where do I tap in alipay')).toEqual(matcher.rank('where do I tap in alipay'));
  });

  it('refuses training data without an in-scope intent', () => {
    expect(() => IntentMatcher.train([{ text: 'hello', intent: NONE_INTENT }])).toThrow(/at least one intent other than "None"/);
  });

  it('refuses invalid options, naming the option', () => {
    expect(() => IntentMatcher.train(smallIntentSet, { charNgramMin: 6, charNgramMax: 3 })).toThrow(/charNgramMin/);
    expect(() => IntentMatcher.train(smallIntentSet, { threshold: 2 })).toThrow(/threshold/);
  });
});
