import { normaliseText } from '../../../knowledge/matcher/normalise';
import { lawsNamedIn, NumberedReference, numberedReferences } from '../../../knowledge/matcher/numberedReferences';

describe('numberedReferences', () => {
  it.each<[string, NumberedReference[]]>([
    ['what does Article 64 say', [{ kind: 'article', number: 64 }]],
    ['art. 65', [{ kind: 'article', number: 65 }]],
    // The numbers listed after an article are articles too.
    ['article 64 and 65', [{ kind: 'article', number: 64 }, { kind: 'article', number: 65 }]],
    ['what do articles 63 and 64 say?', [{ kind: 'article', number: 63 }, { kind: 'article', number: 64 }]],
    ['第64条和第10条', [{ kind: 'article', number: 64 }, { kind: 'article', number: 10 }]],
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
    // A law named elsewhere in the message is the article's: they got the Social Insurance Law's article.
    ['labor law article 64', [{ kind: 'article', number: 64, law: 'labor law' }]],
    ["the labor law's article 64", [{ kind: 'article', number: 64, law: 'labor law' }]],
    ['civil code art. 64', [{ kind: 'article', number: 64, law: 'civil code' }]],
    ['what does the civil code say in article 64', [{ kind: 'article', number: 64, law: 'civil code' }]],
    ['article 64 in the labour law please', [{ kind: 'article', number: 64, law: 'labour law' }]],
    ['劳动法里第六十四条怎么说', [{ kind: 'article', number: 64, law: '劳动法' }]],
    ['劳动法的第六十四条', [{ kind: 'article', number: 64, law: '劳动法' }]],
    ['民法典64条说什么', [{ kind: 'article', number: 64, law: '民法典' }]],
    ['《劳动法》第64条', [{ kind: 'article', number: 64, law: '劳动法' }]],
    ['PRC social insurance law article 64', [{ kind: 'article', number: 64, law: 'social insurance law' }]],
    // This law is the one the article is of.
    ['根据本法第六十四条', [{ kind: 'article', number: 64 }]],
    ['what does article 64 of this law say', [{ kind: 'article', number: 64 }]],
    ["I'm a law student, what does article 64 say", [{ kind: 'article', number: 64 }]],
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

describe('lawsNamedIn', () => {
  it.each<[string, string[]]>([
    ['and in the labor law?', ['labor law']],
    ['what about the civil code?', ['civil code']],
    ['does the constitution say anything', ['constitution']],
    ['那劳动法里呢', ['那劳动法']],
    ['劳动法和社会保险法有什么不同', ['劳动法', '和社会保险法']],
    ['工伤保险条例怎么规定的', ['工伤保险条例']],
    ['劳动法规定了什么', ['劳动法']],
  ])('finds in %j %j', (text, laws) => {
    expect(lawsNamedIn(normaliseText(text))).toEqual(laws);
  });

  // Words that only end in "law" or 法, and laws that are no law of their own.
  it.each([
    'what does the law say about the funds',
    'is this required by law',
    'which law is this based on',
    'how do I help my mother-in-law with the certification',
    'my mother in law needs certification',
    "I'm a labor law student",
    'what does chinese law say about social insurance funds',
    '挪用社保基金违法吗',
    '认证的方法是什么',
    '有什么办法帮我妈认证',
    '我没法去社保局',
    '法律依据是什么',
    '这部法第六十四条说了什么',
    '依据哪部法规',
    '相关法规有哪些规定',
    '法国的社保',
    // It was refused as a law the knowledge does not know.
    '这是哪一年的法',
  ])('finds none in %j', (text) => {
    expect(lawsNamedIn(normaliseText(text))).toEqual([]);
  });
});
