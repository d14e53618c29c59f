import { asksWhichOtherFunds, fundAskedOfPooling, fundPoolingLead, otherFundsLead } from '../../knowledge/fundPooling';
import { loadTexts } from '../../knowledge/texts';

const texts = loadTexts('knowledge/texts');

describe('fundAskedOfPooling', () => {
  it.each([
    ['is the maternity fund pooled nationally?', 'en', 'maternity'],
    ['pooling level of the unemployment insurance fund', 'en', 'unemployment'],
    ['is the pension fund pooled nationally?', 'en', 'oldAge'],
    ['工伤保险基金是全国统筹吗', 'zh', 'injury'],
    ['医保基金是省级统筹吗', 'zh', 'medical'],
  ] as const)('reads %j as asking the pooling of the %s fund', (text, language, fund) => {
    expect(fundAskedOfPooling(text, language)).toBe(fund);
  });

  it.each([
    ['which funds are pooled provincially?', 'en'],
    ['are the medical and maternity funds pooled nationally?', 'en'],
    ['is the maternity fund accounted separately?', 'en'],
    ['养老保险和医疗保险都是全国统筹吗', 'zh'],
  ] as const)('finds no one fund asked the pooling of in %j', (text, language) => {
    expect(fundAskedOfPooling(text, language)).toBeUndefined();
  });
});

describe('fundPoolingLead', () => {
  const pooling = 'the basic old-age insurance fund nationally, the other social insurance funds provincially';

  it('names the asked fund among the others, and says nothing of the fund the answer names', () => {
    expect(fundPoolingLead(texts.en, pooling, 'maternity')).toBe('The maternity insurance fund is one of the “other social insurance funds” in what Article 64 says of pooling:');
    expect(fundPoolingLead(texts.en, pooling, 'oldAge')).toBeUndefined();
  });

  it('says nothing before an answer naming no fund, or several', () => {
    expect(fundPoolingLead(texts.en, 'The specific time and steps are set by the State Council.', 'maternity')).toBeUndefined();
    expect(fundPoolingLead(texts.en, 'the basic medical insurance fund and the maternity insurance fund are accounted together', 'maternity')).toBeUndefined();
  });
});

describe('asksWhichOtherFunds', () => {
  it.each([
    ['which funds specifically are under provincial pooling? name them', 'en'],
    ['what are the other funds in the pooling rule', 'en'],
    ['第三款里“其他社会保险基金”具体指哪几个', 'zh'],
    ['哪些基金是省级统筹', 'zh'],
  ] as const)('reads %j as asking which the other funds are', (text, language) => {
    expect(asksWhichOtherFunds(text, language)).toBe(true);
  });

  it.each([
    // What the pooling says already.
    ['which funds are pooled nationally', 'en'],
    // One fund, which fundAskedOfPooling reads.
    ['is the maternity fund one of the other funds pooled provincially?', 'en'],
    ['社保基金包括哪些', 'zh'],
  ] as const)('finds no question of which the other funds are in %j', (text, language) => {
    expect(asksWhichOtherFunds(text, language)).toBe(false);
  });
});

describe('otherFundsLead', () => {
  it('lists the funds of the five other than the one the text names, in each language', () => {
    expect(otherFundsLead(texts.en, 'en', 'the basic old-age insurance fund nationally, the other social insurance funds provincially')).toBe(
      'The “other social insurance funds” are the funds Article 64 lists other than the basic old-age insurance fund: the basic medical insurance fund, industrial injury insurance fund, unemployment insurance fund, and maternity insurance fund.',
    );
    expect(otherFundsLead(texts.zh, 'zh', '基本养老保险基金逐步实行全国统筹，其他社会保险基金逐步实行省级统筹')).toBe(
      '“其他社会保险基金”是第六十四条所列基金中基本养老保险基金以外的基金：基本医疗保险基金、工伤保险基金、失业保险基金和生育保险基金。',
    );
  });

  it('says nothing for a text naming two funds', () => {
    expect(otherFundsLead(texts.en, 'en', 'the basic medical insurance fund and the maternity insurance fund')).toBeUndefined();
  });
});
