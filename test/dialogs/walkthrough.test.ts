import { Language, languages } from '../../knowledge/language';
import { fillTemplate } from '../../knowledge/texts';
import { COMMAND_PHRASES, GO_TO_PHRASES, MOVE_BY_PHRASES, NO_SUCH_STEP_PHRASES, NOT_UNDERSTOOD_PHRASES, STEP_LIST_PHRASES } from './cases/walkthroughCommands';
import { answerOf, chatWithAssistant, feedbackTitles, resumeTitle, starterTitles, stepControls, stepText, texts, titleOf } from './support/assistant';
import { Chat, SeenMessage } from './support/chat';

const STEP_COUNT = 7;

const stepMessage = (step: number, language: Language): SeenMessage => ({ text: stepText(step, language), buttons: stepControls(language, step) });

function lastStepMessage(language: Language): SeenMessage {
  const { allSteps, stop } = texts[language].buttons;
  return { text: texts[language].lastStep, buttons: [allSteps, stop, ...feedbackTitles(language)] };
}

/** The list of all steps; after a message asking for a step there is not, it says so first. */
function overview(language: Language, position: number, missingStep?: number): SeenMessage {
  const { startWalkthrough, stop } = texts[language].buttons;
  const onward = position === 0 ? startWalkthrough : resumeTitle(position, language);
  const missing = missingStep === undefined ? '' : `${fillTemplate(texts[language].noSuchStep, { step: missingStep, total: STEP_COUNT })}\n\n`;
  return { text: `${missing}${answerOf('procedure', language)}`, buttons: [onward, stop, ...feedbackTitles(language)] };
}

/** A chat in which the walkthrough shows `step`, reached the way a user gets there: the question, then the step. */
async function chatAtStep(step: number, language: Language): Promise<Chat> {
  const chat = chatWithAssistant();
  expect(await chat.reply(texts[language].starters.procedure)).toEqual(overview(language, 0));
  expect(await chat.reply(language === 'en' ? `step ${step}` : `第${step}步`)).toEqual(stepMessage(step, language));
  return chat;
}

describe.each(languages)('walkthrough in %s', (language) => {
  const phrases = COMMAND_PHRASES[language];
  const { buttons } = texts[language];

  it('starts with all seven steps and a button to go step by step', async () => {
    const chat = chatWithAssistant();
    expect(await chat.reply(texts[language].starters.procedure)).toEqual(overview(language, 0));
    expect(await chat.reply(buttons.startWalkthrough)).toEqual(stepMessage(1, language));
  });

  // The last step offered "Next", which led to no step; then its "Done" got "that was the last step", as if the user
  // had asked for one more.
  it('goes through every step with Next, then takes Done as all of them done', async () => {
    const chat = chatWithAssistant();
    await chat.reply(texts[language].starters.procedure);
    for (let step = 1; step <= STEP_COUNT; step += 1) expect(await chat.reply(buttons.next)).toEqual(stepMessage(step, language));
    expect(stepMessage(STEP_COUNT, language).buttons).not.toContain(buttons.next);
    expect(await chat.reply(buttons.done)).toEqual({ text: texts[language].allStepsDone, buttons: starterTitles(language) });
    // Finished: the list of all steps offers to start again, not to resume the last step.
    expect(await chat.reply(buttons.allSteps)).toEqual(overview(language, 0));
    expect(await chat.reply(buttons.startWalkthrough)).toEqual(stepMessage(1, language));
  });

  // The list a walkthrough walks through is the steps: "the second one" got the second function.
  it('takes "the second one" and "the last one" for that step, from the overview and from a step', async () => {
    const chat = chatWithAssistant();
    await chat.reply(texts[language].starters.procedure);
    expect(await chat.reply(language === 'en' ? 'the second one' : '第二个')).toEqual(stepMessage(2, language));
    expect(await chat.reply(language === 'en' ? 'the fifth' : '第五个')).toEqual(stepMessage(5, language));
    expect(await chat.reply(language === 'en' ? 'the last one' : '最后一个')).toEqual(stepMessage(STEP_COUNT, language));
    // "and the second to last" at the last step got it again.
    expect(await chat.reply(language === 'en' ? 'and the second to last' : '倒数第二个')).toEqual(stepMessage(STEP_COUNT - 1, language));
  });

  // There is no step after the last or before the first: the last-step message and the overview stand there.
  const afterTheLast = language === 'en' ? 'what comes after step 7?' : '第七步之后呢';
  const beforeTheFirst = language === 'en' ? 'the step before step 1' : '第一步之前是什么';

  it.each([
    ['in a walkthrough', () => chatAtStep(3, language)],
    ['as the first message', async () => chatWithAssistant()],
  ])('past the last step and before the first %s', async (_where, startChat) => {
    expect(await (await startChat()).reply(afterTheLast)).toEqual(lastStepMessage(language));
    expect(await (await startChat()).reply(beforeTheFirst)).toEqual(overview(language, 0));
  });

  it('offers no step to resume once finished, and goes back to the last step from there', async () => {
    const chat = await chatAtStep(STEP_COUNT, language);
    await chat.reply(buttons.next);
    const answer = await chat.reply(texts[language].starters.functions);
    expect(answer.buttons).not.toContain(resumeTitle(STEP_COUNT, language));
    const again = await chatAtStep(STEP_COUNT, language);
    await again.reply(buttons.next);
    expect(await again.reply(buttons.back)).toEqual(stepMessage(STEP_COUNT, language));
    expect(await again.reply(buttons.next)).toEqual(lastStepMessage(language));
  });

  it.each(phrases.next)('%j shows the next step', async (phrase) => {
    const chat = await chatAtStep(2, language);
    expect(await chat.reply(phrase)).toEqual(stepMessage(3, language));
  });

  it.each(phrases.back)('%j shows the step before', async (phrase) => {
    const chat = await chatAtStep(5, language);
    expect(await chat.reply(phrase)).toEqual(stepMessage(4, language));
  });

  it('shows the "Step N of 7" header once', async () => {
    const chat = chatWithAssistant();
    await chat.reply(texts[language].starters.procedure);
    for (let step = 1; step <= STEP_COUNT; step += 1) {
      const { text } = await chat.reply(buttons.next);
      const header = fillTemplate(texts[language].stepHeader, { step, total: STEP_COUNT });
      expect(text.split(header).length - 1).toBe(1);
    }
  });

  it('goes back from step 1 to the list of all steps', async () => {
    const chat = await chatAtStep(1, language);
    expect(await chat.reply(buttons.back)).toEqual(overview(language, 0));
  });

  const saidNotUnderstood: readonly string[] = NOT_UNDERSTOOD_PHRASES[language];
  it.each([...phrases.repeat, ...phrases.resume].filter((phrase) => !saidNotUnderstood.includes(phrase)))('%j shows the same step again', async (phrase) => {
    const chat = await chatAtStep(6, language);
    expect(await chat.reply(phrase)).toEqual(stepMessage(6, language));
  });

  // All seven steps at once were too much, and shown again the same: "看不懂", "慢点" and "太多了" under them.
  // Two said together or with how to go on: "太多了 看不懂" was refused, "too much, one at a time please" got a "Did you mean".
  it.each({ en: ["I don't understand", 'slow down', 'too much', 'too much, one at a time please'], zh: ['看不懂', '慢点', '太多了', '太多了 看不懂'] }[language])(
    '%j under all the steps starts them one at a time',
    async (phrase) => {
      const chat = chatWithAssistant();
      expect(await chat.reply(texts[language].starters.procedure)).toEqual(overview(language, 0));
      expect(await chat.reply(phrase)).toEqual(stepMessage(1, language));
    },
  );

  // The same text again with nothing said read as the bot not listening.
  it.each(saidNotUnderstood)('%j shows the same step again, after saying the sources have no other words for it', async (phrase) => {
    const chat = await chatAtStep(6, language);
    expect((await chat.say(phrase)).messages).toEqual([{ text: texts[language].noDefinition, buttons: [] }, stepMessage(6, language)]);
  });

  it.each(phrases.allSteps)('%j shows all steps and offers to resume', async (phrase) => {
    const chat = await chatAtStep(4, language);
    expect(await chat.reply(phrase)).toEqual(overview(language, 4));
    expect(await chat.reply(resumeTitle(4, language))).toEqual(stepMessage(4, language));
  });

  it.each(phrases.stepByStep)('%j goes on one step at a time: step 1 from the list of all steps, else the step shown', async (phrase) => {
    const chat = chatWithAssistant();
    expect(await chat.reply(texts[language].starters.procedure)).toEqual(overview(language, 0));
    expect(await chat.reply(phrase)).toEqual(stepMessage(1, language));
    expect(await (await chatAtStep(4, language)).reply(phrase)).toEqual(stepMessage(4, language));
  });

  it.each(phrases.stop)('%j ends the walkthrough', async (phrase) => {
    const chat = await chatAtStep(3, language);
    expect(await chat.reply(phrase)).toEqual({ text: texts[language].walkthroughStopped, buttons: starterTitles(language) });
    // Ended: the button of an old message is matched like any other message.
    const after = await chat.say(buttons.repeat);
    expect(after.messages.map((message) => message.text)).not.toContain(stepText(3, language));
  });

  // The reply follows the language of what was typed, which for "step 5" is the detector's call.
  it.each(GO_TO_PHRASES)('%j jumps to step %d', async (phrase, step) => {
    const chat = await chatAtStep(1, language);
    const { text } = await chat.reply(phrase);
    expect(languages.map((replyLanguage) => stepText(step, replyLanguage))).toContain(text);
  });

  // The steps are for any family member: "what about my mother-in-law?" got a "Did you mean" of step 6 and the legal
  // basis, "那我婆婆呢" and "我岳父也能这样弄吗" "I can't answer".
  it.each({ en: ['what about my mother-in-law?', 'and my dad?', 'can I do the same for my wife?'], zh: ['那我婆婆呢', '我岳父也能这样弄吗', '我妈呢'] }[language])(
    '%j on a step or under the steps shows the steps again',
    async (phrase) => {
      const chat = await chatAtStep(3, language);
      expect(await chat.reply(phrase)).toEqual(overview(language, 0));
      expect(await chat.reply(phrase)).toEqual(overview(language, 0));
    },
  );

  // "下下步" at step 7 showed step 7 again.
  const aheadInLanguage = MOVE_BY_PHRASES.filter(([phrase, by]) => by > 0 && /\p{Script=Han}/u.test(phrase) === (language === 'zh'));
  it.each(aheadInLanguage)('%j at the last step says it was the last', async (phrase) => {
    const chat = await chatAtStep(STEP_COUNT, language);
    expect(await chat.reply(phrase)).toEqual(lastStepMessage(language));
  });

  it.each(MOVE_BY_PHRASES)('%j at step 4 moves by %d steps', async (phrase, by) => {
    const chat = await chatAtStep(4, language);
    const { text } = await chat.reply(phrase);
    expect(languages.map((replyLanguage) => stepText(4 + by, replyLanguage))).toContain(text);
  });

  // "step 9" used to be matched to whichever step its words resembled (step 2).
  it.each(NO_SUCH_STEP_PHRASES)('%j says there is no step %d, shows all steps and offers to resume', async (phrase, step) => {
    const chat = await chatAtStep(3, language);
    const reply = await chat.reply(phrase);
    expect(languages.map((replyLanguage) => overview(replyLanguage, 3, step))).toContainEqual(reply);
    expect(await chat.reply(resumeTitle(3, language))).toEqual(stepMessage(3, language));
  });
});

