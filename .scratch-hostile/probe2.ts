import { join } from 'node:path';
import { loadKnowledge } from '../knowledge/loader';
import { KnowledgeMatcher } from '../knowledge/knowledgeMatcher';
import { detectLanguage } from '../knowledge/languageDetection';
import { HOSTILE_MESSAGES } from '../test/hostile/cases/hostileMessages';
const m = KnowledgeMatcher.fromKnowledge(loadKnowledge(join(__dirname, '../knowledge/content')));
for (const h of HOSTILE_MESSAGES) { const t = h.activity.text ?? ''; const r = m.match(t, detectLanguage(t) ?? 'en'); console.log(h.name, '|', r.decision, r.intent, r.score.toFixed(2), r.candidates.slice(0,3).map(c=>c.intent+':'+c.score.toFixed(2)).join(' ')); }
