import { Language } from '../../../knowledge/language';
import { WalkthroughCommand } from '../../../knowledge/navigation';

type SimpleCommandKind = Exclude<WalkthroughCommand, { kind: 'goTo' | 'steps' | 'noSuchStep' | 'moveBy' }>['kind'];

/** Not understanding the last reply: a step or an answer is given again ("I don't understand" got "I can't answer …"). */
export const NOT_UNDERSTOOD_PHRASES: Readonly<Record<Language, readonly string[]>> = {
  // "huh? i dont get it" got a "Did you mean" of step 5.
  en: ["I don't understand", "I don't get it", 'huh? i dont get it'],
  // "没听懂" got the goodbye, "啥？" and "蛤？" were refused.
  zh: ['看不懂', '不明白', '根本看不懂', '没听懂', '啥？', '蛤？', ...['搞不懂', '我不会', '看不明白', '没看懂啥意思', '看不懂啊闺女', '不晓得咋弄']],
};

/** What users type to move through the walkthrough, per language; Traditional spellings included on purpose. */
export const COMMAND_PHRASES: Readonly<Record<Language, Readonly<Record<SimpleCommandKind, readonly string[]>>>> = {
  en: {
    // Saying the step is done asks for the next one: "done" stopped the walkthrough, "found it" got a "Did you mean".
    next: [
      // Typed as said: "wats next" jumped to step 5, the matcher's.
      ...['wats next', 'wat next', 'thx. wats next'],
      // The step on the screen said done, or to have worked: "finished this one" and "this step is complete" got step 7,
      // "all good" the goodbye, "worked" the help, "ok that worked" "You're welcome!", "y" and "she confirmed" a refusal.
      ...['finished this one', 'this step is complete', 'all good', 'worked', 'ok that worked', 'y', 'she confirmed'],
      // Said again, as a double tap says it: "next next" got step 5, skipping the steps between.
      ...['next next', 'next, next, next'],
      // In markup, as a channel or a paste leaves it: step 5.
      ...['<b>next</b>', '&nbsp;next'],
      // From a fourth tester: "whats the next thing" at step 4 got step 6, "and then what do i do" step 6, "wat now" the
      // goodbye, "what should i do after this" the help, "oh nvm got it" the thanks.
      ...['whats the next thing', 'and then what do i do', 'wat now', 'what should i do after this', 'oh nvm got it'],
      ...['next', 'Next!', "what's after that?", 'then what', 'ok, next please', 'continue', 'What comes next?', 'ok', 'Got it.', '👍'],
      // "then where do I tap?" at the last step got step 5 (0.49).
      ...['then where do I tap?', 'where do I tap next'],
      // "and?" and "and" were refused.
      ...['and?', 'and'],
      ...['done', 'Ok done', 'I did it', 'found it', 'I see'],
      // "complete" got step 7, "ok im done with this one" the goodbye.
      ...['complete', 'ok im done with this one', 'done with that step'],
      // "come on hurry up whats next" was refused.
      'come on hurry up whats next',
      // Said of the caller: "she's done that, what now?" got step 7, "caller's done with that one" the goodbye.
      ...["she's done that, what now?", "caller's done with that one", 'ok caller has done it', "she's finished that step"],
      // Done and next in one message: "I did it, what now" got a "Did you mean", "and now?" "I can't answer".
      ...['I did it, what now?', 'found it. Next', 'got it, what now', 'and now?', 'now what'],
      // Mistyped on a phone: "nxt" got "I can't answer" and ended the walkthrough.
      ...['nxt', 'netx', 'nxt pls'],
      // A key beside the one meant: "nexr" got step 5; held too long, "nexxt" and "neext" too.
      ...['nexr', 'nwxt', 'nexxt', 'neext'],
      // Found, or the button pressed, passed on: "okay found" showed the step again, "my mom says she pressed the button"
      // got step 6.
      ...['okay found', 'my mom says she pressed the button'],
      // Skipping a step goes on to the next.
      ...['skip', 'skip this step'],
      // "and then?" is "then" once the filler "and" is gone: it got "I can't answer".
      ...['and then?', 'then?'],
      // "the next step" on step 1 got step 5 (0.43), "what's the step after that" a "Did you mean".
      ...['the next step', "ok what's the next step", "what's the step after that"],
      // Someone else did it, or it is just there: "ok he clicked it" got step 3, "oh there it is" a refusal.
      ...['ok he clicked it', 'oh there it is', 'what do I click after that?'],
      // "ok its done" at the last step got the goodbye.
      ...['its done', "ok it's done now", "that's done"],
      // "and the next?" under step 6 got step 6 again.
      'and the next?',
      // Done with a part named: "ok done with the family part" at step 6 started the steps again.
      'ok done with the family part',
      // Who did it, named bare: it got a "Did you mean".
      'grandma tapped it',
      // Where it was seen, or the app open: each showed the same step again.
      'I see it under social security management',
      "I've got Alipay open on my phone",
      // "fine" was read as "five" (the five funds), and "fine, next" at step 3 got step 5.
      ...['fine', 'fine, next'],
      // Passed on from the one at the phone: "mom says done" was refused, "dad says he's in" too.
      ...['mom says done', "dad says he's in", "she says it's done"],
      // After thanks or an interjection: "thank you so much, what's next" got step 5, "yep found it" a "Did you mean",
      // "ah ok i see it" a refusal and "mm ok" the goodbye.
      ...["thank you so much, what's next", 'yep found it', 'ah ok i see it', 'mm ok'],
      // "right" and "that's right" got step 5, whose button is in the lower right corner. ("Right?" asks whether the step
      // is right: doubt.test.ts.)
      ...['right', "that's right"],
      // "what about the one after" at step 3 got step 3 again; "yep" and "k" were refused.
      ...['what about the one after', 'the one after that', 'yep', 'k'],
      // "what comes right after that?" and "and after that one?" got the same step again.
      ...['what comes right after that?', 'and after that one?'],
    ],
    // "go back one" got step 7 (0.41), which says "go back to the family service page".
    // Once more: "go back one more" got the goodbye, "back again" step 7.
    back: [
      // "back back" got step 7.
      'back back',
      // A slip owned first: "oops go back" got a "Did you mean" of step 7.
      ...['oops go back', 'sorry my bad, go back'],
      ...['back', 'go back', 'previous', 'Previous step', 'bakc', 'bck', 'bacl', 'previus step', 'go back one', 'what was the previous step?', "what's the previous step?", 'go back one more', 'back again'],
      // The step before the one shown: "and before that?" at step 4 got step 1, "what about b4 that" a "Did you mean" of
      // Article 64, for its 4.
      ...['and before that?', 'what was before that', 'the step before this one', 'what about b4 that', 'how about before that'],
      // "ok what was the previous one again" was refused, "wait go back" got a "Did you mean" of step 7.
      ...['ok what was the previous one again', 'wait go back'],
      // "what's before it?" got step 1.
      "what's before it?",
      // "and the one before?" at step 5 got step 1.
      'and the one before?',
      // "what was the step before" at step 4 got step 1.
      'what was the step before',
    ],
    // Not finding what the step names shows it again: "I don't see it" got the goodbye.
    // "slow down" got the summary (read as "show down").
    // "say again" at step 4 was refused.
    repeat: ['help im lost', 'im stuck', 'sorry can u say it slower', 'again', 'repeat', 'say that again', 'say again', 'Repeat that please', 'repaet', "I can't find it", "I don't see it", "what if I can't find it", 'where is it?', 'where is this step?', 'sorry, can you repeat that', ...["she can't find it", "my employee can't find it", "the caller still doesn't see it"], 'slow down', 'slow down please', "you're going too fast", 'not so fast', 'what did you just say', ...NOT_UNDERSTOOD_PHRASES.en],
    resume: ['where did we stop', 'continue from there', 'back to the steps', 'Resume', 'where was I?', 'go back to the walkthrough', 'which step am I on', 'what step are we at now?', 'where am I', 'which step was that', 'which step is that?', 'carry on with the steps', 'go on with the walkthrough', "let's go back to the alipay steps", 'ok lets continue with the alipay steps', 'which step is she on', 'where is she now?', 'which step is the caller on?', 'back to where I was', 'take me back to where we left off', 'ok, continue from where we stopped',
      // Back at the phone: "ok I'm back" got the goodbye, "I'm back, where were we" was refused.
      "ok I'm back", "I'm back, where were we"],
    // Steps with no number: "what are the steps" got "I can't answer".
    // Asked politely too: "could you please tell me the steps?" got the help (0.50).
    // "just list the steps" got the summary (0.47).
    allSteps: ['all steps', 'show me all the steps', 'All Steps', 'How many steps are there?', 'What are the steps?', 'steps', 'tell me the steps please', 'Could you please tell me the steps?', 'just list the steps', 'list the steps only', 'how many steps r there', 'so how many steps in total?', 'how many steps are there in total', 'total number of steps?', 'all steps at once pls', 'how many steps total'],
    stepByStep: ['step by step please', 'Step-by-step instructions', 'walk me through it', 'walk me thru it pls', 'Can you walk me through it step by step?', 'one step at a time', 'can you take me through the steps one at a time',
      // "can you go one by one" under the steps got the goodbye.
      'can you go one by one', 'one at a time please', 'give me the steps one by one'],
    stop: ['stop', 'quit', 'cancel', "I'm done", 'stpo', 'stop stop stop'],
  },
  zh: {
    // "好了" was refused, "完成了" answered with step 7 ("complete the certification"), "我找到了" with step 5.
    next: [
      // "下一步下一步" got step 7.
      ...['下一步下一步', '下一步 下一步 下一步'],
      // Three said together, or "对" alone: they were refused.
      ...['好了好了点进去了', '对'],
      // A particle after it, or voice input's slip: "下一步啦", "下一步嘛", "下一步哦", "夏一步", "吓一步" and "下一步骤" got
      // step 7, "下壹步" and "下一不" were refused, "下步" got the summary.
      ...['下一步啦', '下一步嘛', '下一步哦', '下一步呢亲', '夏一步', '吓一步', '下一步骤', '下壹步', '下一不', '下步'],
      // Thanked on the way: step 7; mistyped: refused.
      ...['好了 谢谢 下一步', '下以步'],
      // "接下来干嘛" at step 1 or 3 got step 7.
      '接下来干嘛',
      // From a fifth tester: "下一步咋弄" and "整明白了 下一步咋整" got step 7; "接着咋弄", "中了 然后嘞", "看到了 点进去了", "搞掂" and
      // "妥了" a refusal or the goodbye.
      ...['下一步咋弄', '整明白了 下一步咋整', '接着咋弄', '中了 然后嘞', '看到了 点进去了', '搞掂', '妥了'],
      ...['下一步', '然后呢', '接下来', '接下來呢', '好的，下一步', '好的', '嗯嗯', '👌🏻', '好了', '完成了', '我找到了', '已经打开了'],
      // In haste: "行了行了 快点说下一步" got the summary, "快点 下一步" a "Did you mean" of step 7.
      ...['行了行了 快点说下一步', '快点 下一步'],
      // "完成" got step 7, "开了" a refusal.
      ...['完成', '开了'],
      // "哦" was refused.
      '哦',
      // "好了然后呢" and "下一步呢" got step 7, whose questions ask what comes after the binding.
      ...['好了然后呢', '下一步呢？', '下一步是什么', '做完了，下一步', '找到了，然后呢'],
      // 部 for 步, the same syllable (bù) in pinyin input.
      '下一部',
      // "跳过这步" got "I can't answer".
      ...['跳过', '跳过这步'],
      // "下一个步骤" on step 1 got step 7 (0.49).
      ...['下一个步骤', '下个步骤是什么'],
      // "我爸点开了" and "然后点什么" were refused.
      ...['我爸点开了', '然后点什么'],
      // "然后点哪" at step 7 got a "Did you mean" of step 3.
      ...['然后点哪', '然后点哪儿'],
      // "往下" and "后面还有吗" at step 4 were refused.
      ...['往下', '继续往下', '后面还有吗', '后面呢'],
      // "后一步" at step 2 got step 7 (its 后), "再往后" the goodbye, "往后呢" a "Did you mean", "接着说" a refusal.
      ...['后一步', '再往后', '往后呢', '接着说'],
      // "这之后呢" and "再之后呢" got a "Did you mean" of step 6, "是的" a refusal.
      ...['这之后呢', '再之后呢', '是的'],
      // "然后嘞" was refused, "好勒" got the greeting, "点进去了" and "看到了" were refused.
      ...['然后嘞', '好勒', '点进去了', '看到了'],
      // "再然后呢" (and after that?) got "I can't answer".
      ...['再然后呢', '再下一步'],
      // After thanks or an interjection: "谢谢 下一步" got step 7, "哦找到了" step 5, "哦 好了" and "ok了" the goodbye;
      // "点了" was refused.
      ...['谢谢 下一步', '谢谢，下一步', '哦找到了', '嗯找到了', '哦 好了', 'ok了', '点了'],
      // "好吧" on the last step got the greeting.
      '好吧',
      // "算了 下一步" (never mind, next) and "中 下一步" (Henan's OK) on step 1 got step 7; "中" and "得嘞" were refused.
      ...['算了 下一步', '算了下一步吧', '中 下一步', '中', '得嘞'],
      // Sichuan's OK: "要得 找到了" at step 2 got a "Did you mean" of step 5.
      ...['要得 找到了', '要得'],
      // Passed on from the one at the phone: they were refused.
      ...['奶奶说打开了', '我爸说进去了', '老伴说好了'],
      // Where it was found: they showed step 5 again.
      ...['找到了 在右下角', '哦 在右下角 找到了'],
      // Northern colloquial: "找着了", "俺弄好了" and "下个" were refused, "完事了" on step 6 got the goodbye.
      ...['找着了', '俺弄好了', '完事了', '下个', '中不中啊 下一步'],
      // "得劲" (fine) and "中中中 下一步" got a "Did you mean", "整好了" was refused.
      ...['得劲', '中中中 下一步', '整好了'],
    ],
    // "往回退一步" got step 7 (0.45).
    // "上一步是什么" on step 2 got step 7.
    // Once more: "再往前一步" was refused, "再退一步" got a "Did you mean" of step 7.
    back: [
      '上一步上一步',
      // A slip owned first: "wait 我按错了 back" got step 7, "不对不对，是上一步" a refusal.
      ...['我按错了，上一步', '不对不对，是上一步', 'wait 我按错了 back'],
      ...['上一步', '返回', '上一部', '往回退一步', '退回一步', '上一步是什么', '再往前一步', '再退一步'],
      // The step before the one shown: "前一步呢" at step 3 got a "Did you mean" of step 1, "那之前呢" step 1.
      ...['前一步呢', '那之前呢', '在这之前是哪一步'],
      // "前面那步" was refused.
      ...['前面那步', '前面一步'],
      // "那之前一步呢" got step 1.
      '那之前一步呢',
      // "之前那步是啥" got step 1, "上一步是啥来着" a refusal; so were "上一步说的啥" and "上一步咋弄".
      ...['之前那步是啥', '上一步是啥来着', '上一步说的啥', '上一步咋弄'],
      // "弄啥嘞 上一步" was refused.
      '弄啥嘞 上一步',
      // A particle after it: "上一步啦" got a "Did you mean", "返回上一步咧" step 7; "往回" the goodbye, "退回去" was refused.
      ...['上一步啦', '返回上一步咧', '往回', '退回去'],
    ],
    // "在哪里" got step 3, "找不到" a "Did you mean".
    // "慢点说" (slower, please) got the summary.
    repeat: ['再教一遍', '再教我一次', '拿来了', '没听清 再说一遍', '太快了慢点说', '再说一遍', '重复', '再說一遍', '重複', '找不到', '我没看到', '在哪里？', '这一步在哪里', '不好意思，再说一遍', '没看清', '我卡住了', '我刚才没看清 再说一遍', '慢点说', '说慢点', '慢一点', '太快了', '别那么快', ...['找不着啊', '得不得行哦 重复一下', '再说一边', '重负'], ...['她找不到', '老人还是找不到'], ...NOT_UNDERSTOOD_PHRASES.zh,
      // "再说一遍啦" and "你说慢点 再说一遍" got the summary; the rest were refused.
      ...['再说一遍啦', '你说慢点 再说一遍', '听不懂 能不能再讲慢一点', '再讲一次', '整不来 再说一遍嘛', '在来一遍'],
      // What was just said: refused, or a "Did you mean".
      ...['刚才说的啥', '刚说啥了'],
    ],
    // "继续刚才的" got a "Did you mean", "第几步来着 我忘了" "I can't answer".
    // "好了回到步骤" got step 7.
    resume: ['我们到第几步了', '刚才教到哪了', '刚刚第几步', '回到刚才的步骤', '刚才到哪一步了？', '继续之前的步骤', '继续刚才的', '第几步来着 我忘了', '好了回到步骤', '刚才的步骤再说一遍', '我现在在第几步', '我到哪一步了', '这是第几步', '刚才那是第几步', '刚才说到哪了', '接着刚才的说', '继续教我', '我刚才弄到哪了', '俺到哪一步了', '刚才到第几步了', '回到刚才的地方', '接着我们刚才停下的地方'],
    // "具体步骤" got the State Council's "specific time and steps" of pooling, "步骤是什么" "I can't answer".
    allSteps: ['全部步骤给我看看', '全部步骤', '全部步驟', '所有步骤', '一共几步？', '總共有幾個步驟', '步骤是什么？', '具体步骤', '详细步骤', '那正确的步骤是什么', '别磨叽了 全说了吧', '都说了吧'],
    // "一步一步叫我" (叫 for 教, a pinyin slip) and "能一步步带我操作吗" were refused.
    stepByStep: ['请一步一步教我', '一步步来', '手把手教我', '能不能一步一步教我？', '逐步指導', '一步一步叫我', '能一步步带我操作吗',
      // "那就一步一步来" got the goodbye, "你一步一步说 别一下全说" the summary; the rest were refused.
      ...['那就一步一步来', '好 一步一步来', '一步一步来嘛', '要得 一步一步来嘛', '一步步来呗', '你一步一步说 别一下全说'],
      // 部 for 步, the pinyin slip: it was refused.
      '一部一部教我',
      // Said in English, as the button reads: "怎么start" under the steps was refused.
      ...['怎么start', '那怎么start呢', '现在begin']],
    stop: ['结束', '退出', '不用了', '結束'],
  },
};