// "step 3" in a Chinese walkthrough turned the reply English for a turn: it is the walkthrough's command in any
// language.
// "xia yi bu" and "shang yi bu" (下一步 and 上一步 typed in pinyin) were refused, in English.
it('keeps a Chinese walkthrough Chinese for "step 3" and the pinyin of its commands', async () => {
  const chat = await chatAtStep(1, 'zh');
  expect(await chat.reply('step 3')).toEqual(stepMessage(3, 'zh'));
  expect(await chat.reply('xia yi bu')).toEqual(stepMessage(4, 'zh'));
  expect(await chat.reply('xiayibu')).toEqual(stepMessage(5, 'zh'));
  expect(await chat.reply('shang yi bu')).toEqual(stepMessage(4, 'zh'));
  // "chongfu", "haole" and "jieshu" were refused.
  expect(await chat.reply('chongfu')).toEqual(stepMessage(4, 'zh'));
  expect(await chat.reply('haole')).toEqual(stepMessage(5, 'zh'));
  expect((await chat.reply('jieshu')).text).toBe(texts.zh.walkthroughStopped);
});

// "现在点哪里" and "接下来点哪" were refused or got the step shown again, "我该点什么" the help: each asks what to tap now,
// as "what do I tap now" does, which goes on.
it.each(['现在点哪里', '接下来点哪', '我该点什么', '那我要点啥'])('goes on to the next step for %j in a Chinese walkthrough', async (phrase) => {
  const chat = await chatAtStep(2, 'zh');
  expect(await chat.reply(phrase)).toEqual(stepMessage(3, 'zh'));
});

