import { ButtonKey, buttonAskedAbout, buttonMeaning, buttonsMeaning } from '../../knowledge/buttonQuestion';
import { loadTexts } from '../../knowledge/texts';

const texts = loadTexts('knowledge/texts');

describe('buttonAskedAbout', () => {
  it.each<[string, ButtonKey]>([
    ['what does the Repeat button do', 'repeat'],
    ['What does “Repeat” do?', 'repeat'],
    ["what's the All steps button for?", 'allSteps'],
    ['what is the stop button', 'stop'],
    ['what happens if I press Stop?', 'stop'],
    ['what happens when the caller taps back', 'back'],
    ['so what does Next mean', 'next'],
    ['what does Not helpful do', 'notHelpful'],
    ['what does helpful do', 'helpful'],
    ['what is "None of these" for', 'noneOfThese'],
    ['what does Resume step 3 do', 'resume'],
    ['how does the done button work', 'done'],
    ['那个 重复 是干啥的', 'repeat'],
    ['重复是什么意思', 'repeat'],
    ['结束按钮有什么用', 'stop'],
    ['下一步按钮是什么意思', 'next'],
    ['点结束会怎样', 'stop'],
    ['点了全部步骤会怎么样', 'allSteps'],
    ['都不是是啥意思', 'noneOfThese'],
    ['沒幫助是幹啥的', 'notHelpful'],
  ])('%j asks what the %s button does', (message, key) => {
    expect(buttonAskedAbout(message, texts)).toBe(key);
  });

  it.each(['what do these buttons do?', 'What do the buttons mean', 'what are these options for', '这些按钮是干啥的', '下面的按钮有什么用', '按钮是什么意思'])(
    '%j asks what the buttons on the screen do',
    (message) => {
      expect(buttonAskedAbout(message, texts)).toBe('shown');
    },
  );

  // Questions about the steps, which name a button's title as a step.
  it.each([
    "what's next",
    'what is next',
    'what is the next thing',
    'what is the next step',
    'what does step 5 mean',
    '下一步是什么',
    '下一步是干啥的',
    '全部步骤是什么',
    '上一步是什么意思',
    'next',
    '重复',
    'stop',
    'what should I press',
    'what does the civic center button do',
  ])('%j asks nothing of a button', (message) => {
    expect(buttonAskedAbout(message, texts)).toBeUndefined();
  });
});

describe('what buttons do, as the bot says it', () => {
  it('names the button and what it does, in each language', () => {
    expect(buttonMeaning(texts.en, 'repeat', undefined)).toBe('The **Repeat** button shows the same step again.');
    expect(buttonMeaning(texts.zh, 'stop', undefined)).toBe('“结束”按钮：结束分步讲解，之后您可以问别的问题。');
    expect(buttonMeaning(texts.en, 'resume', 4)).toBe('The **Resume step 4** button brings back the step you were on before you asked something else.');
  });

  it('lists the buttons shown, and says the others ask the question they show', () => {
    expect(buttonsMeaning(texts.en, ['Next', 'Stop'], undefined)).toBe(
      '- The **Next** button shows the next step.\n- The **Stop** button ends the step-by-step guide; you can then ask anything else.',
    );
    expect(buttonsMeaning(texts.en, ['Step 2: Choose the city', 'None of these'], undefined)).toBe(
      `- ${buttonMeaning(texts.en, 'noneOfThese', undefined)}\n- ${texts.en.otherButtons}`,
    );
    expect(buttonsMeaning(texts.zh, ['怎么在支付宝上帮家人做社保认证？', '继续第3步'], 3)).toBe(
      `- ${buttonMeaning(texts.zh, 'resume', 3)}\n- ${texts.zh.otherButtons}`,
    );
    expect(buttonsMeaning(texts.en, ['How do I certify a family member in Alipay?'], undefined)).toBe(texts.en.questionButtons);
  });
});
