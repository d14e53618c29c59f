import { asksToConfirm, withoutConfirmationTag } from '../../../knowledge/matcher/confirmationTag';

describe('withoutConfirmationTag', () => {
  it.each([
    ['Article 64 says the State Council manages all funds, yes?', 'Article 64 says the State Council manages all funds'],
    ['step 3 is to pay a fee, right?', 'step 3 is to pay a fee'],
    ['the sky is green, right?', 'the sky is green'],
    ["the State Council set the date in 2022, didn't it?", 'the State Council set the date in 2022'],
    ['pensions are paid monthly, am I right?', 'pensions are paid monthly'],
    ['第三步是交钱对不对', '第三步是交钱'],
    ['社保基金可以挪用，对吧？', '社保基金可以挪用'],
    ['有五项基金是不是', '有五项基金'],
    ['养老保险基金实行省级统筹，是吗？', '养老保险基金实行省级统筹'],
    ['第三步是交錢對不對', '第三步是交錢'],
    ['the pension fund is pooled nationally right', 'the pension fund is pooled nationally'],
    ['step 2 is to select the city correct?', 'step 2 is to select the city'],
  ])('reads %j as the statement %j asked to be confirmed', (text, statement) => {
    expect(withoutConfirmationTag(text)).toBe(statement);
    expect(asksToConfirm(text)).toBe(true);
  });

  it.each(["I think I'm stuck on step 4", 'I heard you can help me certify my mom', 'I think so', '听说你能教我帮我妈做社保认证'])(
    'states nothing of the sources in %j, about the user or the bot',
    (text) => {
      expect(asksToConfirm(text)).toBe(false);
    },
  );

  it.each(['what does article 64 say', 'is step 3 right', 'how do I do it right', 'the my button is at the bottom right', 'you are right', 'I did it right', 'thats right', '社保基金可以挪用吗', '第三步是什么', 'alright', 'right?', '是吗', '对吧', '开始吧', '生育保险基金也是吗'])(
    'leaves %j alone: a question, or a tag with nothing stated',
    (text) => {
      expect(withoutConfirmationTag(text)).toBe(text);
      expect(asksToConfirm(text)).toBe(false);
    },
  );
});

// A statement asked with a question mark alone: "Article 64 says the State Council decides the pension amount?" was
// answered with the State Council's part, as if agreed.
describe('asksToConfirm', () => {
  it.each([
    'Article 64 says the State Council decides the pension amount?',
    'So the pension fund is pooled at the provincial level?',
    '第64条规定基金可以挪用？',
    'So there are three functions of social security?',
    '所以第二步是选城市？',
    // Of any subject, and with a question word inside the statement: they got no word to check them.
    'so individuals can borrow from the pension fund?',
    'the provinces decide when to pool, correct?',
    // A belief put forward, and 就行吧: they read as agreed.
    'I think the maternity fund is pooled nationally',
    "isn't it true that article 64 covers six funds including housing provident fund?",
    "correct me if I'm wrong: industrial injury and unemployment funds are combined",
    '听说社保基金可以挪用',
    '城市是自动定位的 直接点市民中心就行吧',
    '我觉得养老保险是省级统筹',
  ])(
    'reads %j, what a source says or a conclusion asked with "?", as a statement to confirm',
    (text) => {
      expect(asksToConfirm(text)).toBe(true);
    },
  );

  it.each(['so what does step 3 say?', 'the law says what?', '第64条规定了什么？', 'so how do I do it?', '所以要怎么做？'])('leaves %j, which asks with a question word, alone', (text) => {
    expect(asksToConfirm(text)).toBe(false);
  });
});
