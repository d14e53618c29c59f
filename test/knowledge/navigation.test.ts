import { languages } from '../../knowledge/language';
import { asksToConfirm } from '../../knowledge/matcher/confirmationTag';
import {
  announcesAQuestion,
  applyWalkthroughCommand,
  asksAboutARelative,
  asksReasonOrDifference,
  besideTheParagraphs,
  namesWhatWasDone,
  asksWhatTheBotIsFor,
  ellipticalSubject,
  asksOnlyWhichParagraph,
  asksWhichParagraph,
  asksWhatElse,
  bareOrdinalReference,
  countClaimed,
  chooseOffered,
  isNoneOfThese,
  parseOrdinalReference,
  parseWalkthroughCommand,
  saysWrongAnswer,
  doubtsLastReply,
  asksForMore,
  asksWhoOfIt,
  asksWhy,
  asksForAPerson,
  asksIfThatIsAll,
  asksMeaning,
  ordinalNamingTitle,
  paragraphBesideNamed,
  paragraphsNamed,
  saysNotUnderstood,
  stepAskedByWhatItTaps,
  stepBesideWhatItTaps,
  stepNamedNotFound,
  stepOfTheCivicCenterNames,
  stepTapped,
  WalkthroughCommand,
} from '../../knowledge/navigation';
import { loadKnowledge } from '../../knowledge/loader';
import { Entry, entrySchema } from '../../knowledge/schema';
import { fillTemplate, loadTexts } from '../../knowledge/texts';
import { COMMAND_PHRASES, GO_TO_PHRASES, MOVE_BY_PHRASES, NO_SUCH_STEP_PHRASES, NOT_COMMANDS, STEP_LIST_PHRASES } from '../dialogs/cases/walkthroughCommands';
import { NONE_OF_THESE_PHRASES, NOT_NONE_OF_THESE, NOT_ORDINALS, ORDINAL_PHRASES } from '../dialogs/cases/ordinalReferences';
import { IS_THAT_ALL_PHRASES, NOT_WHAT_ELSE, WHAT_ELSE_PHRASES } from '../dialogs/cases/whatElse';
import { NOT_PERSON_REQUESTS, PERSON_REQUESTS } from '../dialogs/cases/personRequests';

const STEPS = 7;

describe('parseWalkthroughCommand', () => {
  const simple = languages.flatMap((language) =>
    Object.entries(COMMAND_PHRASES[language]).flatMap(([kind, phrases]) => phrases.map((phrase) => [phrase, kind] as const)),
  );

  it.each(simple)('reads %j as %s', (phrase, kind) => {
    expect(parseWalkthroughCommand(phrase, STEPS)).toEqual({ kind });
  });

  it.each(GO_TO_PHRASES)('reads %j as going to step %d', (phrase, step) => {
    expect(parseWalkthroughCommand(phrase, STEPS)).toEqual({ kind: 'goTo', step });
  });

  it.each(MOVE_BY_PHRASES)('reads %j as moving by %d steps', (phrase, by) => {
    expect(parseWalkthroughCommand(phrase, STEPS)).toEqual({ kind: 'moveBy', by });
  });

  it.each(STEP_LIST_PHRASES)('reads %j as asking for steps %j', (phrase, steps) => {
    expect(parseWalkthroughCommand(phrase, STEPS)).toEqual({ kind: 'steps', steps });
  });

  // Read word by word: a long run of list words takes no longer than the words themselves.
  it.each(['steps ' + 'and '.repeat(5000) + 'x', 'step 1 ' + 'to 2 '.repeat(3000), '第1步' + '和第2步'.repeat(3000) + '和'])(
    'turns down a long list that is not one (%#)',
    (text) => {
      expect(parseWalkthroughCommand(text, STEPS)?.kind).not.toBe('steps');
    },
  );

  it.each(NO_SUCH_STEP_PHRASES)('reads %j as asking for step %d, which there is not', (phrase, step) => {
    expect(parseWalkthroughCommand(phrase, STEPS)).toEqual({ kind: 'noSuchStep', step });
  });

  it.each(NOT_COMMANDS)('leaves %j to the matcher', (text) => {
    expect(parseWalkthroughCommand(text, STEPS)).toBeUndefined();
  });
});

describe('parseOrdinalReference', () => {
  it.each(ORDINAL_PHRASES)('reads %j as item %d', (phrase, position) => {
    expect(parseOrdinalReference(phrase)).toBe(position);
  });

  it.each(NOT_ORDINALS)('finds no list reference in %j', (text) => {
    expect(parseOrdinalReference(text)).toBeUndefined();
  });
});

describe('countClaimed', () => {
  it.each([
    ['social security has four functions right?', 4, 'functions'],
    ['is it 6 steps?', 6, 'steps'],
    ['does article 64 list six funds?', 6, 'funds'],
    ['I think there are four functions', 4, 'functions'],
    ['是不是六步', 6, 'steps'],
    ['社保基金有五项对吗', 5, 'funds'],
    ['第六十四条有三款吗', 3, 'paragraphs'],
  ] as const)('reads %j as claiming %d %s', (text, count, list) => {
    expect(countClaimed(text)).toEqual({ count, list });
  });

  it.each(['what are the three functions', 'the three functions are welfare, security and redistribution right?', 'the five funds are listed in paragraph 2?', '第三步是什么', '有几个功能', 'how many steps are there', 'can I skip 2 steps?', '跳过两步吗'])(
    'finds no claim of a number in %j',
    (text) => {
      expect(countClaimed(text)).toBeUndefined();
    },
  );
});