describe.each(languages)('outside a walkthrough, in %s', (language) => {
  const { next, back, repeat, resume, allSteps } = COMMAND_PHRASES[language];
  const nothingToMoveIn = (): SeenMessage => ({
    text: `${texts[language].noWalkthrough}\n\n${texts[language].helpIntro}`,
    buttons: starterTitles(language),
  });

  // Saying something is done, or understood, acknowledges too.
  const acknowledgements =
    language === 'en'
      ? [...['ok', 'Got it.', '👍', 'done', 'Ok done', 'I did it', 'found it', 'I see', 'ok he clicked it'], ...['oh there it is', 'yep found it', 'ah ok i see it', 'mm ok', 'right', "that's right", 'yep', 'k'], ...['complete', 'ok im done with this one', 'done with that step', 'oh nvm got it', "caller's done with that one", 'ok caller has done it', "she's finished that step"], ...['its done', "ok it's done now", "that's done", 'fine', 'mom says done', "dad says he's in", "she says it's done", 'ok done with the family part', 'grandma tapped it', 'I see it under social security management', "I've got Alipay open on my phone", 'okay found', 'my mom says she pressed the button'], ...['finished this one', 'this step is complete', 'all good', 'worked', 'ok that worked', 'y', 'she confirmed']]
      : [...['好的', '嗯嗯', '👌🏻', '好了', '完成了', '我找到了', '已经打开了', '我爸点开了', '哦'], ...['哦找到了', '嗯找到了', '哦 好了', 'ok了', '点了', '好吧', '是的', '好勒', '点进去了', '看到了', '完成', '开了'], ...['看到了 点进去了', '搞掂', '妥了', '中', '得嘞', '找着了', '俺弄好了', '完事了', '整好了', '得劲', '中中'], ...['有了有了', '要得 找到了', '要得', '奶奶说打开了', '我爸说进去了', '老伴说好了', '找到了 在右下角', '哦 在右下角 找到了', '点了的'], ...['好了好了点进去了', '对']];

  // A command after words that correct the last message: "不对，我是说下一步" got the summary, "no wait, I meant what comes
  // after it" a "Did you mean" of step 1.
  it('moves as a command corrected into it says', async () => {
    const chat = await chatAtStep(3, language);
    const text = language === 'en' ? 'no wait, I meant what comes after it' : '不对，我是说下一步';
    expect((await chat.reply(text)).text).toBe(stepText(4, language));
  });

  // Beside what a step taps: "what do I do before tapping My?" got step 1, "点我的之前要干啥" a refusal.
  it('beside what a step taps, as the first message, shows the step before or after it', async () => {
    const text = language === 'en' ? 'what do I do before tapping My?' : '点我的之前要干啥';
    expect((await chatWithAssistant().reply(text)).text).toBe(stepText(4, language));
  });

  // Spelt the British way, at a step: "ok whats after the civic centre" at step 3 got step 2 (0.51).
  it('after what a step taps, spelt the British way, shows the step after it', async () => {
    const chat = await chatAtStep(3, language);
    expect((await chat.reply('ok whats after the civic centre')).text).toBe(stepText(3, 'en'));
  });

  // "what do I do after step 3" used to get step 3: the matcher answers the step a message names.
  it.each(GO_TO_PHRASES)('%j as the first message shows step %d', async (phrase, step) => {
    const { text } = await chatWithAssistant().reply(phrase);
    expect(languages.map((replyLanguage) => stepText(step, replyLanguage))).toContain(text);
  });

  // "绑定好了然后呢" (the binding done, then what?) got "no walkthrough is running" for the step after the binding.
  it.each({ en: ['binding done, next', 'I added my mom, next'], zh: ['绑定好了然后呢', '加好家人了，下一步'] }[language])(
    '%j, saying what was done, as the first message shows the step after it',
    async (phrase) => {
      expect((await chatWithAssistant().reply(phrase)).text).toBe(stepText(7, language));
    },
  );

  const notUnderstood = NOT_UNDERSTOOD_PHRASES[language];
  // Not finding it, with no walkthrough, gets the steps (below).
  const notFound = {
    en: ["I can't find it", "I don't see it", "she can't find it", "the caller still doesn't see it"],
    zh: ['找不到', '我没看到', '找不着啊', '她找不到', '老人还是找不到'],
  }[language];
  it.each([...next, ...back, ...repeat, ...resume].filter((phrase) => ![...acknowledgements, ...notUnderstood, ...notFound].includes(phrase)))(
    '%j says no walkthrough is running and shows what the bot can do',
    async (phrase) => {
      expect(await chatWithAssistant().reply(phrase)).toEqual(nothingToMoveIn());
    },
  );

  it.each(notUnderstood)('%j with nothing to give again gets what the bot can do, and no word about walkthroughs', async (phrase) => {
    expect(await chatWithAssistant().reply(phrase)).toEqual({ text: texts[language].helpIntro, buttons: starterTitles(language) });
  });

  it.each(acknowledgements)('%j after an answer gets what the bot can do, and no word about walkthroughs', async (phrase) => {
    const chat = chatWithAssistant();
    await chat.reply(texts[language].starters.functions);
    expect(await chat.reply(phrase)).toEqual({ text: texts[language].helpIntro, buttons: starterTitles(language) });
  });

  // "step 5 and 6" got step 5 alone, the matcher's answer.
  it.each(STEP_LIST_PHRASES)('%j as the first message shows steps %j one under the other, and "next" goes on after them', async (phrase, steps) => {
    const chat = chatWithAssistant();
    const { text, buttons } = await chat.reply(phrase);
    expect(languages.map((replyLanguage) => steps.map((step) => stepText(step, replyLanguage)).join('\n\n'))).toContain(text);
    expect(languages.map(stepControls)).toContainEqual(buttons);
    const after = steps[steps.length - 1] + 1;
    expect(languages.map((replyLanguage) => stepText(after, replyLanguage))).toContain((await chat.reply(language === 'en' ? 'next' : '下一步')).text);
  });

  // "found social security" at step 3 got the functions of social security (0.34); with no walkthrough, what was done
  // says which step comes after it.
  it('takes what the user says was done as the step done', async () => {
    const chat = await chatAtStep(3, language);
    const done = language === 'en' ? 'found social security' : '我爸点开了';
    expect(await chat.reply(done)).toEqual(stepMessage(4, language));
    if (language === 'en') expect((await chatWithAssistant().reply('I clicked social security, what now')).text).toBe(stepText(4, 'en'));
  });

  // Refused for "in person", which only the story names. A story that asks it is told that question is not answered.
  it('opens the steps asked for after a story naming what the sources do not cover', async () => {
    const story =
      'My father retired ten years ago. Every year the community calls him to come in person to prove he is alive. ' +
      'Now his legs are bad. Could you please tell me the steps?';
    expect(await chatWithAssistant().reply(story)).toEqual(overview('en', 0));
    const asking = 'My father retired ten years ago. Can he do it in person? Could you please tell me the steps?';
    const { messages } = await chatWithAssistant().say(asking);
    expect(messages.map((message) => message.text)).toEqual([
      fillTemplate(texts.en.partlyAnswered, { questions: '“Can he do it in person?”' }),
      overview('en', 0).text,
    ]);
  });

  // "I opened Civic Center" at step 1 got step 2, "I clicked social security" step 3, "我点进社保了" at step 3 was refused
  // and "社保点进去了" at step 2 got step 3: the step that taps it, not the one after.
  it('takes what a step taps, said to be tapped, as that step done, in a walkthrough, paused or not', async () => {
    const [civicCenter, socialSecurity] = language === 'en' ? ['I opened Civic Center', 'I clicked social security'] : ['我已经点了市民中心', '我点进社保了'];
    const chat = await chatAtStep(1, language);
    expect(await chat.reply(civicCenter)).toEqual(stepMessage(3, language));
    expect(await chat.reply(socialSecurity)).toEqual(stepMessage(4, language));
    if (language === 'zh') expect(await (await chatAtStep(2, language)).reply('社保点进去了')).toEqual(stepMessage(4, language));
    // After a question in between, and with no walkthrough.
    await chat.reply(texts[language].starters.functions);
    expect(await chat.reply(socialSecurity)).toEqual(stepMessage(4, language));
    expect((await chatWithAssistant().reply(socialSecurity)).text).toBe(stepText(4, language));
  });

  // "which step was the family thing" under the steps got step 7, whose questions say "family" most.
  it('shows the step asked for by what it taps', async () => {
    const chat = chatWithAssistant();
    await chat.reply(texts[language].starters.procedure);
    expect(await chat.reply(language === 'en' ? 'which step was the family thing' : '亲情那个是第几步')).toEqual(stepMessage(6, language));
    // With no walkthrough, by what the step says to do: it got a "Did you mean" of step 3.
    expect(await chatWithAssistant().reply(language === 'en' ? 'which step says to click My' : '哪一步是点我的')).toEqual(stepMessage(5, language));
  });

  // "where is social security" at step 4 got step 4 again, which names social security management.
  it('shows the step that taps what the user asks the place of', async () => {
    const chat = await chatAtStep(4, language);
    expect(await chat.reply(language === 'en' ? 'where is social security' : '社保在哪里')).toEqual(stepMessage(3, language));
    expect(await chatWithAssistant().reply(language === 'en' ? "where's family service" : '亲情服务在哪儿呢')).toEqual(stepMessage(6, language));
  });

  // A step is done once all of it is: choosing the city is the first half of step 2 and opening family service the
  // first of step 6, and what the user needs next is the rest of that step ("tap Civic Center", "add the family
  // member"), which the step shown again gives; the next step would skip it. The knowledge answers "城市选好了，接下来呢"
  // and "进了亲情服务然后呢" with those steps too.
  it('shows a step half done again, for the rest of it', async () => {
    const [city, familyService] = language === 'en' ? ['I picked my city', 'I opened family service'] : ['选好城市了', '进了亲情服务'];
    expect(await (await chatAtStep(2, language)).reply(city)).toEqual(stepMessage(2, language));
    expect(await (await chatAtStep(5, language)).reply(familyService)).toEqual(stepMessage(6, language));
  });

  it('takes what was done for the step it leads to when the knowledge says which', async () => {
    const chat = await chatAtStep(2, 'en');
    // The city is the first half of step 2: Civic Center comes after it.
    expect(await chat.reply('I picked my city, now what')).toEqual(stepMessage(2, 'en'));
    expect(await chat.reply('I tapped social security, now what')).toEqual(stepMessage(4, 'en'));
  });

  // It got what the bot can do, and no word of the steps.
  // Before the last step it said nothing of the question, and showed the next step.
  it('"is that all?" says how many steps are left and shows the next one, and at the last step says it was the last', async () => {
    const isThatAll = language === 'en' ? 'is that all?' : '就这些吗？';
    const { messages } = await (await chatAtStep(5, language)).say(isThatAll);
    expect(messages).toEqual([{ text: fillTemplate(texts[language].notTheLastStep, { left: 2 }), buttons: [] }, stepMessage(6, language)]);
    expect((await (await chatAtStep(7, language)).reply(isThatAll)).text).toBe(texts[language].lastStep);
  });

  // Asking whether the step shown is the last, or whether that was all: at step 7 "这是最后一步吗" showed step 7 again,
  // "就这样就完了吗" got the goodbye, "然后点哪" a "Did you mean" of step 3, "then where do I tap?" step 5 and "还有下一步吗"
  // a refusal.
  // Whether it is the last (true) gets how many are left before the next step.
  it.each(({
    en: [['is this the last step?', true], ['is that the final one', true], ['what do I click next?', false], ['then where do I tap?', false]],
    // "这就完了？" and "完事了吗" got the goodbye.
    zh: [['就这样就完了吗', true], ['这是最后一步吗', true], ['然后点哪', false], ['这就结束了吗', true], ['还有下一步吗', false], ['这就完了？', true], ['完事了吗', true],
      // Said done first: "点了 然后就完了吗" got a "Did you mean", "完成了吗" step 7 again.
      ['点了 然后就完了吗', true], ['完成了吗', true], ['是不是就完事了', true]],
  } as const)[language])(
    '%j at the last step says it was the last, and before it shows the next step',
    async (phrase, asksIfLast) => {
      expect(await (await chatAtStep(STEP_COUNT, language)).reply(phrase)).toEqual(lastStepMessage(language));
      const { messages } = await (await chatAtStep(3, language)).say(phrase);
      const left = { text: fillTemplate(texts[language].notTheLastStep, { left: STEP_COUNT - 3 }), buttons: [] };
      expect(messages).toEqual([...(asksIfLast ? [left] : []), stepMessage(4, language)]);
    },
  );

  // Done at the last step is all of them done: "认证完了" at step 7 got all seven steps again, then "that was the last
  // step", as did the step's own "Done" button.
  it.each({ en: ['done', 'finished', 'I did it', 'ok its done'], zh: ['认证完了', '完成了', '弄好了'] }[language])(
    '%j at the last step says those were all the steps, and before it shows the next step',
    async (phrase) => {
      expect(await (await chatAtStep(STEP_COUNT, language)).reply(phrase)).toEqual({ text: texts[language].allStepsDone, buttons: starterTitles(language) });
      expect(await (await chatAtStep(3, language)).reply(phrase)).toEqual(stepMessage(4, language));
    },
  );

  // "Repeat" after "steps 5 and 6" showed step 6 alone.
  it('"repeat" and its button show every step just shown together again, and one step once "next" moved on', async () => {
    const chat = chatWithAssistant();
    const together = await chat.reply(language === 'en' ? 'steps 5 and 6' : '第5、6两步');
    expect(await chat.reply(texts[language].buttons.repeat)).toEqual(together);
    expect(await chat.reply(language === 'en' ? 'repeat that' : '再说一遍')).toEqual(together);
    await chat.reply(texts[language].buttons.next);
    expect(await chat.reply(texts[language].buttons.repeat)).toEqual(stepMessage(7, language));
  });

  it.each(NO_SUCH_STEP_PHRASES)('%j as the first message says there is no step %d and shows all steps', async (phrase, step) => {
    const reply = await chatWithAssistant().reply(phrase);
    expect(languages.map((replyLanguage) => overview(replyLanguage, 0, step))).toContainEqual(reply);
  });

  it.each(COMMAND_PHRASES[language].stepByStep)('%j as the first message starts the walkthrough at step 1', async (phrase) => {
    expect(await chatWithAssistant().reply(phrase)).toEqual(stepMessage(1, language));
  });

  // Step by step with the question it is about got all seven steps at once; with more words, a "Did you mean" of them.
  it.each(
    language === 'en'
      ? ['step by step how do I certify my dad', 'walk me through certifying my mom on alipay', 'step by step please, my caller is holding the phone']
      : // "开始教我认证的步骤吧，一次一步" got a "Did you mean" of step 1.
        ['一步一步教我怎么帮我妈认证', '怎么帮我爸认证社保 一步一步说 别一下子全发出来 我记不住', '我妈80岁了 一步一步来', '我妈80岁了眼睛不好 你说慢一点 一步一步来🙏', '开始教我认证的步骤吧，一次一步'],
  )(
    '%j, asking the procedure one step at a time, starts the walkthrough at step 1',
    async (phrase) => {
      expect(await chatWithAssistant().reply(phrase)).toEqual(stepMessage(1, language));
    },
  );

  it.each([...allSteps, language === 'en' ? 'complete process' : '完整流程'])(
    '%j opens the walkthrough at the list of all steps',
    async (phrase) => {
      expect(await chatWithAssistant().reply(phrase)).toEqual(overview(language, 0));
    },
  );

  it.each(language === 'en' ? ['stop', 'quit', 'end', 'cancel'] : ['结束', '退出', '停止'])(
    '%j says there is nothing to stop instead of answering whatever it resembles',
    async (phrase) => {
      expect(await chatWithAssistant().reply(phrase)).toEqual(nothingToMoveIn());
    },
  );

  it.each(language === 'en' ? ["I'm done", "that's all"] : ['不用了', '够了'])('%j is a goodbye', async (phrase) => {
    const { text } = await chatWithAssistant().reply(phrase);
    expect(text).toBe(answerOf('goodbye', language));
  });

  it('goes on from the step it was stopped at on "next", and starts again from its question', async () => {
    const chat = await chatAtStep(3, language);
    await chat.reply(texts[language].buttons.stop);
    expect(await chat.reply(texts[language].buttons.next)).toEqual(stepMessage(4, language));
    await chat.reply(texts[language].buttons.stop);
    expect(await chat.reply(texts[language].starters.procedure)).toEqual(overview(language, 0));
    expect(await chat.reply(texts[language].buttons.next)).toEqual(stepMessage(1, language));
  });

  // After Stop, "actually lets continue" was refused and "continue" told that no walkthrough was running; "继续" went on
  // to the step after, and "算了还是继续吧" was refused.
  it.each(language === 'en' ? ['actually lets continue', "ok let's carry on then", 'resume', 'continue'] : ['继续刚才的', '接着刚才的说', '继续', '算了还是继续吧'])(
    '%j after Stop and another question takes the walkthrough up at the step it was stopped at, which no button offered',
    async (phrase) => {
      const chat = await chatAtStep(3, language);
      await chat.reply(texts[language].buttons.stop);
      const answer = await chat.reply(language === 'en' ? 'What are the functions of social security?' : '社会保障有哪些功能？');
      expect(answer.buttons).not.toContain(resumeTitle(3, language));
      expect(await chat.reply(phrase)).toEqual(stepMessage(3, language));
    },
  );
});

