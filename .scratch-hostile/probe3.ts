import { join } from 'node:path';
import { loadKnowledge } from '../knowledge/loader';
import { KnowledgeMatcher } from '../knowledge/knowledgeMatcher';
const m = KnowledgeMatcher.fromKnowledge(loadKnowledge(join(__dirname, '../knowledge/content')));
for (const t of ['<https://evil.example/x> blorp', 'www.evil.example', 'evil.example', 'https', 'www', 'example', 'blorp qwerty zxcvb lorem ipsum <https://evil.example/x>', 'lorem ipsum dolor www.evil.example/x sit amet', '<https://127.0.0.1:9/x> blorp']) { const r = m.match(t, 'en'); console.log(JSON.stringify(t), r.decision, r.score.toFixed(2), r.candidates.slice(0,2).map(c=>c.intent).join()); }