// Counted from the end: "and the second to last" after the last step got the last step again.
describe('parseOrdinalReference from the end of a list', () => {
  it.each([
    ['the last one', 7],
    ['and the second to last', 6],
    ['second to last one?', 6],
    ['the second last one', 6],
    ['third from last', 5],
    ['penultimate', 6],
    ['倒数第二个', 6],
  ])('reads %j as item %d of 7', (text, position) => {
    expect(parseOrdinalReference(text, 7)).toBe(position);
  });

  it('points at nothing past the start of a short list', () => {
    expect(parseOrdinalReference('third from last', 2)).toBeUndefined();
  });
});

describe('bareOrdinalReference', () => {
  it.each([
    ['the second one', 2],
    ['Tell me more about the 2nd one.', 2],
    ['第三个', 3],
    ['那第一个呢', 1],
    ['2', 2],
    // Asked again: "wait what was the first one" at step 3 got a "Did you mean".
    ['wait what was the first one', 1],
    ['sorry, what was the second one again?', 2],
    // "third pls" under the functions got the help.
    ['third pls', 3],
    // "expand on the third one" under the functions got a "Did you mean".
    ['expand on the third one', 3],
    // "explain the second part" under the functions got a "Did you mean".
    ['explain the second part', 2],
    ['can you explain number 1 in more detail', 1],
    ['elaborate on the second one please', 2],
  ])('%j says no list, and points at item %d', (text, position) => {
    expect(bareOrdinalReference(text)).toBe(position);
  });

  it.each(['the second function', 'the third way', '第二个功能', '第三个方面是什么', '第六十四条', '64', 'hello'])('%j names its list, or is no reference', (text) => {
    expect(bareOrdinalReference(text)).toBeUndefined();
  });
});

describe('isNoneOfThese', () => {
  it.each(NONE_OF_THESE_PHRASES)('turns every offer down with %j', (text) => {
    expect(isNoneOfThese(text)).toBe(true);
  });

  it.each(NOT_NONE_OF_THESE)('does not read %j as "none of these"', (text) => {
    expect(isNoneOfThese(text)).toBe(false);
  });
});

describe('saysWrongAnswer', () => {
  it.each([
    // A bare no: "no" and "not that one" got the goodbye, "not that" the thanks, "not this step" and "不是这一步" a refusal.
    ...['no', 'nah', 'not that one', 'not that', 'not this step', "don't", '不是这一步'],
    "that's wrong",
    'That is not what I asked.',
    'no, that’s not it',
    'wrong answer',
    "you're wrong",
    'you got it wrong',
    '你说的不对',
    '不是这个',
    '這不是我要的',
    '答非所问',
    '你答错了吧',
    // Calling the bot useless: "笨死了" got the goodbye, "傻逼 什么都不会" its own words quoted in a refusal.
    'you are useless stupid bot',
    'this app is useless',
    'no help at all',
    'this is useless',
    '笨死了',
    '傻逼 什么都不会',
    '你们什么都不会',
    // Sworn at: it got the help.
    'fuck you',
    'shut up',
    // It got what the bot can do, with no word of regret.
    '你们这个机器人太烂了，什么都回答不了',
    // The help (0.60), and "I can't answer “不是”".
    '什么破机器人',
    '不是',
    // The help.
    '垃圾机器人',
    '你这个回答没用啊',
    // "You're welcome!" (thanks, 0.41), the help, and "I can't answer …" with the complaint quoted back.
    "that's useless",
    "this didn't help at all",
    'it does not help',
    '没用 说了等于没说',
    // They were refused with the complaint quoted back.
    '你这啥也不会啊',
    '啥也不懂',
    '那你说的有啥用',
    '笨死了 啥也不会',
    '说了半天等于没说',
    '没帮上忙',
    '根本没帮到我',
    'this was no help whatsoever',
    '你说的没用',
    // The help.
    '你们这什么破机器人',
    'you didnt answer my question',
    'it didnt answer when',
    "that doesn't answer the question",
    'you misunderstood me',
    '你没回答我的问题',
    // With what made it a complaint: refused with the complaint quoted back.
    'the caller is getting angry, you are useless',
    '笨死了，来电人都骂我了',
  ])('reads %j as saying the last reply was wrong', (text) => {
    expect(saysWrongAnswer(text)).toBe(true);
  });

  it.each(["what's wrong with my certification", 'is that wrong', 'wrong step?', '我弄错了', '我的认证哪里不对', 'is it useless', 'stupid question but how do i start', '社保有什么用', '这个问题你也回答不了吗', '这个回答有用吗', "the app doesn't work", 'it does not work', 'face recognition did not work', 'does it help my mum', '有没有帮助', 'you are useless, how do I certify my dad', '笨死了，怎么帮我妈认证', 'my mum is old. the app is useless for her'])('leaves %j alone', (text) => {
    expect(saysWrongAnswer(text)).toBe(false);
  });
});

