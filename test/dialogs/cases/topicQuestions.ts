import { Language } from '../../../knowledge/language';

/**
 * One question per knowledge entry and language, phrased apart from the training questions, with the entry that
 * must answer it. Steps and the procedure start the walkthrough; every other entry is answered directly.
 */
export const TOPIC_QUESTIONS: ReadonlyArray<readonly [Language, string, string]> = [
  ['en', 'How can I help my father with his social security certification using Alipay?', 'procedure'],
  ['zh', '怎样用支付宝帮我爸做社保待遇资格认证？', 'procedure'],
  ['en', 'What is the first step?', 'step-1'],
  ['zh', '第一步做什么？', 'step-1'],
  ['en', 'What is step 2?', 'step-2'],
  ['zh', '第二步是什么', 'step-2'],
  ['en', 'What do I do in step three?', 'step-3'],
  ['zh', '第三步怎么操作', 'step-3'],
  ['en', 'Tell me step 4', 'step-4'],
  ['zh', '第四步呢', 'step-4'],
  ['en', 'what happens in step 5', 'step-5'],
  ['zh', '第五步怎么做', 'step-5'],
  ['en', 'Explain step six', 'step-6'],
  ['zh', '第六步要做什么', 'step-6'],
  ['en', 'And the seventh step?', 'step-7'],
  ['zh', '最后一步是什么', 'step-7'],
  ['en', 'Can you give me the short version?', 'summary'],
  ['zh', '能简单概括一下吗', 'summary'],
  ['en', 'What are the functions of social security?', 'functions'],
  ['zh', '社会保障有哪些功能？', 'functions'],
  ['en', 'How does social security stabilize social life?', 'function-stability'],
  ['zh', '稳定社会生活的功能是什么', 'function-stability'],
  ['en', 'What is the redistribution function?', 'function-redistribution'],
  ['zh', '社保的再分配功能', 'function-redistribution'],
  ['en', 'How does social security promote economic development?', 'function-development'],
  ['zh', '社保怎么促进经济发展', 'function-development'],
  ['en', 'How is social insurance a tool for demand management?', 'development-demand-management'],
  ['zh', '社会保险怎么作为需求管理的工具', 'development-demand-management'],
  ['en', 'How does using social insurance funds effectively help the economy?', 'development-fund-use'],
  ['zh', '有效使用社会保险基金有什么作用', 'development-fund-use'],
  ['en', 'Why does social security matter when companies recruit talent?', 'development-recruitment'],
  ['zh', '社保和企业招人有什么关系', 'development-recruitment'],
  ['en', 'Which funds make up social insurance funds?', 'article64-funds'],
  ['zh', '社会保险基金包括哪几种', 'article64-funds'],
  ['en', 'How are the medical and maternity insurance funds accounted for?', 'article64-accounting'],
  ['zh', '医疗保险基金和生育保险基金怎么核算', 'article64-accounting'],
  ['en', 'What accounting system do social insurance funds use?', 'article64-unified-accounting'],
  ['zh', '社会保险基金用什么会计制度', 'article64-unified-accounting'],
  ['en', 'What does the law say about misappropriating social insurance funds?', 'article64-earmarked'],
  ['zh', '挪用社保基金有什么规定', 'article64-earmarked'],
  ['en', 'How is the basic old-age insurance fund pooled?', 'article64-pooling'],
  ['zh', '养老保险基金怎么统筹', 'article64-pooling'],
  ['en', 'Who decides when the pooling happens?', 'article64-state-council'],
  ['zh', '统筹的具体时间和步骤由谁规定', 'article64-state-council'],
  ['en', 'Show me the full text of Article 64', 'article64-full'],
  ['zh', '第六十四条原文是什么', 'article64-full'],
  ['en', 'Is the English text of Article 64 official?', 'article64-official-text'],
  ['zh', '第六十四条的英文是官方翻译吗', 'article64-official-text'],
  ['en', 'Which law are these answers based on?', 'legal-basis'],
  ['zh', '这些回答依据的是哪部法律', 'legal-basis'],
  ['en', 'Hello there', 'greeting'],
  ['zh', '您好啊', 'greeting'],
  ['en', 'What can you do for me?', 'help'],
  ['zh', '你能帮我做什么', 'help'],
  ['en', 'Thank you so much', 'thanks'],
  ['zh', '太感谢了', 'thanks'],
  ['en', 'Bye for now', 'goodbye'],
  ['zh', '拜拜', 'goodbye'],
];

/** Questions the sources do not answer: the bot must say so, never answer something else. */
export const OUT_OF_SCOPE: ReadonlyArray<readonly [Language, string]> = [
  ['en', 'how much pension will my father get'],
  ['en', "what's the weather"],
  ['zh', '我爸能领多少养老金'],
  ['zh', '今天天气怎么样'],
  // Articles the sources do not have: the words around the number used to decide (Article 64). (A step past the last
  // is told there is none, with the steps: walkthrough.test.ts.)
  ['en', 'what does article 63 say'],
  ['zh', '社会保险法第六十五条说的什么'],
  // Article 64 of another law named before the article or after it, not "of" it, got the Social Insurance Law's.
  ['en', 'labor law article 64'],
  ['en', 'what does the civil code say in article 64'],
  ['zh', '劳动法里第六十四条怎么说'],
  ['zh', '民法典64条说什么'],
  // Other apps than Alipay: the words are those of the Alipay procedure, which answered them (0.70).
  ['en', 'how do I certify my mum through WeChat'],
  ['zh', '用微信给爸妈做社保认证怎么弄'],
  // What the sources say nothing about, in the entries' words: step 6 (adding a family member) and the seven steps
  // answered them.
  ['en', 'how can I unbind my uncle from family service'],
  ['en', 'my grandpa’s verification got an error in alipay, what should I do'],
  ['zh', '亲情服务最多能添加几个人'],
  ['zh', '为什么要做资格认证'],
  // Cancelling the certification: the seven steps, which do it.
  ['en', 'how do I cancel the certification'],
  ['zh', '怎么取消认证'],
  // One's own account or records: the seven steps (0.34, 0.41) and a "Did you mean" of step 4.
  ['en', 'how do I check my social security balance'],
  ['en', 'how do I check my social security'],
  ['en', 'how do I look up my social security account'],
  ['zh', '怎么查我的社保缴费记录'],
  // Whether an employer must pay contributions: how social security helps companies recruit (0.77).
  ['zh', '企业必须给员工交社保吗'],
  ['en', 'do employers have to pay social security for employees'],
  // Alipay compared with another way: the seven steps (0.55), step 2 (0.37).
  ['zh', '支付宝和12333哪个好'],
  ['en', 'is alipay better than 12333'],
];
