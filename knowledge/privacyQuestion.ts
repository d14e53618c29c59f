import { normaliseReply } from './navigation';

// Asking what the bot keeps of a conversation: "what data do you keep about me?" and "do you record this conversation?"
// got what the bot can do, "你会保存我的个人信息吗" was refused. Only of the bot: "我妈的个人信息要填什么" asks what step 6
// adds.
const ASKS_ABOUT_PRIVACY = new RegExp(
  [
    String.raw`\b(?:what|which) (?:data|information|info|details|personal data|personal information)\b.{0,40}\b(?:you|u|this bot|the bot)\b.{0,20}\b(?:keep|store|save|collect|record|log|track|share)`,
    String.raw`\b(?:do|will|are|can) (?:you|u) (?:keep|store|save|collect|record|log|track|share)(?:ing)? (?:(?:this|my|our|the|any)(?: \w+s?)? (?:conversation|chat|messages?|data|information|info|details|questions?|number|id|name)s?|what i (?:say|type|write|send))\b`,
    String.raw`\b(?:is|are) (?:this|my data|my information|this chat|this conversation|our chat|my messages?) (?:private|recorded|saved|stored|logged|confidential|safe with you)\b`,
    String.raw`\b(?:privacy|privacy policy|personal data|gdpr)\b`,
    // Asked to be forgotten: "delete my data" was refused as removing a family member.
    String.raw`^(?:(?:please|can you|could you) )*(?:delete|erase|remove|forget|clear) (?:all )?(?:my|our) (?:data|information|info|details|messages?|chat|conversation|history|chat history)(?: please)?$`,
    '^(?:请|麻烦)?(?:你)?(?:帮我)?(?:删除|删掉|清除|清空)(?:我的)?(?:数据|信息|资料|聊天记录|记录)(?:吧)?$',
    '(?:你|你们|机器人|这个机器人)(?:会|是否|是不是|有没有|会不会)?(?:保存|记录|存储|收集|留存|泄露|录)',
    '隐私',
    // Of what is typed: "会保存我的身份证号吗" was refused.
    '(?:会|是否|会不会|有没有)(?:被)?(?:保存|记录|存储|泄露)(?:我的|我们的)?(?:身份证号?|手机号|电话号码?|个人信息|信息|资料|聊天记录)',
    '(?:聊天|对话)(?:记录|内容)?(?:会|是否|会不会)?(?:被)?(?:保存|记录|存储|泄露)',
  ].join('|'),
);

/** "What data do you keep about me?", "你会保存我的个人信息吗": the user asks what the bot keeps of them. */
export function asksAboutPrivacy(text: string): boolean {
  return ASKS_ABOUT_PRIVACY.test(normaliseReply(text));
}
