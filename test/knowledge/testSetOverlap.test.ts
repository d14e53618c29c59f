import { join } from 'node:path';
import { loadDataset } from '../../knowledge/evaluation/dataset';
import { languages } from '../../knowledge/language';
import { loadKnowledge } from '../../knowledge/loader';

/** Two questions are the same when they differ only in case, spacing or punctuation (Chinese punctuation too). */
function canonical(question: string): string {
  return question
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const knowledge = loadKnowledge(join(__dirname, '../../knowledge/content'));

describe('the evaluation questions are not training questions', () => {
  it('treats case, spacing and punctuation as no difference', () => {
    expect(canonical('  What’s   STEP 5？ ')).toBe(canonical('whats step 5'));
    expect(canonical('第五步是什么？！')).toBe(canonical('第五步是什么'));
  });

  it.each(languages)('%s', (language) => {
    const training = new Map(knowledge.trainingExamples(language).map((u) => [canonical(u.text), u.text]));
    const overlaps = loadDataset(join(__dirname, `../data/questions.${language}.json`))
      .filter((u) => training.has(canonical(u.text)))
      .map((u) => `"${u.text}" (test, ${u.intent}) = "${training.get(canonical(u.text))}" (training)`);
    expect(overlaps).toEqual([]);
  });
});