describe('interruption', () => {
  // "继续" and "continue" after a question in between went on to the step after the one shown before it, which the
  // Resume button shows again.
  it.each([
    ['en', 'continue'],
    ['en', 'go on'],
    ['zh', '继续'],
    ['zh', '接着来'],
  ] as const)('[%s] %j after a question in between takes the walkthrough up at the step it was at', async (language, phrase) => {
    const chat = await chatAtStep(3, language);
    await chat.reply(language === 'en' ? 'What are the functions of social security?' : '社会保障有哪些功能？');
    expect(await chat.reply(phrase)).toEqual(stepMessage(3, language));
    expect(await chat.reply(phrase)).toEqual(stepMessage(4, language));
  });

  // Looking back at an earlier step, or asking whether one comes first, moved the walkthrough there: "what was step 2
  // again? I forgot" at step 5, then "ok where was I", got step 2; "do I tap Civic Center first?" at step 6, then
  // "continue", step 3.
  it.each([
    ['en', 5, 'what was step 2 again? I forgot', 2],
    ['en', 6, 'do I tap Civic Center first?', 2],
    ['zh', 5, '第二步是什么来着', 2],
    // Asked about, as a question: "what city do i pick" at step 5 and "where is civic center again" at step 6 moved the
    // walkthrough to step 2, and "next" went on to step 3.
    ['en', 5, 'what city do i pick', 2],
    ['en', 6, 'where is civic center again', 2],
  ] as const)('[%s] at step %d, %j shows step %d in between and keeps the walkthrough', async (language, position, question, step) => {
    const chat = await chatAtStep(position, language);
    const { messages } = await chat.say(question);
    expect(messages.at(-1)?.text).toBe(stepText(step, language));
    expect(messages.at(-1)?.buttons).toContain(resumeTitle(position, language));
    expect(await chat.reply(language === 'en' ? 'continue' : '继续')).toEqual(stepMessage(position, language));
  });

  // Which of a step's things to choose, or whose: "should i choose my city or my moms city" got step 2 with no word that
  // the sources do not say.
  it.each([
    ['en', 'should i choose my city or my moms city'],
    ['en', 'do i select my dads city or where i live'],
    ['zh', '我选哪个城市'],
  ] as const)('[%s] %j says the sources say no more, then shows the step', async (language, question) => {
    const chat = await chatAtStep(2, language);
    const { messages } = await chat.say(question);
    expect(messages.map(({ text }) => text)).toEqual([texts[language].noDefinition, stepText(2, language)]);
  });

  // "还有几步" got a "Did you mean", "快完了没" the goodbye, "how many steps left" a "Did you mean" of step 7.
  it.each([
    ['en', 'how many steps left'],
    ['en', 'are we almost done'],
    ['zh', '还有几步'],
    ['zh', '快完了没'],
    ['zh', '完了没有'],
  ] as const)('[%s] %j says how many steps are left and stays at the step', async (language, question) => {
    const chat = await chatAtStep(3, language);
    expect(await chat.reply(question)).toEqual({ text: fillTemplate(texts[language].stepsLeft, { left: 4 }), buttons: stepMessage(3, language).buttons });
    expect(await chat.reply(texts[language].buttons.next)).toEqual(stepMessage(4, language));
    const atTheLast = await chatAtStep(STEP_COUNT, language);
    expect((await atTheLast.reply(question)).text).toBe(texts[language].lastStepNow);
  });

  // "ok i pressed 市民中心" in an English walkthrough turned it Chinese, and the next "next" too.
  it('keeps English when an English message names a Chinese label', async () => {
    const chat = await chatAtStep(2, 'en');
    expect(await chat.reply('ok i pressed 市民中心')).toEqual(stepMessage(3, 'en'));
    expect(await chat.reply('tapped 社保')).toEqual(stepMessage(4, 'en'));
  });

  // "back" after a question in between went back a step from the one paused; at a step it still goes back.
  it.each([
    ['en', 'back'],
    ['zh', '返回'],
  ] as const)('[%s] %j after a question in between takes the walkthrough up at its step, and then goes back', async (language, phrase) => {
    const chat = await chatAtStep(4, language);
    await chat.reply(language === 'en' ? 'What are the functions of social security?' : '社会保障有哪些功能？');
    expect(await chat.reply(phrase)).toEqual(stepMessage(4, language));
    expect(await chat.reply(phrase)).toEqual(stepMessage(3, language));
  });

  // Done at the last step after a question in between said "that was the last step", over and over.
  it.each(languages)('[%s] done at the last step after a question in between says those were all the steps', async (language) => {
    const chat = await chatAtStep(STEP_COUNT, language);
    await chat.reply(language === 'en' ? 'is it free?' : '要钱吗');
    expect(await chat.reply(language === 'en' ? 'done' : '完成了')).toEqual({ text: texts[language].allStepsDone, buttons: starterTitles(language) });
  });

  // "All steps" asked for at a step: "太多了" under them got the summary, "done" went on to the next step.
  it.each(languages)('[%s] under all the steps asked for at a step, too much goes on one at a time there, and done is all done', async (language) => {
    const chat = await chatAtStep(4, language);
    await chat.reply(texts[language].buttons.allSteps);
    expect(await chat.reply(language === 'en' ? 'too much' : '太多了')).toEqual(stepMessage(4, language));
    await chat.reply(texts[language].buttons.allSteps);
    expect(await chat.reply(language === 'en' ? 'done' : '弄好了')).toEqual({ text: texts[language].allStepsDone, buttons: starterTitles(language) });
  });

  // Asked in English of a Chinese term, it moved the walkthrough to the step naming it: "what does 亲情服务 mean" at step 2,
  // then "continue", got step 7.
  it('keeps the walkthrough when asked what a Chinese term means in English', async () => {
    const chat = await chatAtStep(2, 'en');
    const { messages } = await chat.say('what does 亲情服务 mean');
    expect(messages.map(({ text }) => text)).toEqual([texts.en.noDefinition, stepText(6, 'en')]);
    expect(await chat.reply('continue')).toEqual(stepMessage(2, 'en'));
  });

  // Stopped while paused, it was forgotten: "continue" after "wait" (refused) and "stop" said no guide was running.
  it.each(languages)('[%s] stopped while paused, it is taken up again at the step it was at', async (language) => {
    const chat = await chatAtStep(3, language);
    await chat.reply(language === 'en' ? 'how much pension will my father get' : '我爸能领多少养老金');
    await chat.reply(texts[language].buttons.stop);
    expect(await chat.reply(language === 'en' ? 'continue' : '继续')).toEqual(stepMessage(3, language));
  });

  // "wait" was refused (read as "want"), and so were "hang on a sec" and "等一下": the walkthrough was left.
  it.each([
    ['en', 'wait'],
    ['en', 'hang on a sec'],
    ['en', 'hold on please'],
    // With why: it was refused.
    ['en', 'hang on, my mum is calling'],
    ['zh', '等一下'],
    ['zh', '稍等'],
    // A break till later, and who went away: they were refused.
    ['en', 'grandma is tired we will continue tomorrow'],
    ['en', 'she wants a break'],
    ['zh', '等一下 奶奶去接电话了'],
    ['zh', '奶奶累了 明天再弄'],
    // Asked to wait for the asker: it was refused.
    ['zh', '等我一下 我去拿我妈手机'],
  ] as const)('[%s] %j at a step waits there, with the step\'s controls', async (language, phrase) => {
    const chat = await chatAtStep(3, language);
    expect(await chat.reply(phrase)).toEqual({ text: texts[language].walkthroughWaits, buttons: stepMessage(3, language).buttons });
    expect(await chat.reply(texts[language].buttons.next)).toEqual(stepMessage(4, language));
  });

  it.each(languages)('[%s] answers another question mid-walkthrough and resumes where it was', async (language) => {
    const chat = await chatAtStep(3, language);
    const functionsQuestion = language === 'en' ? 'What are the functions of social security?' : '社会保障有哪些功能？';
    const answer = await chat.reply(functionsQuestion);
    expect(answer.text).toBe(answerOf('functions', language));
    expect(answer.buttons).toContain(titleOf('function-redistribution', language));
    expect(answer.buttons[answer.buttons.length - 1]).toBe(resumeTitle(3, language));

    // The follow-up still works, and the walkthrough is still on offer.
    const followUp = await chat.reply(language === 'en' ? 'the second one' : '第二个');
    expect(followUp.text).toBe(answerOf('function-redistribution', language));
    expect(followUp.buttons[followUp.buttons.length - 1]).toBe(resumeTitle(3, language));

    expect(await chat.reply(resumeTitle(3, language))).toEqual(stepMessage(3, language));
    expect(await chat.reply(texts[language].buttons.next)).toEqual(stepMessage(4, language));
  });

  it.each([
    ['en', 'back to the steps'],
    ['zh', '回到刚才的步骤'],
    // Asked which step it was: they were refused.
    ['zh', '第几步了现在'],
    ['zh', '剛才第幾步了'],
  ] as const)('[%s] %j after an interruption resumes the step it was at', async (language, phrase) => {
    const chat = await chatAtStep(4, language);
    await chat.reply(language === 'en' ? 'What does Article 64 say?' : '第六十四条说了什么');
    expect(await chat.reply(phrase)).toEqual(stepMessage(4, language));
  });

  it('continues with "next" after an interruption', async () => {
    const chat = await chatAtStep(5, 'en');
    await chat.reply('Which law are these answers based on?');
    expect(await chat.reply('next')).toEqual(stepMessage(6, 'en'));
  });

  it('forgets the paused walkthrough once it is stopped', async () => {
    const chat = await chatAtStep(2, 'zh');
    await chat.reply('第六十四条原文是什么');
    expect(await chat.reply('结束')).toEqual({ text: texts.zh.walkthroughStopped, buttons: starterTitles('zh') });
    const answer = await chat.reply('社会保险基金包括哪几种');
    expect(answer.text).toBe(answerOf('article64-funds', 'zh'));
    expect(answer.buttons).not.toContain(resumeTitle(2, 'zh'));
  });

  it('starts over when a step is asked for as a question', async () => {
    const chat = await chatAtStep(2, 'en');
    await chat.reply('What are the functions of social security?');
    expect(await chat.reply('What do I do in step three?')).toEqual(stepMessage(3, 'en'));
  });
});

