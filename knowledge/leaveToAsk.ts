// Asking leave to ask, in the words both the dialogs (the whole message: the user will ask, and has not yet) and the
// matcher (before a question, where it only pulls the question towards the help) read.

/** "I have a question", "quick question", "can I ask something", as written or as normalised ("i've" or "ive"). */
export const LEAVE_TO_ASK_EN =
  '(?:i(?: have| ?[\'’]?ve got| got) (?:a |one |some |another |a few |a couple of |(?:2|3|two|three|several|many|more) )?(?:quick |small |little |simple |more )?questions?(?: for you| to ask)?|' +
  '(?:one )?(?:quick|small) question|(?:can|could|may) i ask (?:you )?(?:a (?:quick )?question|something))';

/** "请问一下", "问一下", "我想咨询一下", "我有个问题", "我这边先问一个问题". */
export const LEAVE_TO_ASK_ZH =
  '(?:请问一下|请问|问一下|我?想问问|(?:我|我这边)?(?:先|就|想)?问(?:个|一个|几个)问题|我?想问一下|我?想问个问题|我?想咨询一下|咨询一下|我?有(?:个|几个|一个)问题)';