/** Phrases that jump to a step, with the step they name. */
export const GO_TO_PHRASES: ReadonlyArray<readonly [string, number]> = [
  ['step 5', 5],
  // Voice input's slips: "第5布" got a "Did you mean" of step 5, "地四步" was refused.
  ['第5布', 5],
  ['地四步', 4],
  // The step before or after one named: each got the step it names.
  ['第五步前面那步是啥', 4],
  ['第五步的前一步', 4],
  ['第3步下一步是啥子', 4],
  ['第3步后一步', 4],
  ['第六步上一步是啥', 5],
  ['whats after step3', 4],
  // In northern words: each got the step it names.
  ['第二步前头那步是啥', 1],
  ['第三步前边一步', 2],
  ['第三步之前那步是啥来着', 2],
  ['第六步后边是啥', 7],
  ['第6步弄完了干啥', 7],
  ['第四步下一步咋弄', 5],
  ['step 3 next one', 4],
  // Counted from the end: "倒数第二步是啥" got step 2 (0.87), "what's the second to last step" step 7.
  ['倒数第二步是啥', 6],
  ['倒数第三步', 5],
  ["what's the second to last step", 6],
  ['the penultimate step', 6],
  // Starting over: "重来" at step 4 got the summary.
  ['重来', 1],
  ['start over', 1],
  // Taught from the start: under the list of steps, "好 那从头教我" got the list again.
  ['好 那从头教我', 1],
  ['从头再来一遍', 1],
  ['teach me from the beginning', 1],
  // "the one before last" got step 1.
  ['the one before last', 6],
  ['the step before the last one', 6],
  ['the fifth step', 5],
  ['Step five', 5],
  ['go to step 3', 3],
  ['go back to step 2', 2],
  ['Resume step 4', 4],
  ['Start with step 1', 1],
  // "where do I click first" got step 3 (0.44), "先点哪里" a "Did you mean".
  ['where do I click first?', 1],
  ['先点哪里', 1],
  ["what's step 2?", 2],
  // Asked politely: "can you show me step 6" got the help (0.73).
  ['can you show me step 6', 6],
  ['could you please give me step 2', 2],
  ['第五步', 5],
  ['第5步', 5],
  ['第 6 步', 6],
  ['步骤三', 3],
  ['继续第3步', 3],
  ['從第1步開始', 1],
  // The step after or before the one named.
  ['what do I do after step 3?', 4],
  ['What comes after the 5th step', 6],
  // From a fourth tester: a bare number, counted from the end, reached: step 5, step 3 and step 5.
  ['the step after 5?', 6],
  ['whats after 5', 6],
  ['the third step from the end', 5],
  ['how do i get to step 4', 4],
  ["what's the step before step 4", 3],
  ['after step three is done', 4],
  ['第三步之后呢', 4],
  ['第3步做完了怎么办', 4],
  ['第五步之前是哪一步', 4],
  ['步骤四的上一步', 3],
  // A step said to be done: "finished step 4, what now" got step 7 (0.62), "step 1 done" step 1.
  ['finished step 4, what now', 5],
  ['I did step 5 now what', 6],
  ['step 1 done', 2],
  // From a fifth tester: they got the step they name.
  ['step 2 done too', 3],
  ["ok that's step 4 done", 5],
  ['第一步搞好了 下一步是啥子', 2],
  ['整完第一步了', 2],
  ["I've done step 3", 4],
  ['im done with step 5. whats after', 6],
  // Asked by staff for a caller, or after a greeting: each got the step it names, or step 7.
  ['hey, what comes after step 3', 4],
  ['quick question: what comes after step 3?', 4],
  ["hello, what's before step 5?", 4],
  ['after step 3 what do I do', 4],
  ['caller finished step 2, what now?', 3],
  ['my mum completed step 1. next?', 2],
  ["the caller is on step 3, what's the next one?", 4],
  ['she has done step 5, what next?', 6],
  ['I am on step 3, what next', 4],
  // "第一步好了" got step 1, "我做完第五步了" step 5, "第4步做完了，然后呢" step 4.
  ['第一步好了', 2],
  ['我做完第五步了', 6],
  ['第4步做完了，然后呢', 5],
  ['做完了第三步，接下来呢', 4],
  // Who did it: "第一步我打开了" got step 1 again.
  ['第一步我打开了', 2],
  ['第五步我妈点了', 6],
  // What was done on the step, then what: it got step 5.
  ['帮老人认证，第五步点完“我的”之后呢', 6],
  ['第二步选好城市以后呢', 3],
  // "第七步做完以后还要干啥" got step 7: after it there is none.
  ['第三步做完以后还要干啥', 4],
  // Where the user is, then what next: they got the step they name.
  ["I'm on step 4, what's next?", 5],
  ['我在第三步 下一步是什么', 4],
  ['我已经到第5步了 下一步', 6],
  // "我已经到第三步了 下一步干嘛" got step 3.
  ['我已经到第三步了 下一步干嘛', 4],
  ['我到第二步了，下一步该干嘛', 3],
  ['I am on step 4, what is next?', 5],
  ["I've reached step 5. Next?", 6],
  ['Currently on the 2nd step, what now?', 3],
  ['我正在做第二步，接下来点哪里', 3],
  ["I'm on step 3, and then?", 4],
  ["I'm on step 2, what should I do next?", 3],
  ['我正在第二步 下一步是什么', 3],
];

