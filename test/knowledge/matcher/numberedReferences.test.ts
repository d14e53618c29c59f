import { normaliseText } from '../../../knowledge/matcher/normalise';
import { NumberedReference, numberedReferences } from '../../../knowledge/matcher/numberedReferences';

describe('numberedReferences', () => {
  it.each<[string, NumberedReference[]]>([
    ['what does Article 64 say', [{ kind: 'article', number: 64 }]],
    ['art. 65', [{ kind: 'article', number: 65 }]],
    ['社会保险法第六十四条第二款', [{ kind: 'article', number: 64, law: '社会保险法' }]],
    ['劳动法第六十四条', [{ kind: 'article', number: 64, law: '劳动法' }]],
    ['what does article 64 of the Labor Law say', [{ kind: 'article', number: 64, law: 'labor law' }]],
    ['article 64 of the constitution', [{ kind: 'article', number: 64, law: 'constitution' }]],
    ['第六十三条内容是什么', [{ kind: 'article', number: 63 }]],
    ['64条', [{ kind: 'article', number: 64 }]],
    ['劳动法第三条', [{ kind: 'article', number: 3, law: '劳动法' }]],
    ['step 5 please', [{ kind: 'step', number: 5 }]],
    ['the ninth step', [{ kind: 'step', number: 9 }]],
    ['第五步之后是步骤六', [{ kind: 'step', number: 5 }, { kind: 'step', number: 6 }]],
    ['step 3 and step 3 again', [{ kind: 'step', number: 3 }]],
    ['what is the fourth function of social security', [{ kind: 'function', number: 4 }]],
    ['function 2', [{ kind: 'function', number: 2 }]],
    ['function number four?', [{ kind: 'function', number: 4 }]],
    ['社保的第四个作用', [{ kind: 'function', number: 4 }]],
    ['社保第二大功能是什么', [{ kind: 'function', number: 2 }]],
    ["What's the fourth role of social security", [{ kind: 'function', number: 4 }]],
    ['the second purpose of social security', [{ kind: 'function', number: 2 }]],
    ['what is the purpose of step 4', [{ kind: 'step', number: 4 }]],
    ['step 4 purpose', [{ kind: 'step', number: 4 }]],
    // A section of the article is its paragraph, not another article; a section alone is another law's article.
    ['Article 64 section 4', [{ kind: 'article', number: 64 }]],
    ['Art. 64, sec. 2', [{ kind: 'article', number: 64 }]],
    ['what does section 3 of article 64 say', [{ kind: 'article', number: 64 }]],
    ['section 64 of the US Social Security Act', [{ kind: 'article', number: 64, law: 'us social security act' }]],
    ['sec. 12', [{ kind: 'article', number: 12 }]],
  ])('finds in %j %j', (text, references) => {
    expect(numberedReferences(normaliseText(text))).toEqual(references);
  });

  // 第三条 alone is as often "the third item" of a list just shown; counts are not references.
  it.each(['第三条是什么', 'the 3 functions', '七个步骤', '2 step verification', 'one step back', '五项基金'])(
    'finds none in %j',
    (text) => {
      expect(numberedReferences(normaliseText(text))).toEqual([]);
    },
  );
});