describe('traces', () => {
  it('traces the step each command shows, as chosen by the user', async () => {
    const chat = await chatAtStep(1, 'en');
    const turn = await chat.say('next');
    expect(turn.traces).toEqual([
      { text: 'next', language: 'en', intent: 'step-2', score: 1, top3: [{ intent: 'step-2', score: 1 }], answerId: 'step-2', readBy: 'walkthrough: next' },
    ]);
  });

  it('traces each of several steps shown at once', async () => {
    const chat = await chatAtStep(1, 'en');
    const turn = await chat.say('steps 2 and 3');
    expect(turn.traces.map((trace) => trace.answerId)).toEqual(['step-2', 'step-3']);
  });
});

// "亲情服务是什么" at step 2 moved the walkthrough to step 6, "回到刚才的步骤" came back there, and "一步一步教我" after it
// started at step 6: what a term of a step means is shown in between.
describe.each(languages)('a term of a step asked about, in %s', (language) => {
  const term = language === 'en' ? 'what does binding mean' : '亲情服务是什么';
  const termStep = language === 'en' ? 7 : 6;

  it('during the walkthrough: the step is shown in between, and the walkthrough resumes where it was', async () => {
    const chat = chatWithAssistant();
    await chat.reply(language === 'en' ? 'step 2' : '第2步');
    const turn = await chat.say(term);
    expect(turn.messages.map((message) => message.text)).toEqual([texts[language].noDefinition, stepText(termStep, language)]);
    expect(turn.messages[1].buttons).toContain(resumeTitle(2, language));
    expect(await chat.reply(resumeTitle(2, language))).toEqual(stepMessage(2, language));
  });

  // A step asked by its number is no term: after "第五步是什么意思" at step 2, "下一步" got step 3.
  it('during the walkthrough, a step asked what it means by its number: the walkthrough moves there', async () => {
    const chat = chatWithAssistant();
    await chat.reply(language === 'en' ? 'step 2' : '第2步');
    const turn = await chat.say(language === 'en' ? 'what does step 5 mean' : '第五步是什么意思');
    expect(turn.messages.at(-1)?.text).toBe(stepText(5, language));
    expect(await chat.reply(texts[language].buttons.next)).toEqual(stepMessage(6, language));
  });

  // "next" after "what does the Civic Center mean?" said no walkthrough ran, and "and step 5?" got "that's all my sources
  // say about it".
  it('before any walkthrough: "next" and "back" go on from its step, and a step named is that step', async () => {
    const [asked, step] = language === 'en' ? ['what does the Civic Center mean?', 2] : [term, termStep];
    const chatAfterTheTerm = async () => {
      const chat = chatWithAssistant();
      await chat.say(asked);
      return chat;
    };
    expect(await (await chatAfterTheTerm()).reply(texts[language].buttons.next)).toEqual(stepMessage(step + 1, language));
    expect(await (await chatAfterTheTerm()).reply(texts[language].buttons.back)).toEqual(stepMessage(step - 1, language));
    expect(await (await chatAfterTheTerm()).reply(language === 'en' ? 'and step 5?' : '那第5步呢')).toEqual(stepMessage(5, language));
  });

  it('before any walkthrough: asked step by step after it, the walkthrough starts at step 1', async () => {
    const chat = chatWithAssistant();
    await chat.say(term);
    expect(await chat.reply(language === 'en' ? 'step by step please' : '一步一步教我')).toEqual(stepMessage(1, language));
  });
});

