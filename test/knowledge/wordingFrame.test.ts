import { askedExactly } from '../../knowledge/wordingFrame';

// "what's the exact wording of the second one" under the functions and "give me the exact text of step 6" got Article 64
// in full, whose questions ask for its exact wording.
describe('askedExactly', () => {
  it.each([
    ["what's the exact wording of the second one", 'the second one'],
    ['give me the exact text of step 6', 'step 6'],
    ['quote the three functions word for word', 'the three functions'],
    ['quote article 64 verbatim', 'article 64'],
    ['what is step 4 exactly', 'what is step 4'],
    ['第二个功能的原文是什么', '第二个功能'],
    ['第六步原话怎么说', '第六步'],
    ['一字不差地念一下第三款', '第三款'],
    // It got the legal basis, for "source".
    ['quote step 6 exactly as written in the source', 'step 6'],
    // Asked as a list, which it is already: a "Did you mean".
    ['give me the three functions as bullet points', 'give me the three functions'],
    ['the five funds in a list please', 'the five funds'],
  ])('reads %j as asking the wording of %j', (text, asked) => {
    expect(askedExactly(text)).toBe(asked);
  });

  it.each(["what's the exact wording", '原文', 'verbatim please', 'what does step 4 say', 'exactly', 'what is a bullet point', 'as a list'])('finds nothing else asked in %j', (text) => {
    expect(askedExactly(text)).toBeUndefined();
  });
});
