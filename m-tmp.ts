import { KnowledgeMatcher } from './knowledge/knowledgeMatcher';
import { loadKnowledge } from './knowledge/loader';
const m = KnowledgeMatcher.fromKnowledge(loadKnowledge('knowledge/content'));
for (const q of ['Can you recommend a good pizza place near me?', 'Who won the football world cup in 2018?', 'How do I renew my passport?', 'Please book me a flight to Shanghai', 'What is the weather like in Beijing tomorrow?']) { const r = m.match(q, 'en'); console.log(q, r.decision, r.intent, r.score.toFixed(2)); }