describe('doubtsLastReply', () => {
  it.each(['are you sure?', 'Are you sure about that?', 'r u sure', 'Really?', 'is that right?', 'Is this correct?', 'how do you know that?', 'ok so are you sure?', '你确定吗？', '确定吗', '真的吗', '這是真的嗎', '是吗？', '这个对吗', '靠谱吗？', '你怎么知道的', '你确定么', '真的么', 'who says so?', 'says who', '谁说的', 'where does your info come from', 'what are your sources?', '你的信息来源是哪里', '你的资料是从哪里来的', '你的信息哪来的', 'how do you know all this?', '你这些是从哪看来的', 'where is that from', '你咋知道的', 'where did you get that?', 'right?', '对吧', 'am I right?', '没骗我吧', '确定没错？', 'are you lying to me?', '我说的对吗', '你们这信息哪来的', '你的回答来自哪里？', '这个答案出自哪里？', '你根据什么回答问题？', '你说的对吗', '你们这个说的对吗', '你这个准不准啊', 'are u sure thats right', '真的吗 没骗我吧', 'really? are you sure?', 'is that real?', 'is this genuine?', 'is that legit'])(
    'reads %j as doubting the last reply',
    (text) => {
      expect(doubtsLastReply(text)).toBe(true);
    },
  );

  // Agreeing is no doubt; a question about something is a question.
  it.each(['sure', 'right', 'not really', '确定', '没错', '对', '对的', '真的', 'is this official', 'are you a robot', 'is that right that the funds are earmarked', 'are you sure step 3 is right', 'what is the source of the funds', '法律依据是什么', "what's your source", '依据是什么'])(
    'leaves %j alone',
    (text) => {
      expect(doubtsLastReply(text)).toBe(false);
    },
  );
});

describe('asksForMore', () => {
  it.each(['tell me more', 'tell me more about that one', 'Tell me more, please', 'more details please', 'more', 'how exactly?', 'can you explain more', 'could you elaborate', 'explain it in more detail', '详细说说', '请详细说说', '能详细讲讲吗', '具体点', '说详细点', '说清楚点', '展开说说', 'example?', 'give an example', 'for instance?', '举个例子', '比如呢', '你就不能多说点吗', '再多讲讲'])(
    'reads %j as asking for more on the last reply',
    (text) => {
      expect(asksForMore(text)).toBe(true);
    },
  );

  // "Go on" is a walkthrough's "next", "anything more?" asks what else there is, and a topic makes it a question.
  it.each(['go on', 'anything more?', 'tell me more about the funds', 'more about step 3', 'what does that mean', '具体步骤', '具体是怎么促进经济发展的'])(
    'leaves %j alone',
    (text) => {
      expect(asksForMore(text)).toBe(false);
    },
  );
});

describe('announcesAQuestion', () => {
  // They got the goodbye (0.67, 0.78).
  // "i have 2 questions lol" got the goodbye.
  it.each(['Hello, I have a question', 'I have a question', 'hi there, I have a quick question for you', 'i got a few questions', 'i have 2 questions lol', 'I have a couple of questions',
    // "quick question" got the summary of the steps, "请问一下" was refused and "问一下" got the summary too.
    'quick question', "I've got a question", 'can I ask something', 'hi there! quick q', '请问一下', '问一下', '我想咨询一下', '我有个问题'])(
    'reads %j as a question still to come',
    (text) => {
      expect(announcesAQuestion(text)).toBe(true);
    },
  );

  it.each(['I have a question about step 3', 'I have a question, what is step 3?', 'hello'])('leaves %j alone', (text) => {
    expect(announcesAQuestion(text)).toBe(false);
  });
});

describe('asksWhy', () => {
  // Why a step does what it does: "为什么要点我的" under step 5 got step 5 again.
  it.each(['why?', 'Why is that?', 'but why', 'how come?', '为什么？', '为啥呢', '可是为什么', '为什么要点我的', 'why do I have to tap My?', 'why open alipay?', 'why do I need to choose a city?'])('reads %j as asking why', (text) => {
    expect(asksWhy(text)).toBe(true);
  });

  // A topic makes it a question for the matcher.
  it.each(['why is social security important for the economy', 'why do I need to bind my mum first', '为什么要专款专用', 'what'])(
    'leaves %j alone',
    (text) => {
      expect(asksWhy(text)).toBe(false);
    },
  );
});

describe('ordinalNamingTitle', () => {
  const funds = entrySchema.parse({
    id: 'funds',
    source: 'Article 64, paragraph 1',
    en: { title: 'The five social insurance funds', answer: '1. a\n2. b', questions: Array.from({ length: 15 }, (_, i) => `q${i}`) },
    zh: { title: '五项社会保险基金', answer: '一、二', questions: Array.from({ length: 15 }, (_, i) => `问${i}`) },
  });

  it.each([
    ['what is the second fund', 2],
    ['the 3rd fund?', 3],
    ['which is the fifth fund', 5],
    ['第二个基金是什么', 2],
    ['第三项基金', 3],
    ['第二个社会保险基金是什么', 2],
  ] as const)('reads %j as item %d of the list the title names', (text, position) => {
    expect(ordinalNamingTitle(text, funds)).toBe(position);
  });

  // Another list's noun, no noun, or no ordinal.
  it.each(['what is the second function', 'the second one', 'tell me about the funds', '第二个功能', '基金'])('leaves %j alone', (text) => {
    expect(ordinalNamingTitle(text, funds)).toBeUndefined();
  });
});

