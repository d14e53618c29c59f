import { Activity, ActionTypes, ActivityTypes } from 'botbuilder';
import { quoteUserText } from '../../dialogs/quoteUserText';
import { renderReply } from '../../dialogs/replyRenderer';
import { texts } from './support/assistant';

const reply = { text: '**Step 1 of 7**\n\nOpen the Alipay app.', buttons: [{ title: 'Next', value: 'Next' }] };
const incoming = (channelId: string, conversationType?: string): Partial<Activity> =>
  ({ channelId, conversation: { id: 'c', conversationType, isGroup: false, name: '' } }) as Partial<Activity>;

describe('renderReply', () => {
  it.each([
    ['webchat', undefined],
    ['emulator', undefined],
    ['msteams', 'personal'],
  ])('offers buttons as suggested actions on %s (%s)', (channelId, conversationType) => {
    const activity = renderReply(reply, incoming(channelId, conversationType));
    expect(activity).toMatchObject({ type: ActivityTypes.Message, text: reply.text, textFormat: 'markdown' });
    expect(activity.suggestedActions?.actions).toEqual([{ type: ActionTypes.ImBack, title: 'Next', value: 'Next' }]);
    expect(activity.attachments ?? []).toEqual([]);
  });

  it.each(['channel', 'groupChat'])('puts buttons on a hero card in a Teams %s, with the text in the message', (conversationType) => {
    const activity = renderReply(reply, incoming('msteams', conversationType));
    expect(activity.text).toBe(reply.text);
    expect(activity.suggestedActions).toBeUndefined();
    expect(activity.attachments).toHaveLength(1);
    expect(activity.attachments?.[0].contentType).toBe('application/vnd.microsoft.card.hero');
    expect(activity.attachments?.[0].content.buttons).toEqual([{ type: ActionTypes.ImBack, title: 'Next', value: 'Next' }]);
  });

  it('sends plain Markdown text when there are no buttons', () => {
    const activity = renderReply({ text: 'OK', buttons: [] }, incoming('msteams', 'channel'));
    expect(activity).toMatchObject({ text: 'OK', textFormat: 'markdown' });
    expect(activity.attachments ?? []).toEqual([]);
    expect(activity.suggestedActions).toBeUndefined();
  });
});

describe('quoteUserText', () => {
  it('makes HTML and Markdown links inert', () => {
    const quoted = quoteUserText('<script>alert(1)</script> [click](https://evil.example) www.evil.example');
    expect(quoted).not.toMatch(/<|(?<!\\)\]\(|https:\/\/|www\./);
    expect(quoted).toContain('&lt;script&gt;');
    expect(quoted).toContain('\\[click\\](https\\:\\/\\/evil\\.example)');
  });

  it('makes an address inert wherever in a word it starts', () => {
    expect(quoteUserText('see:evil.example or (javascript:alert) or «www.evil.example»')).toBe(
      'see\\:evil\\.example or (javascript\\:alert) or «www\\.evil\\.example»',
    );
  });

  // Where Markdown is shown as typed, "thanks! one more: is WeChat supported?" read "thanks\\! one more\\: …", and
  // "what about (article 65)?" "\\(article 65\\)".
  it('escapes nothing that is no Markdown inside a line', () => {
    expect(quoteUserText('thanks! one more: is WeChat supported? what about (article 65)? 1. #2 - done.')).toBe(
      'thanks! one more: is WeChat supported? what about (article 65)? 1. #2 - done.',
    );
    expect(quoteUserText('is *WeChat* ok')).toBe('is \\*WeChat\\* ok');
  });

  // A refusal quoted a mother's ID card number back.
  it('masks ID card and phone numbers, and keeps article numbers', () => {
    // Not escaped: where Markdown is shown as typed, the bot's own mask read "\\[number\\]".
    expect(quoteUserText('身份证110101194501011234 电话13812345678 第64条')).toBe('身份证[number] 电话[number] 第64条');
  });

  // In a Chinese reply the mask was English: "抱歉，我无法回答“我妈身份证号[number] …”".
  it('masks them with the reply\'s words', () => {
    expect(quoteUserText('身份证110101194501011234 第64条', texts.zh.maskedNumber)).toBe('身份证[号码] 第64条');
  });

  it('keeps the text on one line and cuts long messages', () => {
    expect(quoteUserText('# heading\n- item')).toBe('# heading - item');
    expect([...quoteUserText('年'.repeat(500))]).toHaveLength(121);
  });

  // "My mum is 78 …" was quoted, and not the question after the story.
  it('quotes the end of a long message, from a sentence that starts in it', () => {
    const story = 'My mum is 78 and lives alone in the countryside, far from any office, and every year she has to do this thing. ';
    expect(quoteUserText(`${story}A user asked what the law says about who can use the fund money. Can you quote me the relevant bit?`)).toBe(
      '…A user asked what the law says about who can use the fund money. Can you quote me the relevant bit?',
    );
  });
});
