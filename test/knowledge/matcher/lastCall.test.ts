import { rememberingTheLast } from '../../../knowledge/matcher/lastCall';

describe('rememberingTheLast', () => {
  it('computes a text once while it comes back, and again after another text', () => {
    const computed: string[] = [];
    const upper = rememberingTheLast((text: string) => {
      computed.push(text);
      return text.toUpperCase();
    });
    expect([upper('a'), upper('a'), upper('b'), upper('a')]).toEqual(['A', 'A', 'B', 'A']);
    expect(computed).toEqual(['a', 'b', 'a']);
  });

  it('remembers nothing from a call that threw', () => {
    let calls = 0;
    const failingOnce = rememberingTheLast((text: string) => {
      calls += 1;
      if (calls === 1) throw new Error('first call fails');
      return text.length;
    });
    expect(() => failingOnce('abc')).toThrow('first call fails');
    expect(failingOnce('abc')).toBe(3);
  });
});
