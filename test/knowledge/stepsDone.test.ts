import { join } from 'node:path';
import { loadKnowledge } from '../../knowledge/loader';
import { normaliseText } from '../../knowledge/matcher/normalise';
import { StepsDone } from '../../knowledge/stepsDone';

const stepsDone = StepsDone.of(loadKnowledge(join(__dirname, '../../knowledge/content')));
const doneIn = (text: string, language: 'en' | 'zh') => stepsDone.doneIn(normaliseText(text), language);

describe('StepsDone', () => {
  it.each([
    ["After I add my mom's info in family service, what do I do next?", 'en', 'step-6'],
    ["I've added my dad's information in family service, now what?", 'en', 'step-6'],
    ['I tapped My in the lower right corner, now what', 'en', 'step-5'],
    ['点了右下角的我的之后呢', 'zh', 'step-5'],
    // On the page step 2 opens, not the step that starts there.
    ["I'm on the civic center page what do i click", 'en', 'step-2'],
  ] as const)('reads which step %j says was done', (text, language, step) => {
    expect(doneIn(text, language)).toBe(step);
  });

  it.each([
    // Where a step starts is not the step done.
    ['在市民中心页面点哪里', 'zh'],
    // Words other steps have too (tapping; social security is step 4's also): the model is left to decide.
    ['after tapping social security, what next', 'en'],
    // Half of a step: step 6 opens family service and then adds the family member.
    ['after I open family service what do I do', 'en'],
    // A question of its own after the done part.
    ["after opening family service, how do I add my mom's info?", 'en'],
    ['进入亲情服务以后怎么添加家人', 'zh'],
    // Not done after all.
    ["I can't find the certification option under social security management, what should I do?", 'en'],
    ["I added my mom in family service but it didn't work, what now", 'en'],
    ['右下角的我的没找到，然后呢', 'zh'],
    // Nothing done, or nothing a step does.
    ['what is step 6', 'en'],
    ['after my mother retired, what next', 'en'],
  ] as const)('reads no step done in %j', (text, language) => {
    expect(doneIn(text, language)).toBeUndefined();
  });

  it('names the step after a step, and none after the last or for an entry that is no step', () => {
    expect(stepsDone.after('step-6')).toBe('step-7');
    expect(stepsDone.after('step-7')).toBeUndefined();
    expect(stepsDone.after('procedure')).toBeUndefined();
  });
});