describe('asksForAPerson', () => {
  it.each(languages.flatMap((language) => PERSON_REQUESTS[language]))('reads %j as asking for a person', (text) => {
    expect(asksForAPerson(text)).toBe(true);
  });

  it.each(NOT_PERSON_REQUESTS)('leaves %j alone', (text) => {
    expect(asksForAPerson(text)).toBe(false);
  });
});

describe('asksIfThatIsAll', () => {
  it.each(languages.flatMap((language) => IS_THAT_ALL_PHRASES[language]))('reads %j as asking whether that is all', (text) => {
    expect(asksIfThatIsAll(text)).toBe(true);
  });

  // Said, not asked, they are goodbyes.
  it.each(["that's it", '就这些', "that's all", 'is that all the steps'])('leaves %j alone', (text) => {
    expect(asksIfThatIsAll(text)).toBe(false);
  });
});

describe('asksWhatElse', () => {
  it.each(languages.flatMap((language) => WHAT_ELSE_PHRASES[language]))('reads %j as asking what else there is', (text) => {
    expect(asksWhatElse(text)).toBe(true);
  });

  it.each(NOT_WHAT_ELSE)('leaves %j alone', (text) => {
    expect(asksWhatElse(text)).toBe(false);
  });
});

describe('chooseOffered', () => {
  const entry = (id: string, en: string, zh: string): Entry =>
    entrySchema.parse({
      id,
      source: 'page',
      en: { title: en, answer: en, questions: Array.from({ length: 15 }, (_, i) => `${en} ${i}`) },
      zh: { title: zh, answer: zh, questions: Array.from({ length: 15 }, (_, i) => `${zh}${i}`) },
    });
  const stability = entry('function-stability', 'Stabilizing social life', '稳定社会生活');
  const redistribution = entry('function-redistribution', 'Redistribution', '再分配');
  const summary = entry('summary', 'In short', '简单来说');

  it('picks by position in the numbered list only', () => {
    expect(chooseOffered('the second one', [stability, redistribution], [summary])).toBe(redistribution);
    expect(chooseOffered('3', [stability, redistribution], [summary])).toBeUndefined();
  });

  it('picks by title in either language, whatever the case, width or script', () => {
    expect(chooseOffered('redistribution', [], [stability, redistribution])).toBe(redistribution);
    expect(chooseOffered('In Short!', [], [summary])).toBe(summary);
    expect(chooseOffered('簡單來說', [], [summary])).toBe(summary);
    expect(chooseOffered('稳定社会生活', [], [stability])).toBe(stability);
  });

  it('ignores other text', () => {
    expect(chooseOffered('what is redistribution exactly', [stability], [redistribution])).toBeUndefined();
    expect(chooseOffered('', [stability], [stability])).toBeUndefined();
  });
});

describe('applyWalkthroughCommand', () => {
  const cases: ReadonlyArray<readonly [number, WalkthroughCommand | undefined, ReturnType<typeof applyWalkthroughCommand>]> = [
    [0, undefined, { kind: 'allSteps', position: 0 }],
    [4, undefined, { kind: 'step', step: 4 }],
    [0, { kind: 'next' }, { kind: 'step', step: 1 }],
    [3, { kind: 'next' }, { kind: 'step', step: 4 }],
    [7, { kind: 'next' }, { kind: 'pastLastStep', position: 8 }],
    [8, { kind: 'next' }, { kind: 'pastLastStep', position: 8 }],
    [8, { kind: 'repeat' }, { kind: 'pastLastStep', position: 8 }],
    [8, { kind: 'back' }, { kind: 'step', step: 7 }],
    [8, { kind: 'allSteps' }, { kind: 'allSteps', position: 8 }],
    [3, { kind: 'back' }, { kind: 'step', step: 2 }],
    [1, { kind: 'back' }, { kind: 'allSteps', position: 0 }],
    [5, { kind: 'repeat' }, { kind: 'step', step: 5 }],
    [5, { kind: 'allSteps' }, { kind: 'allSteps', position: 5 }],
    [2, { kind: 'goTo', step: 6 }, { kind: 'step', step: 6 }],
    [0, { kind: 'stepByStep' }, { kind: 'step', step: 1 }],
    [4, { kind: 'stepByStep' }, { kind: 'step', step: 4 }],
    [8, { kind: 'stepByStep' }, { kind: 'step', step: 1 }],
    [3, { kind: 'noSuchStep', step: 9 }, { kind: 'allSteps', position: 3, missingStep: 9 }],
    [2, { kind: 'stop' }, { kind: 'stopped' }],
    [4, { kind: 'moveBy', by: -2 }, { kind: 'step', step: 2 }],
    [8, { kind: 'moveBy', by: -2 }, { kind: 'step', step: 6 }],
    [2, { kind: 'moveBy', by: -3 }, { kind: 'step', step: 1 }],
    [0, { kind: 'moveBy', by: 2 }, { kind: 'step', step: 2 }],
    [6, { kind: 'moveBy', by: 3 }, { kind: 'step', step: 7 }],
  ];

  it.each(cases)('at position %d, %j shows %j', (position, command, view) => {
    expect(applyWalkthroughCommand(position, command, STEPS)).toEqual(view);
  });
});

