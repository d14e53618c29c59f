import { chineseCompletedText, englishCompletedWords } from '../../../knowledge/matcher/completedActions';

describe('englishCompletedWords', () => {
  it.each([
    ['after tapping social security what comes next', ['tapping', 'social', 'security']],
    ['what do i tap after choosing my city', ['choosing', 'my', 'city']],
    ['once i press my, what do i do', ['press', 'my']],
    ['ive clicked social security, what now', ['clicked', 'social', 'security']],
    ['binding done, what next', ['binding', 'done']],
    ['alipay is open now what', ['alipay', 'open']],
    ['i am at step 3, next?', ['at', 'step']],
    ['ive got alipay open, what should i press', ['got', 'alipay', 'open']],
  ])('reads what %j says was done', (text, words) => {
    expect(englishCompletedWords(text)).toEqual(words);
  });

  it.each(['how do i tap social security', 'what is the next step', 'next', 'what do i do next', 'what do i do at the end'])(
    'finds nothing done in %j',
    (text) => {
      expect(englishCompletedWords(text)).toEqual([]);
    },
  );
});

describe('chineseCompletedText', () => {
  it.each([
    ['点击社保以后做什么', '点击社保'],
    ['点完我的以后去哪', '点完我的'],
    ['点了市民中心然后呢', '点了市民中心'],
    ['家人加好了下一步', '家人加好了'],
    ['城市选完了点什么', '城市选完'],
    ['好的，进入社保后找什么', '进入社保'],
    ['支付宝打开了，点哪个', '支付宝打开了'],
  ])('reads what %j says was done', (text, done) => {
    expect(chineseCompletedText(text)).toBe(done);
  });

  it.each(['怎么点社保', '然后呢', '社保有什么作用', '下一步', '我忘了', '知道了。'])('finds nothing done in %j', (text) => {
    expect(chineseCompletedText(text)).toBe('');
  });
});
