import { askedBriefly } from '../../knowledge/brevityFrame';

describe('askedBriefly', () => {
  it.each([
    ['in short, what are the functions', 'what are the functions'],
    ['quick summary of the funds please', 'the funds'],
    ['tl;dr of the functions', 'the functions'],
    ['summarize article 64 in one sentence', 'article 64'],
    ['article 64 in a nutshell', 'article 64'],
    ['概括一下基金有哪些', '基金有哪些'],
    ['第六十四条概括一下', '第六十四条'],
    // Simply is briefly too.
    ['explain the third function simply', 'explain the third function'],
    ['explain article 64 in simple words', 'explain article 64'],
    ['第三个功能说简单点', '第三个功能'],
    ['第六十四条用大白话讲讲', '第六十四条'],
    // In a sentence, or for a caller: they got the summary of the steps.
    ['give me a short summary of the three functions I can read to a caller', 'the three functions'],
    ['一句话总结社保的三个功能', '社保的三个功能'],
    ['给来电人一个简短的回答：社保基金有哪些', '社保基金有哪些'],
    // "a short version" and "简短说一下" got the summary of the steps.
    ['give me a short version of the three functions for a caller', 'the three functions'],
    ['short version of article 64', 'article 64'],
    ['社会保障三个功能，给来电人简短说一下', '社会保障三个功能'],
    // One sentence each: they got the summary of the steps.
    ['one sentence per function please', 'the functions'],
    ['the three functions, one sentence each', 'the three functions'],
    ['三个功能各用一句话', '三个功能'],
    // A summary asked for after what it is of: "artcle 64 summary" got the summary of the steps.
    ['artcle 64 summary', 'artcle 64'],
    ['the functions, quick recap please', 'the functions'],
  ])('reads %j as asking %j briefly', (text, asked) => {
    expect(askedBriefly(text)).toBe(asked);
  });

  it.each(['in short', 'give me a summary', '简单概括', 'what are the functions', 'what is a summary of benefits', 'simpler', '说简单点', 'summary for the caller'])('finds no brevity asked of anything in %j', (text) => {
    expect(askedBriefly(text)).toBeUndefined();
  });
});
