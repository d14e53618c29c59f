import { loadKnowledge } from '../../knowledge/loader';
import { entryHoldingTerm } from '../../knowledge/termQuestion';

const knowledge = loadKnowledge('knowledge/content');
const { steps } = knowledge;
const pooling = knowledge.get('article64-pooling');

describe('entryHoldingTerm', () => {
  // "绑定是什么意思" was refused, where "what does binding mean" got step 7.
  it.each([
    ['绑定是什么意思', 'zh'],
    ['什么是绑定', 'zh'],
    ['绑定是啥', 'zh'],
    ['what does binding mean', 'en'],
    ['what does binding mean in this step', 'en'],
    // Pointed at, or borrowed in English: they were refused.
    ['这个绑定是什么意思', 'zh'],
    ['这个binding是什么意思', 'zh'],
  ] as const)('finds the one step whose words hold the term of %j', (text, language) => {
    expect(entryHoldingTerm(text, steps, language)?.id).toBe('step-7');
  });

  // "what does gradually mean here?" was refused: the pooling alone says "gradually" (in English).
  it('finds the one entry of those given whose words hold the term', () => {
    if (!pooling) throw new Error('no entry article64-pooling');
    expect(entryHoldingTerm('what does gradually mean here?', [...steps, pooling], 'en')).toBe(pooling);
  });

  // In no step, in more than one, or no term asked.
  it.each([
    ['点击是什么意思', 'zh'],
    ['市民中心是啥', 'zh'],
    ['what is social security', 'en'],
    ['绑定完成后要干啥', 'zh'],
  ] as const)('finds none for %j', (text, language) => {
    expect(entryHoldingTerm(text, steps, language)).toBeUndefined();
  });
});
