import { join } from 'node:path';
import { loadKnowledge } from '../knowledge/loader';
import { KnowledgeMatcher } from '../knowledge/knowledgeMatcher';
import { detectLanguage } from '../knowledge/languageDetection';
const k = loadKnowledge(join('/work/main', 'knowledge/content'));
const m = KnowledgeMatcher.fromKnowledge(k);
const inputs = ['😀', '😀😀😀🎉', '👨‍👩‍👧', '\u200B\u200B', '\u202Eabc', 'مرحبا كيف حالك', 'שלום', 'Привет мир', 'Привет 你好 مرحبا hello', '\u0000\u0001\u0007', 'a'.repeat(10000), 'asdkjh qwe zxc', '支付宝 step 5', '<script>alert(1)</script>', '[x](javascript:alert(1))', '!!!', '???', '...', '123', 'x', 'ok', 'lorem ipsum dolor sit amet', 'social security '.repeat(600), '🙂 social security', 'the', '第', '社保', 'Alipay', 'help'];
for (const t of inputs) {
  const lang = detectLanguage(t) ?? 'en';
  const start = performance.now();
  const r = m.match(t, lang);
  console.log(JSON.stringify(t.slice(0,40)), t.length, lang, r.decision, r.intent, r.score.toFixed(2), (performance.now()-start).toFixed(1)+'ms');
}
