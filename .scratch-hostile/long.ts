import { join } from 'node:path';
import { loadKnowledge } from '../knowledge/loader';
import { KnowledgeMatcher } from '../knowledge/knowledgeMatcher';
const m = KnowledgeMatcher.fromKnowledge(loadKnowledge(join(__dirname, '../knowledge/content')));
for (const t of ['social security '.repeat(600), 'social security '.repeat(6000), 'abc def ghi '.repeat(8000), '社保认证'.repeat(25000)]) {
  const s = performance.now(); const r = m.match(t, /[社]/.test(t) ? 'zh' : 'en'); console.log(t.length, r.decision, (performance.now()-s).toFixed(0), 'ms');
}
