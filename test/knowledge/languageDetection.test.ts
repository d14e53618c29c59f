import { detectLanguage } from '../../knowledge/languageDetection';
import { languageDetectionCases } from './cases/languageDetection';

describe('detectLanguage', () => {
  it.each(languageDetectionCases)('$name: "$text" → $expected', ({ text, expected }) => {
    expect(detectLanguage(text)).toBe(expected);
  });
});
