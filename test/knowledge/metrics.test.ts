import { PredictionRow, scorePredictions } from '../../knowledge/evaluation/metrics';

const row = (expected: string, predicted: string, text = `${expected}→${predicted}`): PredictionRow => ({
  text,
  expected,
  predicted,
});

// Worked by hand: a has TP 2 (rows 1, 7), FP 1 (the None row 5), support 3; b has TP 1, FP 1, support 2.
const mixed = [
  row('a', 'a'),
  row('a', 'b'),
  row('b', 'b'),
  row('None', 'None'),
  row('None', 'a'),
  row('b', 'None'),
  row('a', 'a'),
];

describe('scorePredictions', () => {
  it('computes the headline figures with the benchmark definitions', () => {
    const report = scorePredictions(mixed);
    expect(report.total).toBe(7);
    expect(report.accuracy).toBeCloseTo(4 / 7);
    expect(report.inScopeTotal).toBe(5);
    expect(report.inScopeAccuracy).toBeCloseTo(3 / 5);
    expect(report.outOfScopeTotal).toBe(2);
    expect(report.oosRecall).toBeCloseTo(1 / 2);
    expect(report.macroF1).toBeCloseTo((2 / 3 + 1 / 2) / 2);
  });

  it('scores each in-scope intent, counting a prediction on a None row as a false positive', () => {
    const [a, b] = scorePredictions(mixed).perIntent;
    expect(a).toEqual({ intent: 'a', precision: 2 / 3, recall: 2 / 3, f1: expect.closeTo(2 / 3), support: 3 });
    expect(b).toEqual({ intent: 'b', precision: 1 / 2, recall: 1 / 2, f1: expect.closeTo(1 / 2), support: 2 });
  });

  it('lists every miss and the confusions, most frequent first', () => {
    const report = scorePredictions([...mixed, row('a', 'b')]);
    expect(report.misses.map((miss) => miss.text)).toEqual(['a→b', 'None→a', 'b→None', 'a→b']);
    expect(report.confusions).toEqual([
      { expected: 'a', predicted: 'b', count: 2 },
      { expected: 'None', predicted: 'a', count: 1 },
      { expected: 'b', predicted: 'None', count: 1 },
    ]);
    expect(scorePredictions(mixed, { confusionLimit: 1 }).confusions).toHaveLength(1);
  });

  it('averages macro-F1 only over intents present in the test rows', () => {
    const report = scorePredictions([row('a', 'a'), row('None', 'c')]);
    expect(report.macroF1).toBe(1);
    expect(report.oosRecall).toBe(0);
    expect(report.perIntent.find((score) => score.intent === 'c')).toEqual({
      intent: 'c',
      precision: 0,
      recall: 0,
      f1: 0,
      support: 0,
    });
  });

  it('leaves a figure null when the test rows give it nothing to measure', () => {
    expect(scorePredictions([row('a', 'a')]).oosRecall).toBeNull();
    const onlyOutOfScope = scorePredictions([row('None', 'None'), row('None', 'a')]);
    expect(onlyOutOfScope.accuracy).toBe(0.5);
    expect(onlyOutOfScope.inScopeAccuracy).toBeNull();
    expect(onlyOutOfScope.macroF1).toBeNull();
  });

  it('refuses an empty set rather than reporting a meaningless figure', () => {
    expect(() => scorePredictions([])).toThrow(/empty/);
  });
});
