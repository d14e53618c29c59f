import { withoutCorrection } from '../../knowledge/correction';

describe('withoutCorrection', () => {
  it.each([
    ["don't show me article 64, I want the functions", 'I want the functions'],
    ['not step by step, all steps at once', 'all steps at once'],
    ['I do not want the steps. just the functions', 'the functions'],
    ['no, I meant the three functions', 'the three functions'],
    ['I meant step 3', 'step 3'],
    ['不要第六十四条，我要社保的功能', '我要社保的功能'],
    ['不是第三步，是第四步', '是第四步'],
    ['不是，我问的是社保的功能', '社保的功能'],
    ['我说的是第三步', '第三步'],
    ['no wait, I meant what comes after it', 'what comes after it'],
    ['不对，我是说上一步', '上一步'],
    // With a space where a phone's user puts no comma: the article.
    ['不要第六十四条 我要社保的功能', '我要社保的功能'],
    ['不是第六十四条 是社保三个功能', '是社保三个功能'],
    ['不用一步一步 全部步骤给我', '全部步骤给我'],
    // Declined after what it asks: they got step 6, which adds the family.
    ['no, I meant how to find the certification, not add the family', 'how to find the certification'],
    ['不是，我是问怎么找到认证入口，不是添加家人', '我是问怎么找到认证入口'],
    ['I want the steps, but not the summary.', 'I want the steps'],
  ])('reads %j as asking %j', (text, asked) => {
    expect(withoutCorrection(text)).toBe(asked);
  });

  it.each([
    "don't I need her ID card, or not?",
    'not sure, what is step 3?',
    'no',
    "don't show me article 64",
    'I mean it',
    'no idea how this works',
    '不要了',
    'what does step 3 mean',
    '我说的对吗',
    '不是我问的',
    '我想问一下社保有哪些功能',
    '不用了 谢谢',
    '不是 第三步',
    'is it free, or not?',
  ])('leaves %j as it is: nothing declined before a request', (text) => {
    expect(withoutCorrection(text)).toBe(text);
  });
});