// The buttons send their titles back as the user's message, so each title must parse as what the button means.
describe('button titles of the UI texts', () => {
  const texts = loadTexts('knowledge/texts');

  describe.each(languages)('%s', (language) => {
    const { buttons } = texts[language];
    const expected: ReadonlyArray<readonly [string, WalkthroughCommand]> = [
      [buttons.next, { kind: 'next' }],
      [buttons.back, { kind: 'back' }],
      [buttons.repeat, { kind: 'repeat' }],
      [buttons.allSteps, { kind: 'allSteps' }],
      [buttons.stop, { kind: 'stop' }],
      [buttons.startWalkthrough, { kind: 'goTo', step: 1 }],
      [fillTemplate(buttons.resume, { step: 4 }), { kind: 'goTo', step: 4 }],
    ];

    it.each(expected)('%j is the command %j', (title, command) => {
      expect(parseWalkthroughCommand(title, STEPS)).toEqual(command);
    });

    it('"none of these" turns the offers down', () => {
      expect(isNoneOfThese(buttons.noneOfThese)).toBe(true);
    });
  });
});

// Each of these reads a whole message before the matcher sees it: a question the knowledge answers must get through.
// "依据是什么" and "what's your source", the legal basis's own questions, were once read as doubting the last reply.
describe('the replies read before matching', () => {
  // asksWhichParagraph puts a line before the answer: on a question of the legal basis ("哪部法律规定的") it put "this
  // is in the help page" before the law's name (caught by bench:http).
  // (Not praisesTheAnswer: "that was helpful" and "有用，谢谢" are questions of the thanks, and under an answer they rate it.)
  const readers = { announcesAQuestion, doubtsLastReply, asksOnlyWhichParagraph, asksWhichParagraph, asksForMore, asksMeaning, asksWhy, asksWhoOfIt, saysWrongAnswer, saysNotUnderstood, asksForAPerson, asksWhatElse, asksIfThatIsAll, asksWhatTheBotIsFor, asksToConfirm };
  const questions = loadKnowledge('knowledge/content').entries.flatMap((entry) =>
    languages.flatMap((language) => entry[language].questions.map((question) => `${entry.id}: ${question}`)),
  );

  it.each(Object.entries(readers))('%s takes none of the knowledge\'s questions', (_name, reads) => {
    expect(questions.filter((line) => reads(line.slice(line.indexOf(': ') + 2)))).toEqual([]);
  });
});

describe('asksWhoOfIt', () => {
  it.each(['who sets it?', 'and who decides that', 'who is responsible for it', '由谁制定', '那是谁定的', '谁管理呢', 'who stipulates it', 'who lays it down?', '谁负责制定这个'])('reads %j as asking who does what the last reply is about', (text) => {
    expect(asksWhoOfIt(text)).toBe(true);
  });

  it.each(['who sets the time and steps of pooling', 'who decides the pooling timeline', '统筹时间由谁规定', '谁负责社保基金的监管', 'who are you'])('leaves %j, which names what it asks about, alone', (text) => {
    expect(asksWhoOfIt(text)).toBe(false);
  });
});

describe('asksAboutARelative', () => {
  it.each(['what about my mother-in-law?', 'and my dad?', 'my grandma too', '那我婆婆呢', '我岳父也能这样弄吗', '那给我爸爸呢', '那孙子要怎么弄'])('reads %j as asking about a family member', (text) => {
    expect(asksAboutARelative(text)).toBe(true);
  });

  it.each(['what about the funds', 'how do I certify my mom', '我妈妈不会用手机', 'and the second one?'])('reads %j as something else', (text) => {
    expect(asksAboutARelative(text)).toBe(false);
  });
});

describe('asksWhatTheBotIsFor', () => {
  // Its name too: "what's your name" got a "Did you mean" of the legal basis.
  it.each(["what's your role", 'What is your purpose?', 'your job?', 'so what is the point of this bot', '你的作用是什么', '你的职责是啥', '那你的用途呢', '你起什么作用', "what's your name", '你叫什么名字'])(
    'reads %j as asking what the bot is for',
    (text) => {
      expect(asksWhatTheBotIsFor(text)).toBe(true);
    },
  );

  it.each(['what is the purpose of social security', 'what is the role of the state council', '社保的作用是什么', '你好', 'your steps are wrong'])(
    'leaves %j, which asks about something else, alone',
    (text) => {
      expect(asksWhatTheBotIsFor(text)).toBe(false);
    },
  );
});

describe('namesWhatWasDone', () => {
  it.each(['绑定好了然后呢', '加好家人了，下一步', 'binding done, next', 'I added my mom, what next'])('reads %j as naming what was done', (text) => {
    expect(namesWhatWasDone(text)).toBe(true);
  });

  it.each(['好了然后呢', '做完了，下一步', '已经打开了，下一步', '谢谢 下一步', 'found it. Next', 'ok he clicked it, next', "thank you so much, what's next", 'what comes next'])(
    'reads %j as saying only that something was done, or nothing',
    (text) => {
      expect(namesWhatWasDone(text)).toBe(false);
    },
  );
});

describe('besideTheParagraphs', () => {
  it.each([
    ['paragraph 3 and what are the functions of social security?', 'what are the functions of social security'],
    ['第一款说了什么，另外第五步是什么', '第五步是什么'],
    ['第三款和社保三个功能分别是什么', '社保三个功能分别是什么'],
    ['what does paragraph 2 say', ''],
    ['第二款', ''],
  ])('reads what %j asks besides the paragraph as %j', (text, besides) => {
    expect(besideTheParagraphs(text)).toBe(besides);
  });
});

