import { FileStorage } from '../bot/fileStorage';
import { StorageQuestionLog } from '../dialogs/questionLog';
(async () => {
  const log = new StorageQuestionLog(new FileStorage('/tmp/evdir'), { recordQuestions: true, onError: (e) => console.error(e) });
  const qs = ['how much pension will my father get', 'How much pension will my father get?', 'how much pension will my dad get', "what's the weather today", '养老金能领多少', '我爸养老金能领多少钱', '<script>alert(1)</script>: yes'];
  for (const q of qs) await log.record({ type: 'fallback', language: /[\u4e00-\u9fff]/.test(q) ? 'zh' : 'en', question: q });
  await log.record({ type: 'clarify', language: 'en', question: 'where is civic centre', offered: ['step-2', 'summary'], clarificationId: 'c1' });
  await log.record({ type: 'clarified', language: 'en', clarificationId: 'c1', outcome: 'picked', picked: 'step-2' });
  await log.record({ type: 'clarify', language: 'en', question: 'pension amount', offered: ['procedure'], clarificationId: 'c2' });
  await log.record({ type: 'clarified', language: 'en', clarificationId: 'c2', outcome: 'none' });
  await log.record({ type: 'feedback', language: 'en', answerId: 'article64-funds', helpful: true });
  await log.record({ type: 'feedback', language: 'zh', answerId: 'article64-funds', helpful: false });
})();
