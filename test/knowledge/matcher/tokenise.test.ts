import { findDomainWords, tokenise } from '../../../knowledge/matcher/tokenise';

describe('tokenise', () => {
  it('drops "app" after the app\'s name, which says no more than the name', () => {
    expect(tokenise('how do i certify my father in the alipay app').words).toEqual(['how', 'do', 'i', 'certify', 'my', 'father', 'in', 'the', 'alipay']);
    expect(tokenise('怎么在支付宝app里认证').words).toEqual([]);
    expect(tokenise('which app do i open').words).toEqual(['which', 'app', 'do', 'i', 'open']);
  });

  it('splits English into words and Porter stems', () => {
    const tokens = tokenise('how do i certify my parents');
    expect(tokens.words).toEqual(['how', 'do', 'i', 'certify', 'my', 'parents']);
    expect(tokens.stems).toEqual(['how', 'do', 'i', 'certifi', 'my', 'parent']);
    expect(tokens.hanRuns).toEqual([]);
  });

  // Porter gives "add" → "add" but "adding" → "ad": "after I add my mother" missed "after adding my mother".
  it('stems a word with a doubled last consonant as its inflected forms', () => {
    expect(tokenise('add adding added adds').stems).toEqual(['ad', 'ad', 'ad', 'ad']);
    expect(tokenise('app apps stop stopping').stems).toEqual(['ap', 'ap', 'stop', 'stop']);
    // Porter keeps l, s and z doubled; f too, or "off" would be "of".
    expect(tokenise('fill off pass').stems).toEqual(['fill', 'off', 'pass']);
  });

  it('drops apostrophes so "what\'s" and "whats" are one word', () => {
    expect(tokenise("what's step 5").words).toEqual(['whats', 'step', '5']);
  });

  it('keeps runs of Chinese characters, with their digits, apart from Latin words', () => {
    const tokens = tokenise('在支付宝点 my 页面,第5步 step 5');
    expect(tokens.words).toEqual(['my', 'step', '5']);
    expect(tokens.hanRuns).toEqual(['在支付宝点', '页面', '第5步']);
  });

  it('finds the domain words of the Chinese runs', () => {
    expect(tokenise('怎么在支付宝帮家人做社保待遇资格认证').hanWords).toEqual(['支付宝', '家人', '社保', '待遇资格认证']);
  });

  it('has no tokens for punctuation and emoji', () => {
    expect(tokenise('?! 👍 。')).toEqual({
      words: [],
      stems: [],
      hanRuns: [],
      hanWords: [],
      concepts: [],
      completedWords: [],
      completedStems: [],
      completedHan: '',
    });
  });

  it('keeps the words of what a message says was done, and their stems', () => {
    expect(tokenise("after tapping social security, what's next")).toMatchObject({
      completedWords: ['tapping', 'social', 'security'],
      completedStems: ['tap', 'social', 'secur'],
    });
  });

  it('names the domain concepts, also in phrases of several words', () => {
    expect(tokenise('my grandma and the citizen center').concepts).toEqual(['family', 'civicCenter']);
    expect(tokenise('爸妈的社会保险').concepts).toEqual(['family', 'socialSecurity']);
  });
});

describe('findDomainWords', () => {
  it('prefers the longest word at a position', () => {
    expect(findDomainWords('社会保险基金专款专用')).toEqual(['社会保险基金', '专款专用']);
  });

  it('finds nothing in text without domain words', () => {
    expect(findDomainWords('今天天气怎么样')).toEqual([]);
  });
});
