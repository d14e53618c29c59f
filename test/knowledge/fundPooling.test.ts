import { fundAskedOfPooling, fundPoolingLead } from '../../knowledge/fundPooling';
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