describe('asksReasonOrDifference', () => {
  it.each(['why are they combined?', 'and why is that', "what's the difference between them", '医疗和生育为什么合并', '侵占和挪用有啥区别', '有什么不同'])('reads %j as asking a reason or a difference', (text) => {
    expect(asksReasonOrDifference(text)).toBe(true);
  });

  it.each(['what are the funds', 'how are the funds accounted for', '怎么统筹', 'anywhere else?'])('leaves %j alone', (text) => {
    expect(asksReasonOrDifference(text)).toBe(false);
  });
});

describe('ellipticalSubject', () => {
  it.each([
    ['and the pension fund?', 'pension fund'],
    ['What about medical insurance', 'medical insurance'],
    ['ok and for the unemployment fund', 'unemployment fund'],
    ['那医疗保险呢？', '医疗保险'],
    ['工伤保险基金怎么样', '工伤保险基金'],
    ['那養老保險呢', '养老保险'],
    ['medical insurance fund too?', 'medical insurance fund'],
    ['生育保险基金也是吗', '生育保险基金'],
    ['失业保险基金咋样', '失业保险基金'],
  ])('reads %j as asking of %j what the last answer was about', (text, subject) => {
    expect(ellipticalSubject(text)).toBe(subject);
  });

  it.each(['the pension fund', 'and what does article 64 say', 'what about how to do it', '那怎么认证呢', '医疗保险是什么呢', 'and why is that', 'is it free too', 'me too'])(
    'leaves %j, which asks something of its own or is no follow-up, alone',
    (text) => {
      expect(ellipticalSubject(text)).toBeUndefined();
    },
  );
});

// They got the paragraph named.
describe('paragraphBesideNamed', () => {
  it.each([
    ["what's the paragraph before paragraph 2?", 1],
    ['what paragraph comes after paragraph 1 of article 64', 2],
    ['the paragraph after paragraph 3', 4],
    ['第六十四条第二款的上一款', 1],
    ['第一款的下一款', 2],
  ])('reads %j as paragraph %d', (text, paragraph) => {
    expect(paragraphBesideNamed(text)).toBe(paragraph);
  });

  it.each(['paragraph 2', 'what is before step 2', '第二款'])('finds none in %j', (text) => {
    expect(paragraphBesideNamed(text)).toBeUndefined();
  });
});

describe('paragraphsNamed', () => {
  it.each([
    ['Art. 64 para 3', [3]],
    ['article 64 paragraph 2', [2]],
    ['what about the second paragraph?', [2]],
    ['the 1st paragraph', [1]],
    ['第六十四条第二款', [2]],
    ['第三段说了什么', [3]],
    // The word after "para" is "of": the whole article was given.
    ['what does the 2nd para of art 64 say', [2]],
    // Only the second was given.
    ['请问第64条第二款和第三款分别讲了什么', [2, 3]],
    ['paragraphs 3 and 1 of article 64', [1, 3]],
    ['the second and third paragraphs', [2, 3]],
    ['Article 64 section 4', [4]],
    // It got step 7 (0.85).
    ['the last paragraph', [3]],
    ['最后一款呢', [3]],
    // It was refused.
    ['中间那款', [2]],
    ['what does the middle paragraph say', [2]],
    // Cited with the paragraph in parentheses: it got the whole article.
    ['Art. 64(2)', [2]],
    // The word said again before the second: paragraph 1 alone was quoted.
    ['article 64 para 1 and para 3', [1, 3]],
    // The article's number with no word before it: paragraph 64 was said not to be there.
    ['sorry i meant 64 para 2', [2]],
  ])('reads %j as paragraphs %j', (text, paragraphs) => {
    expect(paragraphsNamed(text, 3)).toEqual(paragraphs);
  });

  it('finds no middle paragraph of an even count', () => {
    expect(paragraphsNamed('中间那款', 4)).toEqual([]);
  });

  // A length, not a number: paragraph 1 was quoted alone.
  it.each(['article 64', 'step 2', 'paragraph', '第二步', '第64条', 'art 64 paragraph', 'paragraph zero', 'explain article 64 in one paragraph', 'a one-paragraph summary of Article 64', 'two paragraphs on article 64'])('finds no paragraph in %j', (text) => {
    expect(paragraphsNamed(text, 3)).toEqual([]);
  });
});

