import { languageRequestIn, translationAsked } from '../../knowledge/languageRequest';

describe('languageRequestIn', () => {
  it.each([
    ['in chinese please', 'zh'],
    ['Chinese, please!', 'zh'],
    ['Can you answer in Chinese?', 'zh'],
    ['do you speak chinese', 'zh'],
    ['please reply in Mandarin', 'zh'],
    ['change the language to chinese', 'zh'],
    ['explain it in chinese', 'zh'],
    ['switch to English', 'en'],
    ['English please', 'en'],
    ['I prefer English', 'en'],
    ['answer in english from now on', 'en'],
    ['中文', 'zh'],
    ['请用中文回答', 'zh'],
    // Under the State Council's part it got the summary of the steps.
    // It got the help, in Chinese.
    ['以后都用英文回答我', 'en'],
    // From now on, whoever it is for: it got a "Did you mean".
    ['pls answer in chinese from now on, its for my grandma', 'zh'],
    ['請用中文回答', 'zh'],
    ['能说中文吗？', 'zh'],
    ['换成中文吧', 'zh'],
    ['用英文', 'en'],
    ['你会说英语吗', 'en'],
    ['切换到英文', 'en'],
    // It stayed in Chinese.
    ['back to english please', 'en'],
    // "Now in Chinese" after step 3 switched, then went on to step 4.
    ['now in chinese', 'zh'],
    ['and now english please', 'en'],
    ['switch back to Chinese', 'zh'],
    // Traditional characters were refused: the answers are in Simplified ones, which is what they get.
    ['繁體中文', 'zh'],
    ['请用繁体中文', 'zh'],
    // Back to Chinese: "换回中文吧" was refused, in English.
    ['换回中文吧', 'zh'],
    ['切回中文', 'zh'],
    ['用回英文', 'en'],
    // "给我发英文版" under the steps got Article 64 in Chinese; "send me the english version" was refused.
    ['给我发英文版', 'en'],
    // Its 继续 was read as "next" too: "no walkthrough is running".
    ['继续用中文吧', 'zh'],
    ['给我英文版的', 'en'],
    ['send me the english version', 'en'],
    // Said as the Chinese say it: "中文吧 我英文不好" got an English "Did you mean", "好 中文继续" the greeting, "我英文不好" was
    // refused.
    ['中文吧 我英文不好', 'zh'],
    // It got an English refusal.
    ['说中文吧我看不懂英文', 'zh'],
    ['讲中文啦', 'zh'],
    ['好 中文继续', 'zh'],
    ['我英文不好', 'zh'],
    // "好了 换回中文吧" got the goodbye, "谢谢 说回中文" was refused, "用英文发一下" got a "Did you mean".
    ['好了 换回中文吧', 'zh'],
    ['谢谢 说回中文', 'zh'],
    ['用英文发一下', 'en'],
    ['你能用英文说说不', 'en'],
    // A language declined, or not understood, asks for the other: "don't answer in English" and "别用英文回答" switched to
    // English, "不要用中文" and "not in Chinese" to Chinese; "我不懂英文" and "no Chinese please" were refused.
    ["don't answer in English", 'zh'],
    ['别用英文回答', 'zh'],
    ['不要英文', 'zh'],
    ['我不懂英文', 'zh'],
    ['看不懂英文', 'zh'],
    ['不要用中文', 'en'],
    ['not in Chinese', 'en'],
    ['no Chinese please', 'en'],
    ["I don't understand Chinese", 'en'],
  ] as const)('"%s" asks for %s', (text, language) => {
    expect(languageRequestIn(text)).toEqual({ language });
  });

  it.each([
    ['show me the steps in chinese', 'zh', 'show me the steps'],
    ['Tell me in Chinese: how do I certify my mum', 'zh', 'how do I certify my mum'],
    ['in English, 第三步是什么', 'en', '第三步是什么'],
    ['用英文说一下第三步', 'en', '第三步'],
    ['社保有哪三个功能？请用英文回答', 'en', '社保有哪三个功能'],
    // It got the steps in Chinese.
    ['全部步骤用英文发我', 'en', '全部步骤'],
    // The language after the question: it got the functions in Chinese.
    ['社保三大功能 英文的', 'en', '社保三大功能'],
    ['第五步英文的', 'en', '第五步'],
    // The language alone after a space: it got the functions in Chinese.
    ['三大功能 英文', 'en', '三大功能'],
    // Back to a language first: it got step 7, its "back" a word of step 7's.
    ["back to English: what's step 3", 'en', "what's step 3"],
    ['switch to chinese, what are the functions', 'zh', 'what are the functions'],
    // After "and", with "please": it was refused, in Chinese.
    ['and in english please, which paragraph says that', 'en', 'which paragraph says that'],
    ['换回中文：第三步是什么', 'zh', '第三步是什么'],
    // Asked for after the question, or after an "OK, now": they were answered in the conversation's language.
    ['a caller asks about the functions of social security, can you give me that in Chinese', 'zh', 'a caller asks about the functions of social security'],
    ['好的 现在用中文回答：社保基金包括哪些', 'zh', '社保基金包括哪些'],
  ] as const)('"%s" asks for %s, and asks %j', (text, language, question) => {
    expect(languageRequestIn(text)).toEqual({ language, question });
  });

  // What something is in the other language, once, as "第三步用英文怎么说" is: "what's step 4 in chinese" switched the
  // whole conversation to Chinese.
  it.each([
    ['What is step 3, in Chinese please?', 'zh', 'What is step 3'],
    ["what's step 4 in chinese", 'zh', "what's step 4"],
    ['what are the three functions in English?', 'en', 'what are the three functions'],
    // Named alone, or asked after an "ok fine.": they switched the conversation too.
    ['step 4 in Chinese', 'zh', 'step 4'],
    ['and step 6 in chinese', 'zh', 'and step 6'],
    ["ok fine. what's the first function in Chinese", 'zh', "ok fine. what's the first function"],
  ] as const)('"%s" asks for %s once, and asks %j', (text, language, question) => {
    expect(languageRequestIn(text)).toEqual({ language, question, once: true });
  });

  it.each([
    ['第三步用英文怎么说', 'en', '第三步'],
    ['社会保障三个功能用英文怎么说', 'en', '社会保障三个功能'],
    ['Give me the Chinese original text of Article 64', 'zh', 'Article 64'],
    ['What is the official Chinese text of article 64?', 'zh', 'article 64'],
    ['show me the chinese version of the steps please', 'zh', 'the steps'],
    ['Show me Article 64 in the original Chinese', 'zh', 'Show me Article 64'],
    ['Can I see the official Chinese text of Article 64 paragraph 2?', 'zh', 'Article 64 paragraph 2'],
    ['what does step 3 say in the Chinese version', 'zh', 'what does step 3 say'],
    // It got the Chinese text.
    ['第六十四条的英文翻译', 'en', '第六十四条'],
    // It got the Chinese text.
    ['第六十四条英文版', 'en', '第六十四条'],
    // It got paragraph 2 in Chinese.
    ['第二款的英文', 'en', '第二款'],
    ['把第三步翻译成英文', 'en', '第三步'],
    ['第64条的中文原文', 'zh', '第64条'],
    // "第七步英文怎么说" got step 7 in Chinese; "what is family service called in chinese" switched the conversation.
    ['第七步英文怎么说', 'en', '第七步'],
    ['支付宝里的市民中心英文叫什么', 'en', '支付宝里的市民中心'],
    ['what is family service called in chinese', 'zh', 'family service'],
    // A Chinese conversation got a "Did you mean" in Chinese, and paragraph 1 in Chinese.
    ['translate step 6 into English', 'en', 'step 6'],
    ['translate step 2 into chinese', 'zh', 'step 2'],
    ['第一款英文怎么说', 'en', '第一款'],
    // They got the Chinese.
    ['第六十四条英文是啥', 'en', '第六十四条'],
    ['社保功能英文版发我', 'en', '社保功能'],
    ['can you give me Article 64 in Chinese for a colleague?', 'zh', 'can you give me Article 64'],
    ['Please translate the Alipay steps into Chinese for my colleague Zhang', 'zh', 'the Alipay steps'],
    ['can you send the steps in Chinese so I can forward them to staff?', 'zh', 'can you send the steps'],
    // Asked for after the question, whom to answer named: it switched the conversation to English.
    ['来电人问第六步是啥意思 帮我用英文回复他', 'en', '来电人问第六步是啥意思'],
  ] as const)('"%s" asks for %s for %j only', (text, language, question) => {
    expect(languageRequestIn(text)).toEqual({ language, question, once: true });
  });

  // It got a "Did you mean": who wants it read was not read.
  it('"can you reply in English please, my cousin wants to read it" asks for the last reply in English, for the cousin', () => {
    expect(languageRequestIn('can you reply in English please, my cousin wants to read it')).toEqual({ language: 'en', once: true });
  });

  // Who cannot read the language first: at step 2 it got the summary of the steps in Chinese.
  it('"我妈说她看不懂英文，用中文说一下这一步" asks for the last reply in Chinese, for the mother', () => {
    expect(languageRequestIn('我妈说她看不懂英文，用中文说一下这一步')).toEqual({ language: 'zh', once: true });
  });

  // After its reason: it was refused, in English, its reason read as the question.
  it.each([
    ['我妈看不懂中文 她只会英文 你把步骤翻译成英文', '步骤'],
    ['她只会英文，把第三步翻译成英文吧', '第三步'],
  ])('"%s" asks for %j in English, once', (text, question) => {
    expect(languageRequestIn(text)).toEqual({ language: 'en', question, once: true });
  });

  // It was refused: whom it is for, so that he understands, was not read.
  it('"can you say this step in chinese so my dad understands" asks for the last reply in Chinese, for the dad', () => {
    expect(languageRequestIn('can you say this step in chinese so my dad understands')).toEqual({ language: 'zh', once: true });
  });

  // It was refused: who reads only English was not read.
  it('"sorry can you say in English? my brother reads english only" asks for the last reply in English, for the brother', () => {
    expect(languageRequestIn('sorry can you say in English? my brother reads english only')).toEqual({ language: 'en', once: true });
  });

  // "can you give me that in chinese so i can show him" got what the bot can do.
  it('"can you give me that in chinese so i can show him" asks for the last reply in Chinese, for him', () => {
    expect(languageRequestIn('can you give me that in chinese so i can show him')).toEqual({ language: 'zh', once: true });
  });

  // Under Article 64, "what does it say in Chinese?" was read as asking "what does it" and got the functions.
  it('"show me that in Chinese" asks for the last reply in zh', () => {
    expect(languageRequestIn('show me that in Chinese')).toEqual({ language: 'zh' });
  });

  // Asked what it is in the other language, once: it is a translation.
  it.each([
    ['what does it say in Chinese?', 'zh'],
    ['what is it in English', 'en'],
    // "what's this step in English?" got the help.
    ["what's this step in English?", 'en'],
  ] as const)('"%s" asks for the last reply in %s, once', (text, language) => {
    expect(languageRequestIn(text)).toEqual({ language, once: true });
  });

  it.each([
    ['what does it say in the Chinese original?', 'zh'],
    ['and that in the original Chinese', 'zh'],
    // "这一步用英文怎么说" got step 7 in English.
    ['这一步用英文怎么说', 'en'],
    // Named alone, they got a "Did you mean".
    ['the chinese original?', 'zh'],
    ['the official chinese text of this one', 'zh'],
    // For someone, or how it is said: "can you give me the Chinese for the caller?" got the summary in English, "英文怎么说"
    // and "那英文呢" were refused, "translate that into English" switched every answer after it.
    ['can you give me that in Chinese for the caller?', 'zh'],
    ['can you give me the Chinese for the caller?', 'zh'],
    ['英文怎么说', 'en'],
    ['那英文呢', 'en'],
    // At a step it switched every answer after it.
    ['用英文说一下这一步', 'en'],
    // Said once: "用英文说一遍" switched every answer after it.
    ['用英文说一遍', 'en'],
    ['用英文再说一遍', 'en'],
    ['用中文再说一遍', 'zh'],
    ['中文版呢', 'zh'],
    ['translate that into English', 'en'],
    ['translate to chinese', 'zh'],
    ['把上面的翻译成英文', 'en'],
    // "翻译成英文" switched every answer after it, "帮我翻译成英文" was refused.
    ['翻译成英文', 'en'],
    ['帮我翻译成英文', 'en'],
    ['翻译成中文吧', 'zh'],
    // "英文咋说" got the article in Chinese, "这个用英文咋说" was refused; "put that in Chinese for the caller please" got
    // the thanks, "how do I say that in Chinese" switched every answer and refused "how do I".
    ['英文咋说', 'en'],
    ['这个用英文咋说', 'en'],
    ['put that in Chinese for the caller please', 'zh'],
    ['how do I say that in Chinese', 'zh'],
    // For whom staff want it: "in Chinese for the caller" was refused for "for the caller", the colleague's translation
    // as asking about someone not in the family, and "给来电人翻译成英文" was refused.
    ['in Chinese for the caller', 'zh'],
    ['in Chinese for my team please', 'zh'],
    ['translate that into Chinese for my colleague', 'zh'],
    // What it is for: it was refused, quoted as "that into Chinese for my leaflet".
    ['translate that into Chinese for my leaflet', 'zh'],
    ['translate that into Chinese for my coworker', 'zh'],
    ['I need this in Chinese for a Chinese employee', 'zh'],
    ['给来电人翻译成英文', 'en'],
    ['能不能用英文给来电人讲一下', 'en'],
    ['给来电人用英文说一遍', 'en'],
    ['翻译成英文给我的同事', 'en'],
    // Whom first, or with what is done with it: "for the caller in English again please" got the summary of the steps,
    // the others were refused.
    ['for the caller in English again please', 'en'],
    ['can I forward this to the caller in Chinese?', 'zh'],
    ['send me the Chinese so I can paste it to her', 'zh'],
    ['翻译成英文，我发给同事', 'en'],
    ['帮我同事翻成中文', 'zh'],
    ['发给来电人，用英文', 'en'],
    // For a family member: "这一步英文咋说 闺女要" (my daughter wants it) and "给我女儿看 这个用英文怎么说" were refused.
    ['这一步英文咋说 闺女要', 'en'],
    ['这个用英文怎么说，我女儿要看', 'en'],
    ['给我女儿看 这个用英文怎么说', 'en'],
    ['用英文说一下 我儿子想看', 'en'],
  ] as const)('"%s" asks for the last reply in %s, once', (text, language) => {
    expect(languageRequestIn(text)).toEqual({ language, once: true });
  });

  it.each([
    'what is 社保 in english',
    'how do you say alipay in chinese',
    'is there an english version of alipay',
    'english is hard',
    '中文版在哪里',
    '社会保险法的英文名称是什么',
    'what are the functions of social security',
    '',
    'can I switch alipay to english',
    'translate hello into Chinese',
    '支付宝英文版',
    '支付宝 英文',
    '把你好翻译成英语',
    '谢谢的英文翻译',
    'my mom only reads chinese, how do I help her',
    '支付宝有英文版吗',
    '谢谢英文怎么说',
    'is alipay available in english?',
    'is the certification possible in English',
    'what is the weather called in chinese',
    // What is in a language: it switched the conversation to Chinese.
    'where is the civic center button in alipay, mine is in chinese',
    'my alipay is in chinese, what do i tap',
    "it's all in english",
    'how do I certify my mom for the caller',
    'what are the steps for my colleague',
    'for the record what is step 3',
  ])('"%s" asks for no language', (text) => {
    expect(languageRequestIn(text)).toBeUndefined();
  });

  // With no language named, into the other one than the answer's (the dialog knows which): they were refused.
  it.each(['translate that', 'translate it please', 'can you translate this', '翻译一下', '把上面的翻译一下', '帮我翻译下', 'Can you translate this for my Chinese colleague?', '给来电人翻译一下', 'translate for nainai'])('"%s" asks for a translation', (text) => {
    expect(translationAsked(text)).toEqual({});
  });

  // "translate step 4 for my grandma" got step 4 in English again.
  it.each([
    ['translate step 4 for my grandma', 'step 4'],
    ['please translate the three functions', 'the three functions'],
    ['把第四步翻译一下', '第四步'],
  ])('"%s" asks for a translation of %j', (text, question) => {
    expect(translationAsked(text)).toEqual({ question });
  });

  it.each(['how do I translate the app', '翻译成英文是什么意思', '支付宝能翻译吗'])('"%s" asks for no translation', (text) => {
    expect(translationAsked(text)).toBeUndefined();
  });
});
