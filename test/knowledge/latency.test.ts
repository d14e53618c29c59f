import { summariseLatencies } from '../../knowledge/evaluation/latency';

describe('summariseLatencies', () => {
  it('reports nearest-rank percentiles: values that were measured', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i); // 100 … 1, unsorted on purpose
    expect(summariseLatencies(samples)).toEqual({ samples: 100, p50Ms: 50, p99Ms: 99, maxMs: 100, meanMs: 50.5 });
  });

  it('takes the single sample of a one-utterance set for every percentile', () => {
    expect(summariseLatencies([3])).toEqual({ samples: 1, p50Ms: 3, p99Ms: 3, maxMs: 3, meanMs: 3 });
  });

  it('refuses to summarise nothing', () => {
    expect(() => summariseLatencies([])).toThrow(/without samples/);
  });
});
