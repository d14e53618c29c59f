import { Language } from '../../../knowledge/language';

/** Messages and the language the bot must answer them in; undefined = keep the conversation's language. */
export const languageDetectionCases: Array<{ name: string; text: string; expected: Language | undefined }> = [
  { name: 'Simplified Chinese', text: '怎么帮爸妈做社保认证？', expected: 'zh' },
  { name: 'Traditional Chinese', text: '請問怎麼幫家人做社會保險資格認證', expected: 'zh' },
  { name: 'a single Chinese character', text: '好', expected: 'zh' },
  { name: 'English', text: 'How do I help my mum with the certification?', expected: 'en' },
  { name: 'English without punctuation or capitals', text: 'whats step five', expected: 'en' },
  { name: 'an English sentence naming a Chinese menu', text: 'Where do I find 市民中心 in Alipay?', expected: 'en' },
  { name: 'a Chinese sentence with an English word', text: '支付宝里的 My 页面在哪', expected: 'zh' },
  { name: 'a Chinese word and an English word (tie goes to Chinese)', text: '支付宝 step 5', expected: 'zh' },
  // They were answered in Chinese in an English conversation.
  { name: 'a Chinese term asked about with an English question word (a tie)', text: 'and 亲情服务?', expected: 'en' },
  { name: 'a Chinese term after "what\'s"', text: "what's 市民中心", expected: 'en' },
  // It was answered in English: two Chinese runs against five English words.
  { name: 'a question asked with Chinese words, borrowing English terms', text: '我妈的 social security certification 怎么弄 on Alipay', expected: 'zh' },
  // It was answered in English in a Chinese chat: one Chinese run against two English words.
  { name: 'an English term with a Chinese ordinal', text: 'social security 第一个功能', expected: 'zh' },
  { name: 'an English term with a Chinese count', text: 'alipay 三个步骤', expected: 'zh' },
  { name: 'a Chinese ordinal asked about in English', text: 'what is 第三步', expected: 'en' },
  { name: 'an English question naming a Chinese menu that is no question', text: 'what is 我的 in the Alipay app', expected: 'en' },
  { name: 'full-width English', text: 'ｈｅｌｌｏ ｔｈｅｒｅ', expected: 'en' },
  { name: '"ok"', text: 'ok', expected: undefined },
  // The walkthrough's command, typed in a Chinese chat too: it turned the reply English for a turn.
  { name: 'a step by its number', text: 'step 3', expected: undefined },
  { name: 'a question about a step', text: 'what is step 3', expected: 'en' },
  // A whole message in pinyin that says something to the bot is Chinese: "xiexie" was refused, in English.
  { name: '下一步 in pinyin', text: 'xia yi bu', expected: 'zh' },
  { name: '谢谢 in pinyin', text: 'xiexie', expected: 'zh' },
  // Pinyin naming the knowledge got English replies.
  { name: 'a question in pinyin', text: 'zhifubao zenme bang jiaren renzheng', expected: 'zh' },
  { name: 'a step in pinyin', text: 'di san bu shi shenme', expected: 'zh' },
  // It got an English answer in a Chinese chat.
  { name: "a step's English label in a Chinese sentence", text: 'civic center找不到', expected: 'zh' },
  { name: 'an English sentence naming a Chinese label', text: "I can't find 市民中心", expected: 'en' },
  { name: '"OK!" in capitals', text: 'OK!', expected: undefined },
  { name: 'a number', text: '2', expected: undefined },
  { name: '"next"', text: 'next', expected: undefined },
  // It turned a Chinese walkthrough English.
  { name: '"stop"', text: 'stop', expected: undefined },
  // It turned a Chinese walkthrough English.
  { name: '"nxt"', text: 'nxt', expected: undefined },
  { name: '"yes"', text: 'yes', expected: undefined },
  { name: 'emoji', text: '👍🙂', expected: undefined },
  { name: 'punctuation', text: '?!…', expected: undefined },
  { name: 'Chinese punctuation only', text: '？！。', expected: undefined },
  { name: 'empty text', text: '', expected: undefined },
];
