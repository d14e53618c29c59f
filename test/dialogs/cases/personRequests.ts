import { Language } from '../../../knowledge/language';

/** Messages asking whether a person answers, or to be put through to one. */
export const PERSON_REQUESTS: Readonly<Record<Language, readonly string[]>> = {
  en: [
    // Now, or demanded: the first was refused, the second got a "Did you mean".
    'I want to speak to a real agent now!!!',
    'get me your manager',
    'are you a real person',
    // They were refused.
    'are u a real person or a bot',
    'can i talk to someone real',
    'Are you a bot?',
    'are you human',
    'are you real?',
    'Are you a robot or a human?',
    'am I talking to a real person',
    'is this a bot',
    'talk to a human',
    'I want to speak to an agent',
    'can I talk to someone',
    'connect me to a person please',
    // It was refused.
    'Is there a human I can talk to?',
    'is there a real person here',
    'human please',
    'agent',
    'live agent',
    "I'd like to speak with a representative",
    'talk to a human agent pls',
    // Closing a message: it was refused.
    'Who are you? are you a human?',
    'are you even a real person',
    // Asked twice over, it was refused.
    'are you a real person? i want to talk to a human',
    'can i talk to someone from HR? i mean a person',
    // Staff passing a caller on: it was refused.
    'can I transfer this caller to a human?',
    'how do I escalate this customer to a human agent',
    'put the caller through to a real person please',
    // It was refused.
    'I want to speak to a manager',
  ],
  zh: [
    '转人工',
    '人工客服',
    '你是机器人吗',
    '你是真人吗',
    '你是不是机器人',
    '是人工吗',
    '你是真人还是机器人',
    '我要人工',
    '找客服',
    '有人工客服吗',
    '我想跟真人说话',
    '转接人工客服',
    '您是真人吗？',
    '你是AI吗',
    '請轉人工',
    '垃圾客服 转人工',
    '能把这个来电转人工吗',
    '客户转人工客服',
    '我要投诉',
  ],
};

/** Messages that look alike but ask something else: who the bot is, a greeting, a question about the procedure. */
export const NOT_PERSON_REQUESTS: readonly string[] = [
  'do I need to go in person',
  'is there a person who must be present',
  'who are you',
  'is it real',
  'can my son do it for me',
  'is it the same person',
  'are you a real person? how do I certify my mom',
  'I mean a person can help their parent, right?',
  'what is a robot',
  'can I transfer my pension to another city',
  'can my son do the certification for the caller',
  '你是谁',
  '有人吗',
  '你好，请问有人吗',
  '人工智能是什么',
  '家人认证要本人在场吗',
  '客服电话是多少',
  '是人脸识别吗',
  '人工客服电话是多少',
  '人工智能会取代人工吗',
];
