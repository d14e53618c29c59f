import { epochOrder, textKey } from '../../../knowledge/matcher/trainingOrder';

const questions = ['how do I certify my mum', 'what are the three functions', 'article 64', '第三步是什么', 'hello'];
const keysOf = (texts: readonly string[]) => texts.map(textKey);
const textsInOrder = (texts: readonly string[], seed: number, epoch: number) => [...epochOrder(keysOf(texts), seed, epoch)].map((i) => texts[i]);

describe('epochOrder', () => {
  it('visits every example once', () => {
    expect([...epochOrder(keysOf(questions), 42, 0)].sort()).toEqual([0, 1, 2, 3, 4]);
  });

  it('gives the same order for the same texts, seed and epoch', () => {
    expect(textsInOrder(questions, 42, 3)).toEqual(textsInOrder(questions, 42, 3));
  });

  it('orders each epoch, and each seed, differently', () => {
    const many = Array.from({ length: 50 }, (_, i) => `question ${i}`);
    expect(textsInOrder(many, 42, 0)).not.toEqual(textsInOrder(many, 42, 1));
    expect(textsInOrder(many, 42, 0)).not.toEqual(textsInOrder(many, 7, 0));
  });

  it('leaves the order of the other examples as it was when one is added, wherever it is added', () => {
    const added = [...questions.slice(0, 2), 'can I do it on my phone now', ...questions.slice(2)];
    for (let epoch = 0; epoch < 5; epoch += 1) {
      expect(textsInOrder(added, 42, epoch).filter((text) => text !== 'can I do it on my phone now')).toEqual(textsInOrder(questions, 42, epoch));
    }
  });

  it('keeps equal texts in their order in the list', () => {
    expect([...epochOrder([textKey('same'), textKey('same')], 42, 0)]).toEqual([0, 1]);
  });
});
