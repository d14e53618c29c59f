import { detectLanguage } from '../knowledge/languageDetection';
import { visibleText } from '../knowledge/visibleText';
import { parseWalkthroughCommand, isNoneOfThese } from '../knowledge/navigation';
import { quoteUserText } from '../dialogs/quoteUserText';
const big = { en: 'social security step next '.repeat(9500), zh: '社保认证下一步支付宝'.repeat(8500) };
for (const lang of ['en','zh'] as const) {
  const t = big[lang];
  for (const [name, f] of [['detect', () => detectLanguage(t)], ['visible', () => visibleText(t)], ['walk', () => parseWalkthroughCommand(t, 7)], ['none', () => isNoneOfThese(t)], ['quote', () => quoteUserText(t)], ['json', () => JSON.parse(JSON.stringify({t}))]] as const) {
    const s = performance.now(); (f as () => unknown)(); console.log(lang, name, (performance.now()-s).toFixed(1));
  }
}