// "俺爹没智能手机咋整" at step 5 got the overview, and "刚才到第几步了" the overview again: step 5 was lost.
describe.each(languages)('the procedure asked again in a walkthrough, in %s', (language) => {
  it('is shown in between, and the walkthrough resumes where it was', async () => {
    const chat = chatWithAssistant();
    await chat.reply(language === 'en' ? 'step 5' : '第5步');
    const overview = await chat.reply(texts[language].starters.procedure);
    expect(overview.text).toBe(answerOf('procedure', language));
    expect(overview.buttons).toContain(resumeTitle(5, language));
    expect(await chat.reply(language === 'en' ? 'which step am I on' : '刚才到第几步了')).toEqual(stepMessage(5, language));
  });
});

// "I can't find the certification button" at step 3 got step 5, whose "My" is the button its questions name, and
// "找不到认证的按钮" step 5 too. The certification is found at step 4 and tapped at step 7: the nearer one is meant.
describe.each(languages)('what a step names, said not to be there, in %s', (language) => {
  const notFound = language === 'en' ? "I can't find the certification button" : '找不到认证的按钮';

  it.each([
    [3, 4],
    [6, 7],
  ])('at step %i gets step %i, said to be all the sources say', async (position, step) => {
    const chat = chatWithAssistant();
    await chat.reply(language === 'en' ? `step ${position}` : `第${position}步`);
    const turn = await chat.say(notFound);
    expect(turn.messages.map((message) => message.text)).toEqual([texts[language].noDefinition, stepText(step, language)]);
    expect(turn.messages[1].buttons).toEqual(stepControls(language, step));
  });

  // "I don't see that button" at step 6 got step 5, and "找不到那个按钮" at step 3 a "Did you mean" of step 5.
  it('named as any, gets the step on the screen again, and the walkthrough goes on from there', async () => {
    const chat = chatWithAssistant();
    await chat.reply(language === 'en' ? 'step 3' : '第3步');
    const turn = await chat.say(language === 'en' ? "I don't see that button" : '找不到那个按钮');
    expect(turn.messages.map((message) => message.text)).toEqual([texts[language].noDefinition, stepText(3, language)]);
    expect(await chat.reply(texts[language].buttons.next)).toEqual(stepMessage(4, language));
  });

  it('with no walkthrough, gets the first step naming it', async () => {
    const turn = await chatWithAssistant().say(language === 'en' ? "my mom can't see family service" : '亲情服务找不到');
    expect(turn.messages.map((message) => message.text)).toEqual([texts[language].noDefinition, stepText(6, language)]);
  });
  // "I did all the steps but the certification section doesn't show up" got the whole procedure again.
  it('after every step said done, gets the last step naming it', async () => {
    const said = language === 'en' ? "I did all the steps but the certification section doesn't show up" : '步骤都做完了 但是认证的入口没出来';
    const turn = await chatWithAssistant().say(said);
    expect(turn.messages.map((message) => message.text)).toEqual([texts[language].noDefinition, stepText(7, language)]);
  });
});

