import { loadKnowledge } from '../../knowledge/loader';
import { stepHoldingTerm } from '../../knowledge/termQuestion';

const { steps } = loadKnowledge('knowledge/content');

describe('stepHoldingTerm', () => {
  // "绑定是什么意思" was refused, where "what does binding mean" got step 7.
  it.each([
    ['绑定是什么意思', 'zh'],
    ['什么是绑定', 'zh'],
    ['绑定是啥', 'zh'],
    ['what does binding mean', 'en'],
  ] as const)('finds the one step whose words hold the term of %j', (text, language) => {
    expect(stepHoldingTerm(text, steps, language)?.id).toBe('step-7');
  });

  // In no step, in more than one, or no term asked.
  it.each([
    ['点击是什么意思', 'zh'],
    ['市民中心是啥', 'zh'],
    ['what is social security', 'en'],
    ['绑定完成后要干啥', 'zh'],
  ] as const)('finds none for %j', (text, language) => {
    expect(stepHoldingTerm(text, steps, language)).toBeUndefined();
  });
});
