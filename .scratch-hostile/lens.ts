import { join } from 'node:path';
import { loadKnowledge } from '../knowledge/loader';
const k = loadKnowledge(join(__dirname, '../knowledge/content'));
for (const lang of ['en','zh'] as const) { const ex = k.trainingExamples(lang); const lens = ex.map(e=>[...e.text].length).sort((a,b)=>b-a); console.log(lang, lens.slice(0,5)); }
