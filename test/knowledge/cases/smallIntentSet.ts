import { LabeledUtterance } from '../../../knowledge/matcher/types';

/** A small bilingual training set: enough for the matcher to learn three intents and what is out of scope. */
export const smallIntentSet: LabeledUtterance[] = [
  ...[
    'how do I open alipay',
    'where do I start, open the alipay app',
    'first step is opening alipay?',
    'launch alipay on my phone',
    '打开支付宝',
    '第一步是打开支付宝吗',
    '怎么打开手机支付宝',
  ].map((text) => ({ text, intent: 'open-app' })),
  ...[
    'where is the civic center',
    'tap civic center after choosing the city',
    'select my city then civic center',
    'how do I find the citizen center',
    '市民中心在哪里',
    '选择城市后点市民中心',
    '怎么找到市民中心',
  ].map((text) => ({ text, intent: 'civic-center' })),
  ...[
    'which funds are social insurance funds',
    'what funds does social insurance include',
    'list the social insurance funds',
    'is the unemployment insurance fund one of them',
    '社会保险基金包括哪些',
    '有哪几种社会保险基金',
    '失业保险基金算社会保险基金吗',
  ].map((text) => ({ text, intent: 'funds' })),
  ...['what is the weather today', 'tell me a joke', '今天天气怎么样', '讲个笑话'].map((text) => ({ text, intent: 'None' })),
];