// "没看见" and "找不着" alone got the goodbye, "i can't find it" that no walkthrough was running, and "市民重心没看见" (voice
// input's 重心 for 中心) the goodbye too.
describe.each(languages)('nothing named said not to be there, with no walkthrough, in %s', (language) => {
  it.each(language === 'en' ? ["i can't find it", "I don't see it", "the caller still doesn't see it"] : ['没看见', '找不着', '看不见啊', '老人还是找不到'])('%j gets the steps, said to be all the sources say', async (text) => {
    const turn = await chatWithAssistant().say(text);
    expect(turn.messages.map((message) => message.text)).toEqual([texts[language].noDefinition, answerOf('procedure', language)]);
  });
});

it('"市民重心没看见", a voice slip for the Civic Center, is read as it', async () => {
  const turn = await chatWithAssistant().say('市民重心没看见');
  expect(turn.messages.map((message) => message.text)).toEqual([texts.zh.noDefinition, stepText(2, 'zh')]);
});

// "what does the button look like" at step 1 got step 5, "what colour is the social security button" at step 2 moved the
// walkthrough on to step 3: the sources say nothing of how anything looks.
describe.each(languages)('how a step\'s thing looks, in %s', (language) => {
  const ask = language === 'en' ? ['what does the button look like', 'what colour is the social security button'] : ['那个按钮长啥样', '社保按钮是什么颜色'];

  it('named as any, gets the step on the screen with a word that the sources say no more, and the walkthrough stays', async () => {
    const chat = chatWithAssistant();
    await chat.reply(language === 'en' ? 'step 1' : '第1步');
    const turn = await chat.say(ask[0]);
    expect(turn.messages.map((message) => message.text)).toEqual([texts[language].noDefinition, stepText(1, language)]);
    expect(await chat.reply(texts[language].buttons.next)).toEqual(stepMessage(2, language));
  });

  it('named, gets the step naming it, and the walkthrough stays where it was', async () => {
    const chat = chatWithAssistant();
    await chat.reply(language === 'en' ? 'step 2' : '第2步');
    const turn = await chat.say(ask[1]);
    expect(turn.messages.map((message) => message.text)).toEqual([texts[language].noDefinition, stepText(3, language)]);
    expect(await chat.reply(texts[language].buttons.next)).toEqual(stepMessage(3, language));
  });
});

