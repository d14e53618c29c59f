import { conversationLanguage, languageOfLocale } from '../../knowledge/conversationLanguage';

describe('conversationLanguage', () => {
  it.each([
    [{ detected: 'zh', conversation: 'en', locale: 'en-US' }, 'zh'],
    [{ detected: 'en', conversation: 'zh', locale: 'zh-CN' }, 'en'],
    [{ conversation: 'zh', locale: 'en-US' }, 'zh'],
    [{ locale: 'zh-CN' }, 'zh'],
    [{ locale: 'zh-TW' }, 'zh'],
    [{ locale: 'ZH_hant' }, 'zh'],
    [{ locale: 'en-GB' }, 'en'],
    [{ locale: 'fr-FR' }, 'en'],
    [{}, 'en'],
  ] as const)('%j → %s', (clues, language) => {
    expect(conversationLanguage(clues)).toBe(language);
  });

  it('reads any zh locale as Chinese', () => {
    expect(languageOfLocale('zh')).toBe('zh');
    expect(languageOfLocale(undefined)).toBe('en');
  });
});