describe('stepTapped', () => {
  const knowledge = loadKnowledge('knowledge/content');

  it.each([
    ['I opened Civic Center', 1, { step: 2, done: true }],
    ['I clicked social security', 2, { step: 3, done: true }],
    ['ok I clicked on the Civic Center button, what now', 1, { step: 2, done: true }],
    ['I tapped My', 4, { step: 5, done: true }],
    // Where it is on the page: it got step 5 again.
    ['tapped my at the bottom right', 5, { step: 5, done: true }],
    // "now" first, and a city changed before: each got the step again.
    ['now we tapped my', 5, { step: 5, done: true }],
    ['ok changed to Harbin, tapped civic center', 2, { step: 2, done: true }],
    // On the page the label opens: it got step 5 again.
    ["we're on the my page now", 5, { step: 5, done: true }],
    ['picked the city and hit civic center', 3, { step: 2, done: true }],
    ['I opened alipay, selected my city, then went into civic center', 2, { step: 2, done: true }],
    ['我已经点了市民中心', 1, { step: 2, done: true }],
    ['我点进社保了', 3, { step: 3, done: true }],
    ['社保点进去了', 2, { step: 3, done: true }],
    ['我爸点了我的，然后呢', 4, { step: 5, done: true }],
    // Family service is where step 6 adds the family member: that is left to do.
    ['I opened family service', 5, { step: 6, done: false }],
    ['进了亲情服务然后呢', 5, { step: 6, done: false }],
    // The certification is found at step 4 and tapped at step 7: the one nearer the step shown.
    ['找到社保待遇资格认证了', 3, { step: 4, done: true }],
    // Things done before the tap, and a label said by its end: they got the step just done again.
    ['城市选好了 市民中心也点了', 2, { step: 2, done: true }],
    // Done without 了 just before the tap: it got step 2 again.
    ['选好城市点了市民中心', 2, { step: 2, done: true }],
    ['找到了资格认证 下面呢', 4, { step: 4, done: true }],
    ['I found the social security benefit qualification certification', 6, { step: 7, done: false }],
    // What was done said verb first, where the label is on the page, and what was done there: each got the step again.
    ['选了城市 市民中心也点了', 2, { step: 2, done: true }],
    ['然后我点右下角我的了', 5, { step: 5, done: true }],
    ['亲情服务进去了 添加了我妈 她手机上也同意了', 6, { step: 6, done: true }],
    // Only what was done there: they got step 6 again, with no walkthrough running.
    ['亲情服务里加了 然后呢', 1, { step: 6, done: true }],
    ['在亲情服务里添加了我妈 然后呢', 1, { step: 6, done: true }],
  ] as const)('reads %j at step %d as the user at %j', (text, position, tapped) => {
    expect(stepTapped(text, knowledge.steps, position)).toEqual(tapped);
  });

  // Questions about a step, and what the steps do not name.
  it.each([
    ...['what do I do after opening Civic Center', 'how do I open civic center', 'I opened Civic Center but I cannot find social security', 'I picked my city', 'I opened alipay'],
    ...['back to the steps', 'I clicked it', 'what is social security', 'I never opened civic center', 'how do I get to civic center'],
    ...['选好城市了', '点社保', '我找不到社保', '为什么要点社保', '我点了社保但是没有认证', '社保的功能是什么', '打开支付宝了', '我的社保点了'],
    ...['我找不到资格认证', '资格认证是什么', '城市选好了 市民中心在哪', '亲情服务里面有什么', '在亲情服务里怎么加'],
  ])('leaves %j alone', (text) => {
    expect(stepTapped(text, knowledge.steps, 3)).toBeUndefined();
  });

  // "到市民中心了" is a question of step 3, "进了亲情服务然后呢" of step 6: what a step taps, said to be tapped or asked for,
  // leads where the knowledge says.
  it('takes the questions of the knowledge it reads to the step that answers them, and no other question', () => {
    const misread = knowledge.entries.flatMap((entry) =>
      languages.flatMap((language) =>
        entry[language].questions.flatMap((question) => {
          const tapped = stepTapped(question, knowledge.steps, entry.step ?? 0);
          const shown = tapped
            ? tapped.done
              ? tapped.step + 1
              : tapped.step
            : (stepAskedByWhatItTaps(question, knowledge.steps) ?? stepBesideWhatItTaps(question, knowledge.steps));
          return shown === undefined || shown === entry.step ? [] : [`${entry.id}: ${question} → step ${shown}`];
        }),
      ),
    );
    expect(misread).toEqual([]);
  });
});

// "what do I do before tapping My?" got step 1, "what's the step before family service" step 6, "点我的之前要干啥" a
// refusal.
describe('stepBesideWhatItTaps', () => {
  const { steps } = loadKnowledge('knowledge/content');

  it.each([
    ['what do I do before tapping My?', 4],
    ["what's the step before family service", 5],
    ['what comes after the civic center', 3],
    ['and before tapping My?', 4],
    ['点我的之前要干啥', 4],
    ['亲情服务之后呢', 7],
    ['市民中心之前是哪一步', 1],
    // "Right" before it was read as the lower right corner: step 1, and step 5 for the one where I tap My.
    ['which step comes right before tapping My', 4],
    ['which step is right before tapping My', 4],
    ["what's the step before the one where I tap My", 4],
    // Said of the caller: step 1.
    ['what does she do before she taps My', 4],
  ] as const)('reads %j as asking for step %d', (text, step) => {
    expect(stepBesideWhatItTaps(text, steps)).toBe(step);
  });

  // Nothing before the first or after the last; the certification is tapped at two steps; the binding is no label.
  it.each(['what comes before opening alipay', 'after the binding is complete', 'what comes after the certification', 'before step 3', '认证之后呢'])(
    'leaves %j alone',
    (text) => {
      expect(stepBesideWhatItTaps(text, steps)).toBeUndefined();
    },
  );
});