/** Phrases that move back (negative) or ahead by more than one step: "go back two steps" got step 7 (0.38). */
export const MOVE_BY_PHRASES: ReadonlyArray<readonly [string, number]> = [
  ['go back two steps', -2],
  ['back 2 steps', -2],
  ['Go back three steps please', -3],
  ['go forward two steps', 2],
  ['jump ahead 2 steps', 2],
  ['退回两步', -2],
  ['往回退两步', -2],
  ['返回上两步', -2],
  // "下下步" got a "Did you mean" of the summary.
  ['下下步', 2],
  ['上上一步', -2],
  // "two steps back" got step 7 (0.41).
  ['two steps back', -2],
];

/** Phrases that name several steps at once (a list or a range), with the steps they name. */
export const STEP_LIST_PHRASES: ReadonlyArray<readonly [string, readonly number[]]> = [
  ['step 5 and 6', [5, 6]],
  ['Steps 3-5', [3, 4, 5]],
  ['steps 1, 2 and 3', [1, 2, 3]],
  ['step 5 and step 6', [5, 6]],
  ['the 5th and 6th steps', [5, 6]],
  ['what are steps 2 and 3?', [2, 3]],
  ['show me steps 4 to 6', [4, 5, 6]],
  ['steps five and six', [5, 6]],
  ['step 6 and 5', [5, 6]],
  ['第5步和第6步', [5, 6]],
  ['第五步和第六步', [5, 6]],
  ['第3到5步', [3, 4, 5]],
  // Asked again: "第3到第5步再说一遍" got step 5 alone.
  ['第3到第5步再说一遍', [3, 4, 5]],
  ['再说一遍第二到第四步', [2, 3, 4]],
  ['steps 3 to 5 again', [3, 4, 5]],
  ['第3-5步', [3, 4, 5]],
  ['步骤2、3', [2, 3]],
  ['第三步到第五步', [3, 4, 5]],
  ['第5、6两步是什么', [5, 6]],
  ['第二到第四步分别是什么', [2, 3, 4]],
];

