import { fundClaimVerdict } from '../../knowledge/fundClaims';

describe('fundClaimVerdict', () => {
  it.each([
    // The accounting: only the medical and maternity funds together.
    ['en', 'the medical and maternity funds are combined, correct?', 'agrees'],
    ['en', 'Are the medical and maternity insurance funds accounted for together?', 'agrees'],
    ['en', 'the pension fund and the medical fund are accounted together, right?', 'contradicts'],
    ['en', 'the unemployment fund is accounted separately?', 'agrees'],
    ['en', 'the maternity fund is accounted separately, right?', 'contradicts'],
    ['zh', '基本养老保险基金和基本医疗保险基金合并建账，对吗', 'contradicts'],
    ['zh', '医疗保险基金和生育保险基金是合并建账的吧', 'agrees'],
    ['zh', '失业保险基金是分别建账的吗', 'agrees'],
    // The pooling: the old-age fund nationally, every other provincially.
    ['en', 'the unemployment fund is pooled nationally, right?', 'contradicts'],
    ['en', 'will the maternity fund be pooled at the provincial level?', 'agrees'],
    ['en', 'so the pension fund goes to national pooling?', 'agrees'],
    ['en', 'all the funds are pooled nationally right', 'contradicts'],
    ['en', 'I think the basic old-age insurance fund will gradually be pooled nationally', 'agrees'],
    ['zh', '生育保险基金是全国统筹吗', 'contradicts'],
    ['zh', '基本养老保险基金是不是逐步实行全国统筹', 'agrees'],
    ['zh', '养老保险基金实行省级统筹，是吗？', 'contradicts'],
    // The State Council sets the time and steps, and nothing else the article says.
    ['en', 'the state council decides the time and steps, right?', 'agrees'],
    ['en', 'Article 64 says the State Council manages all funds, yes?', 'notSaid'],
    ['en', 'so the state council decides the pension amount?', 'notSaid'],
    ['zh', '具体时间由国务院规定，对吗', 'agrees'],
    ['zh', '国务院管理社保基金，对吧', 'notSaid'],
    // The use: earmarked, and no one may occupy or misappropriate them.
    ['en', 'the funds can be used for other things if the government approves, right?', 'contradicts'],
    ['en', 'individuals can borrow from the pension fund?', 'contradicts'],
    ['en', 'no one may misappropriate the funds, correct?', 'agrees'],
    ['en', 'Neither organizations nor individuals may misappropriate the fund, right?', 'agrees'],
    ['zh', '没有人能挪用社保基金，对吧？', 'agrees'],
    ['en', 'the funds are earmarked, right?', 'agrees'],
    ['zh', '社保基金可以挪用吗', 'contradicts'],
    // Asked both ways: its 不能 is no denial.
    ['zh', '社保基金能不能用于其他用途', 'contradicts'],
    ['zh', '社保基金不得挪用对吧', 'agrees'],
    ['zh', '第六十四条说社保基金可以借给企业，对吗', 'contradicts'],
  ] as const)('[%s] %j: %s', (language, text, verdict) => {
    expect(fundClaimVerdict(text, language)).toBe(verdict);
  });

  it.each([
    // A negation, or a claim of when: left to the hedge (and to "no date").
    ['en', "the maternity fund isn't pooled nationally, right?"],
    ['en', 'is the pension fund pooled nationally already?'],
    ['zh', '养老保险基金已经实现全国统筹了吗'],
    // Two claims at once, or both levels.
    ['en', 'the pension fund is pooled nationally and the others provincially, right?'],
    ['en', 'the state council sets the timetable and manages the funds, right?'],
    // Nothing the readings know: the accounting system's author, the funds' investment.
    ['en', 'the unified accounting system is set by the ministry of finance, right?'],
    ['en', 'the funds are invested in the stock market, right?'],
    // Another thing used "for other" purposes, not the funds.
    ['en', 'can I use my own alipay for other family members?'],
    // More than the article's words: a condition, an exception, a limit, a time, who else decides (testers got "Yes." to
    // these, or "No." to the right ones).
    ['en', 'the funds are earmarked unless the State Council approves, right?'],
    ['en', 'no one may misappropriate the funds, except the government, right?'],
    ['en', 'only the pension fund is accounted separately?'],
    ['en', 'the State Council sets the steps and the provinces set the time, right?'],
    ['en', 'the pension fund will gradually implement national overall planning by 2025, right?'],
    ['zh', '只有养老保险基金单独核算吗？'],
    ['zh', '除了养老保险基金，其他基金逐步实行省级统筹，对吧？'],
    ['zh', '养老保险基金马上就要全国统筹了，对吧？'],
    ['zh', '养老保险基金全国统筹的时间是全国人大定的吧？'],
    // Said as done, which the article does not say: it pools them gradually.
    ['en', 'the pension fund is pooled nationally, right?'],
    // Earmarking asked in the negative, which asks it.
    ['en', "Isn't the fund earmarked for special purposes?"],
    ['zh', '难道社保基金不是专款专用的吗？'],
  ] as const)('[%s] %j: cannot tell', (language, text) => {
    expect(fundClaimVerdict(text, language)).toBeUndefined();
  });
});
