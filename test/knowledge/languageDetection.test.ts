import { detectLanguage, languageOfUniversalWords } from '../../knowledge/languageDetection';
import { languageDetectionCases } from './cases/languageDetection';

describe('detectLanguage', () => {
  it.each(languageDetectionCases)('$name: "$text" → $expected', ({ text, expected }) => {
    expect(detectLanguage(text)).toBe(expected);
  });
});

describe('languageOfUniversalWords', () => {
  it.each([
    ['hi', 'zh', 'en'],
    ['thx', 'zh', 'en'],
    ['2', 'zh', 'zh'],
    ['👍', 'en', 'en'],
    ['👍', 'zh', 'zh'],
  ] as const)('reads %j in a conversation in %s in %s', (text, conversation, expected) => {
    expect(languageOfUniversalWords(text, conversation)).toBe(expected);
  });
});