/** Phrases that name a step there is not (of seven), with the step they name. */
export const NO_SUCH_STEP_PHRASES: ReadonlyArray<readonly [string, number]> = [
  ['step 9', 9],
  ["what's step 12?", 12],
  // "倒数第十步" got "没有第-2步", "第3到50步" "没有第8步", "step 7.5" steps 7 and 5.
  ['倒数第十步', 10],
  ['第3到50步', 50],
  ['step 7.5', 7.5],
  // It got step 1.
  ['第-1步', -1],
  ['the 10th step', 10],
  ['第八步', 8],
  ['第九步是什么', 9],
  ['step 7 and 8', 8],
  ['第六步和第八步', 8],
  // In words past ten, far past the last, below the first: "step eleven" got a "Did you mean" of steps 1 and 2, "step
  // one hundred" and "step -1" step 1, "第零步" was refused.
  ['step eleven', 11],
  ['what is the twelfth step', 12],
  ['step two hundred', 200],
  // "step seventy" and "step fifty" got step 3.
  ['step seventy', 70],
  ['step fifty', 50],
  ['step -1', -1],
  // "第一百步" got step 1, "第100步" and "第十一步是啥" a refusal.
  ['第一百步', 100],
  ['第100步', 100],
  ['第十一步是啥', 11],
  // It got step 3 (0.41).
  ['step zero', 0],
  ['第零步', 0],
];

/** Messages that must reach the matcher even while a walkthrough is running. */
export const NOT_COMMANDS: readonly string[] = [
  'got it, thanks',
  '好的，谢谢',
  'What does Article 64 say?',
  'how much pension will my father get',
  'what do I tap after Civic Center, and where is Social Security?',
  'the second one',
  'stop misusing the funds?',
  'next year',
  '社保有什么功能',
  '第六十四条说了什么',
  '下一步怎么在亲情服务添加家人信息呢，要填什么',
  // A question that names two steps, and steps there are not.
  'why do I need step 2 before step 3',
  'what is the difference between step 5 and 6',
  '5 and 6',
  '第5步和第6步有什么区别',
  'what comes after step 9',
  '第八步之前',
  // Not understanding one word is a question about it.
  'what does redistribution mean',
  '社保是什么意思',
  // Steps of the pooling Article 64 speaks of, not of the walkthrough.
  '具体步骤由谁规定',
  'what are the steps of provincial pooling',
];