// "is citizen center the same as civic center" and "civic center vs citizen center?" got step 2 alone.
describe('stepOfTheCivicCenterNames', () => {
  const { steps } = loadKnowledge('knowledge/content');

  it.each(['is citizen center the same as civic center', 'civic center vs citizen center?', '市民中心和Citizen Center一样吗', 'Citizen Centre or Civic Centre?', 'the summary says "Citizen Center" but step 2 says "Civic Center". are these different?'])(
    'reads %j as asking whether the page\'s two names are one, the Civic Center of step 2',
    (text) => {
      expect(stepOfTheCivicCenterNames(text, steps)).toBe(2);
    },
  );

  it.each(['what is the citizen center', 'where is the civic center', 'I opened civic center, my mom says the citizen center app is different and the old one has a button she cannot find anywhere'])(
    'leaves %j alone',
    (text) => {
      expect(stepOfTheCivicCenterNames(text, steps)).toBeUndefined();
    },
  );

  // Under step 2 it got step 2 again, with no "yes".
  it('reads "is it the same as citizen center" under the step that taps the Civic Center as asking it, and not under another', () => {
    expect(stepOfTheCivicCenterNames('is it the same as citizen center', steps, steps[1])).toBe(2);
    expect(stepOfTheCivicCenterNames('is it the same as citizen center', steps, steps[2])).toBeUndefined();
    expect(stepOfTheCivicCenterNames('where is the citizen center', steps, steps[1])).toBeUndefined();
  });
});

describe('stepNamedNotFound', () => {
  const { steps } = loadKnowledge('knowledge/content');

  it.each([
    ["can't find the My button", 3, 5],
    ['the civic center button isnt there', 1, 2],
    ['i still cant find social security', 2, 3],
    ['找不到我的按钮', 2, 5],
    ['我找不到社保', 2, 3],
    ['社保待遇资格认证找不着啊', 5, 4],
    ['社保待遇资格认证找不着啊', 6, 7],
    // Mistyped: it got the third function of social security (0.35).
    ['i dont see socail security', 3, 3],
    ["can't find famly service", 6, 6],
    // Said not to show up: "the certification section doesn't show up" was read as a question.
    ["the certification section doesn't show up", 0, 4],
    ['the family service option is missing', 3, 6],
    ['亲情服务不显示', 0, 6],
    // After every step said done, what is missing is where the last steps show it: the steps were given again.
    ['I did all the steps but the certification section doesnt show up', 0, 7],
    ['we followed every step and it still doesnt appear', 0, 7],
    ['我都按步骤做了 但是认证的入口没出来', 0, 7],
    ['步骤都做完了还是找不到社保待遇资格认证', 2, 7],
    // Any of it, and only other things there: it got the seven steps.
    ['没有看到什么资格认证啊 只有一堆别的', 4, 4],
    ['没有找到亲情服务', 3, 6],
  ] as const)('reads %j at step %d as saying what step %d names is not there', (text, position, step) => {
    expect(stepNamedNotFound(text, steps, position)).toBe(step);
  });

  // Named as any, it is what the step at the position shows: "I don't see that button" at step 6 got step 5.
  it.each(["I can't find it", "I don't see that button", '找不到那个按钮', '我妈找不到', '找不到啊'])('reads %j at step 3 as saying what step 3 names is not there', (text) => {
    expect(stepNamedNotFound(text, steps, 3)).toBe(3);
  });

  // Named as any with no step on the screen, it is the steps as a whole: "没看见" alone got the goodbye.
  it.each(["I can't find it", '找不到那个按钮', '没看见', '看不见啊'])('reads %j with no walkthrough as 0, the steps', (text) => {
    expect(stepNamedNotFound(text, steps, 0)).toBe(0);
  });

  // Naming what no step names, or more than what is not found.
  it.each([
    ['cant find social security management', 3],
    ["I can't find the My button, where else could it be?", 3],
    ['I did all the steps but it does not work', 0],
    ['没有社保怎么办', 0],
  ] as const)('leaves %j at step %d alone', (text, position) => {
    expect(stepNamedNotFound(text, steps, position)).toBeUndefined();
  });
});

describe('stepAskedByWhatItTaps', () => {
  const { steps } = loadKnowledge('knowledge/content');

  it.each([
    ['which step was the family thing', 6],
    ['which step is social security', 3],
    ['and what step has the civic center button', 2],
    ['which step is the My one', 5],
    ['亲情服务是第几步', 6],
    ['哪一步是市民中心', 2],
    ['社保是哪一步', 3],
    ['亲情那个是第几步来着', 6],
    ['the family thing, which step is that', 6],
    ['the family thing which step', 6],
    ['civic center which step was it again', 2],
    // By what the step says to do: it got a "Did you mean" of step 3.
    ['which step says to click My', 5],
    ['which step tells me to tap family service', 6],
    ['in which step do I tap social security', 3],
    // Asked where it is: "where is social security" at step 4 got step 4 again, which names social security management.
    ['where is social security', 3],
    ["where's family service", 6],
    ['where do i find the civic center button', 2],
    ['社保在哪里', 3],
    ['亲情服务在哪儿呢', 6],
    ['where is famly servce', 6],
  ] as const)('reads %j as asking for step %d', (text, step) => {
    expect(stepAskedByWhatItTaps(text, steps)).toBe(step);
  });

  // The certification is found at step 4 and tapped at step 7; the city and the hardest step are no label.
  it.each(['which step is the certification', 'which step is the city', 'which step is the hardest', "which step is my mom's certification", 'which step is this', 'the certification, which step is that', 'which step is that', 'which step says to open alipay', 'which step says to find the certification', '认证是哪一步', '哪一步最难', '我现在在第几步', 'where is it', 'where is the social security office', 'where is my pension', 'where is the certification', '社保局在哪里', '认证在哪里'])(
    'leaves %j alone',
    (text) => {
      expect(stepAskedByWhatItTaps(text, steps)).toBeUndefined();
    },
  );
});
