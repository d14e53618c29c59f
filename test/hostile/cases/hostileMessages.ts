import type { Activity } from 'botbuilder';

/**
 * Messages no question is hidden in. `reply` says what the user must get instead of an answer from the sources: what
 * the bot can help with ('capabilities', for a message with nothing in it), or, for a message with something in it,
 * "I can't answer “…”" quoting it, a "Did you mean" or small talk ('notAnswered': a stray word may make the matcher
 * guess, but never a fact); a web address alone, that the bot opens no links, before what it can help with
 * ('linkNotOpened').
 */
export interface HostileMessage {
  name: string;
  activity: Partial<Activity>;
  reply: 'capabilities' | 'notAnswered' | 'tooLong' | 'linkNotOpened';
}

const junkWords = ['qwerty', 'zxcvb', 'lorem', 'ipsum', 'blorp', 'asdf', 'foo', 'bar', 'baz'];
const tenThousandCharacters = (unit: string) => unit.repeat(Math.ceil(10_000 / unit.length)).slice(0, 10_000);

export const HOSTILE_MESSAGES: readonly HostileMessage[] = [
  { name: 'empty', activity: { text: '' }, reply: 'capabilities' },
  { name: 'whitespace only', activity: { text: ' \t\n\r\u00A0\u3000 ' }, reply: 'capabilities' },
  { name: 'no text at all', activity: { text: undefined }, reply: 'capabilities' },
  {
    name: 'attachments only',
    activity: { text: undefined, attachments: [{ contentType: 'image/png', contentUrl: 'http://127.0.0.1:9/cat.png', name: 'cat.png' }] },
    reply: 'capabilities',
  },
  { name: 'zero-width characters only', activity: { text: '\u200B\u2060\uFEFF\u200B' }, reply: 'capabilities' },
  { name: 'control characters only', activity: { text: '\u0000\u0001\u0007\u001B\u007F\u0085' }, reply: 'capabilities' },
  { name: 'emoji only', activity: { text: '😀🎉👍🏽' }, reply: 'capabilities' },
  { name: 'an emoji sequence joined by zero-width joiners', activity: { text: '👨‍👩‍👧‍👦' }, reply: 'capabilities' },
  { name: '10,000 characters of junk words', activity: { text: tenThousandCharacters(`${junkWords.join(' ')} `) }, reply: 'tooLong' },
  { name: '10,000 characters of one letter', activity: { text: 'a'.repeat(10_000) }, reply: 'tooLong' },
  { name: '10,000 Chinese characters', activity: { text: tenThousandCharacters('社保认证支付宝') }, reply: 'tooLong' },
  { name: 'terminal escape codes', activity: { text: '\u001B[31mred\u001B[0m \u001B]0;title\u0007 blorp' }, reply: 'notAnswered' },
  { name: 'a right-to-left override', activity: { text: '\u202Eyalp ot ecnanif ym' }, reply: 'notAnswered' },
  { name: 'right-to-left script (Arabic)', activity: { text: 'مرحبا، كيف حالك اليوم؟' }, reply: 'notAnswered' },
  { name: 'right-to-left script (Hebrew) with isolates', activity: { text: '\u2067שלום עולם\u2069 blorp' }, reply: 'notAnswered' },
  { name: 'mixed scripts', activity: { text: 'Привет κόσμε こんにちは مرحبا qwerty' }, reply: 'notAnswered' },
  { name: 'combining marks piled up (zalgo)', activity: { text: `Z${'\u0337\u0322\u031B'.repeat(200)}algo` }, reply: 'notAnswered' },
  { name: 'lone surrogates', activity: { text: '\uD800 blorp \uDFFF' }, reply: 'notAnswered' },
  { name: 'a script tag', activity: { text: '<script>alert(document.cookie)</script>' }, reply: 'notAnswered' },
  { name: 'HTML with an event handler', activity: { text: '<img src=x onerror="alert(1)"><b>bold</b>' }, reply: 'notAnswered' },
  { name: 'a Markdown link to javascript:', activity: { text: '[click me](javascript:alert(1))' }, reply: 'notAnswered' },
  { name: 'a Markdown image', activity: { text: '![pixel](http://127.0.0.1:9/track.png)' }, reply: 'notAnswered' },
  { name: 'a reference-style Markdown link', activity: { text: '[x][ref]\n\n[ref]: javascript:alert(document.cookie)' }, reply: 'notAnswered' },
  { name: 'an autolink', activity: { text: '<https://evil.example/login>' }, reply: 'linkNotOpened' },
  { name: 'an HTML entity for javascript:', activity: { text: '[x](&#106;avascript:alert(1))' }, reply: 'notAnswered' },
  { name: 'a template placeholder', activity: { text: '{question} {total} ${process.env.SECRET} {{constructor}}' }, reply: 'notAnswered' },
];
