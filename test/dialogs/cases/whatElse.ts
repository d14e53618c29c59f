import { Language } from '../../../knowledge/language';

/** Messages asking what else the bot can say, naming no topic. */
export const WHAT_ELSE_PHRASES: Readonly<Record<Language, readonly string[]>> = {
  en: ['anything else?', 'Anything else I should know?', 'is there anything else', 'anything more?', 'What else?', 'is there more?', 'OK, anything else?'],
  zh: ['还有吗？', '还有呢', '还有别的吗', '还有其他的吗', '还有什么', '還有嗎'],
};

/** Messages asking whether the answer on the screen is all there is: with none, they too ask what else the bot can say. */
export const IS_THAT_ALL_PHRASES: Readonly<Record<Language, readonly string[]>> = {
  en: ['is that all?', 'Is that it?', 'are you sure that is all?', "that's it?"],
  // "就这样了吗" at the last step got the goodbye, "完了？" a "Did you mean" of step 7.
  zh: ['就这些吗？', '就这些了吗', '没了吗', '你确定就这些吗', '就这些？', '就这样了吗', '完了？', '是不是就这些了'],
};

/** Messages that look alike but say something else: goodbyes, or questions about a topic. */
export const NOT_WHAT_ELSE: readonly string[] = [
  "that's all",
  '就这些',
  'nothing else',
  'what else do I need to bring',
  'can the fund be used for anything else',
  '基本养老保险基金、基本医疗保险基金，还有什么基金',
  'is that all the steps',
  'tell me more',
];