// "弄好了" under the seven steps started them again at step 1.
describe.each(languages)('done, said under all the steps at once, in %s', (language) => {
  it.each(language === 'en' ? ['done', 'finished', 'ok we did it'] : ['弄好了', '搞定了', '我妈已经弄好了'])('%j is told those are all the steps', async (text) => {
    const chat = chatWithAssistant();
    await chat.reply(texts[language].starters.procedure);
    expect(await chat.reply(text)).toEqual({ text: texts[language].allStepsDone, buttons: starterTitles(language) });
  });

  it('"ok" still starts them', async () => {
    const chat = chatWithAssistant();
    await chat.reply(texts[language].starters.procedure);
    expect(await chat.reply(language === 'en' ? 'ok' : '好的')).toEqual(stepMessage(1, language));
  });
});

// At step 1, "i opened alipay on his phone. now what" was refused (as about the family member's own phone), "ok its open"
// got a "Did you mean" and "ok I'm in alipay" was refused.
it.each(['i opened alipay on his phone. now what', 'ok its open', "ok I'm in alipay"])('%j at step 1 says it is done: step 2', async (text) => {
  const chat = chatWithAssistant();
  await chat.reply('step 1');
  expect(await chat.reply(text)).toEqual(stepMessage(2, 'en'));
});

// "do I do step 5 on the civic center page or the alipay home page?" got step 2, which taps the Civic Center.
it.each([
  ['en', 'do I do step 5 on the civic center page or the alipay home page?', 5],
  ['zh', '第五步在市民中心页面做还是在支付宝首页做', 5],
] as const)('[%s] %j, naming one step by number, gets that step, with a word that the sources say no more', async (language, text, step) => {
  const turn = await chatWithAssistant().say(text);
  expect(turn.messages.map((message) => message.text)).toEqual([texts[language].noDefinition, stepText(step, language)]);
});

// After a story the matcher reads as asking for all the steps, the one step asked by number: it got all seven.
it.each([
  ['zh', '我爸80了住湖南，我要在支付宝上帮他做社保认证，第七步是什么', 7],
  ['en', "My dad is 80 and lives alone, I want to help him with the alipay certification. What's step 7?", 7],
] as const)('[%s] %j gets the step it asks by number, and nothing more', async (language, text, step) => {
  const turn = await chatWithAssistant().say(text);
  expect(turn.messages.map((message) => message.text)).toEqual([stepText(step, language)]);
});

// "lol no there are 7 duh. what's the 8th step" was refused, where "what's the 8th step" alone is told there is none.
it.each([
  ['en', "lol no there are 7 duh. what's the 8th step", 8],
  ['en', 'how do I do step 9 in alipay', 9],
  ['zh', '支付宝第八步怎么操作', 8],
] as const)('[%s] %j, a step past the last in a question, is told there is none, with the steps', async (language, text, step) => {
  const turn = await chatWithAssistant().say(text);
  expect(turn.messages.map((message) => message.text)).toEqual([fillTemplate(texts[language].noSuchStep, { step, total: 7 }), answerOf('procedure', language)]);
});

// "explain like im 5" at step 2 got step 5.
it.each(languages)('[%s] asked for it simpler at a step, gets the steps in short, not the step its words number', async (language) => {
  const chat = chatWithAssistant();
  await chat.reply(language === 'en' ? 'step 2' : '第2步');
  expect((await chat.reply(language === 'en' ? 'explain like im 5' : '说简单点')).text).toBe(answerOf('summary', language));
});

// "is citizen center the same as civic center" got step 2 alone: the page calls the entry both.
describe.each(languages)('the page\'s two names of the Civic Center, in %s', (language) => {
  it('are said to be one entry, before the step that taps it', async () => {
    const turn = await chatWithAssistant().say(language === 'en' ? 'is citizen center the same as civic center?' : '市民中心和Citizen Center一样吗');
    expect(turn.messages.map((message) => message.text)).toEqual([texts[language].civicCenterNames, stepText(2, language)]);
  });
});

// "last two steps" and "最后两步" got step 7 alone.
describe.each(languages)('the last steps, counted, in %s', (language) => {
  it('shows them one under the other, with Done under the last', async () => {
    const reply = await chatWithAssistant().reply(language === 'en' ? 'last two steps' : '最后两步');
    expect(reply).toEqual({ text: [stepText(6, language), stepText(7, language)].join('\n\n'), buttons: stepControls(language, 7) });
  });
});

// "绑定是什么意思" was refused (0.22), where "what does binding mean" got step 7.
describe('a term of one step the matcher is unsure of', () => {
  it('gets its step in between, said to be all the sources say, and the walkthrough resumes where it was', async () => {
    const chat = chatWithAssistant();
    await chat.reply('第2步');
    const turn = await chat.say('绑定是什么意思');
    expect(turn.messages.map((message) => message.text)).toEqual([texts.zh.noDefinition, stepText(7, 'zh')]);
    expect(await chat.reply(resumeTitle(2, 'zh'))).toEqual(stepMessage(2, 'zh'));
  });
});
