import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { KnowledgeError } from '../../knowledge/knowledgeError';
import { languages } from '../../knowledge/language';
import { loadKnowledge, parseKnowledgeFile } from '../../knowledge/loader';
import { normaliseText } from '../../knowledge/matcher/normalise';
import { escapeForRegExp } from '../../knowledge/matcher/tokenise';
import { UncoveredTopics } from '../../knowledge/matcher/uncoveredTopics';
import { Entry } from '../../knowledge/schema';

const CONTENT_DIRECTORY = path.resolve(__dirname, '../../knowledge/content');
const ARTICLE_64_ZH = readFileSync(path.resolve(__dirname, '../../../shared/source/article-64-zh.txt'), 'utf8');

const knowledge = loadKnowledge(CONTENT_DIRECTORY);

const SMALLTALK_IDS = ['greeting', 'help', 'thanks', 'goodbye'];

/** The ids the dialogs and the matcher code against. */
const EXPECTED_IDS = [
  'procedure',
  'step-1',
  'step-2',
  'step-3',
  'step-4',
  'step-5',
  'step-6',
  'step-7',
  'summary',
  'functions',
  'function-stability',
  'function-redistribution',
  'function-development',
  'development-demand-management',
  'development-fund-use',
  'development-recruitment',
  'article64-funds',
  'article64-accounting',
  'article64-unified-accounting',
  'article64-earmarked',
  'article64-pooling',
  'article64-state-council',
  'article64-full',
  'legal-basis',
  ...SMALLTALK_IDS,
];

const STEP_COUNT = 7;
const MIN_QUESTIONS_PER_LANGUAGE = 20;

const FIVE_FUNDS = {
  en: ['old-age', 'medical insurance fund', 'industrial injury', 'unemployment insurance fund', 'maternity insurance fund'],
  zh: ['基本养老保险基金', '基本医疗保险基金', '工伤保险基金', '失业保险基金', '生育保险基金'],
};

/** Facts that must read the same in both languages wherever an entry carries them. */
const KEY_FACTS: Array<{ id: string; en: string[]; zh: string[] }> = [
  { id: 'article64-funds', ...FIVE_FUNDS },
  { id: 'article64-full', ...FIVE_FUNDS },
  {
    id: 'article64-accounting',
    en: ['medical', 'maternity', 'separately'],
    zh: ['基本医疗保险基金', '生育保险基金', '分别建账'],
  },
  { id: 'article64-unified-accounting', en: ['unified', 'accounting system'], zh: ['国家统一的会计制度'] },
  {
    id: 'article64-earmarked',
    en: ['earmarked', 'organization or individual', 'misappropriate'],
    zh: ['专款专用', '任何组织和个人', '挪用'],
  },
  {
    id: 'article64-pooling',
    en: ['national', 'provincial', 'basic old-age insurance fund'],
    zh: ['全国', '省级', '基本养老保险基金'],
  },
  { id: 'article64-state-council', en: ['State Council'], zh: ['国务院'] },
  { id: 'legal-basis', en: ['Article 64', 'Social Insurance Law'], zh: ['第六十四条', '社会保险法'] },
  {
    id: 'summary',
    en: ['Civic Center', 'Social Security', 'family service', '“My”'],
    zh: ['市民中心', '社保', '亲情服务', '“我的”'],
  },
];

/** Facts from the sources that small talk must leave to the entries that answer them. */
const SOURCE_FACTS = [
  ...['Civic Center', 'family service', 'maternity', 'State Council', 'earmarked', 'redistribution', 'provincial'],
  ...['市民中心', '亲情服务', '生育', '国务院', '专款专用', '再分配', '省级'],
];

/**
 * Words for facts the sources never state (identity checks, hotlines, deadlines, money, frequency). Latin
 * words match whole words so that, say, "surface" does not trip "face"; Chinese matches anywhere.
 */
const FORBIDDEN_IN_ANY_TEXT = ['face', '人脸', '刷脸', 'hotline', '12333', 'deadline', '每年', 'yuan', '元'];
/** Also kept out of what users see; users may still type "annual review", so questions are not checked. */
const FORBIDDEN_IN_ANSWERS = ['annual', 'once a year', 'yearly', 'phone number', '电话', '截止', '金额'];

/** Markdown beyond the subset every channel renders: HTML tags, headings, tables. */
const UNSUPPORTED_MARKDOWN = [/<\/?[a-z][^>]*>/i, /^\s*#/m, /^\s*\|/m];

function entry(id: string): Entry {
  const found = knowledge.get(id);
  if (!found) throw new Error(`no knowledge entry "${id}"`);
  return found;
}

function containsWord(text: string, word: string): boolean {
  if (!/^[\x20-\x7e]+$/.test(word)) return text.includes(word);
  return new RegExp(`\\b${escapeForRegExp(word)}\\b`, 'i').test(text);
}

/** Text inside 「」 and the content of Markdown quote lines: what the answer presents as the law's own words. */
function quotedPassages(answer: string): string[] {
  const inBrackets = [...answer.matchAll(/「([^」]*)」/g)].map((match) => match[1]);
  const quoteLines = answer
    .split('\n')
    .filter((line) => line.startsWith('>'))
    .map((line) => line.replace(/^>\s?/, '').trim())
    .filter((line) => line.length > 0);
  return [...inBrackets, ...quoteLines];
}

function numberedLines(answer: string): number[] {
  return answer
    .split('\n')
    .map((line) => /^(\d+)\.\s/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => Number(match[1]));
}

/** Two questions that differ only in case, punctuation or spacing train the matcher on the same text. */
const normalizedQuestion = (question: string): string =>
  question.toLowerCase().replace(/\p{P}/gu, ' ').replace(/\s+/g, ' ').trim();

const article64Entries = knowledge.entries.filter((e) => e.source?.startsWith('Article 64'));

describe('knowledge content', () => {
  it.each(EXPECTED_IDS)('has the entry "%s"', (id) => {
    expect(knowledge.get(id)).toBeDefined();
  });

  it('gives every entry at least 20 training questions per language', () => {
    const tooFew = knowledge.entries.flatMap((e) =>
      languages
        .filter((language) => e[language].questions.length < MIN_QUESTIONS_PER_LANGUAGE)
        .map((language) => `${e.id} (${language}): ${e[language].questions.length}`),
    );
    expect(tooFew).toEqual([]);
  });

  it('never trains the same question twice, within an entry or across entries', () => {
    const repeated = languages.flatMap((language) => {
      const owner = new Map<string, string>();
      return knowledge.trainingExamples(language).flatMap(({ text, intent }) => {
        const key = normalizedQuestion(text);
        const earlier = owner.get(key);
        owner.set(key, intent);
        return earlier ? [`${language} "${text}": ${earlier} and ${intent}`] : [];
      });
    });
    expect(repeated).toEqual([]);
  });

  // A training question that asks about an uncovered topic takes the topic off the refusal list (uncoveredTopics.ts), for
  // an entry written to answer it. Done by a stray wording ("能在他的支付宝上帮我做认证吗" for the procedure took "on the
  // family member's own phone" off), it silently turns refusals into answers: reword the question, or, when an entry now
  // answers the topic, remove the topic.
  it('asks about none of the topics the sources do not cover', () => {
    const topics = UncoveredTopics.of([]);
    const asking = languages.flatMap((language) =>
      knowledge.trainingExamples(language).flatMap(({ text, intent }) => {
        const names = topics.askedIn(normaliseText(text));
        return names.length > 0 ? [`${intent} "${text}": ${names.join(', ')}`] : [];
      }),
    );
    expect(asking).toEqual([]);
  });

  it('offers 2 to 4 follow-ups per entry, never the entry itself', () => {
    const wrong = knowledge.entries
      .filter((e) => e.related.length < 2 || e.related.length > 4 || e.related.includes(e.id))
      .map((e) => `${e.id}: ${e.related.join(', ')}`);
    expect(wrong).toEqual([]);
  });

  describe('the seven steps', () => {
    it('numbers all seven steps in the procedure in both languages', () => {
      const expected = Array.from({ length: STEP_COUNT }, (_, i) => i + 1);
      expect(numberedLines(entry('procedure').en.answer)).toEqual(expected);
      expect(numberedLines(entry('procedure').zh.answer)).toEqual(expected);
      expect(entry('procedure').en.answer).toContain('7 steps');
      expect(entry('procedure').zh.answer).toContain('共7步');
    });

    // The "Step N of 7" header comes from the UI texts (the walkthrough adds it), so the entry holds the step alone.
    it.each(Array.from({ length: STEP_COUNT }, (_, i) => i + 1))('files step %i under its own number', (step) => {
      const stepEntry = entry(`step-${step}`);
      expect(stepEntry.kind).toBe('step');
      expect(stepEntry.step).toBe(step);
      for (const language of languages) expect(stepEntry[language].answer).not.toMatch(/of 7|共7步/);
    });

    it.each(Array.from({ length: STEP_COUNT }, (_, i) => i + 1))('words step %i as the procedure does', (step) => {
      for (const language of languages) {
        const procedureLines = entry('procedure')[language].answer.split('\n');
        expect(procedureLines).toContain(`${step}. ${entry(`step-${step}`)[language].answer}`);
      }
    });

    it('leads each step on to the next step and back to the whole procedure', () => {
      for (let step = 1; step < STEP_COUNT; step += 1) {
        expect(entry(`step-${step}`).related).toEqual(expect.arrayContaining([`step-${step + 1}`, 'procedure']));
      }
      expect(entry(`step-${STEP_COUNT}`).related).toContain('procedure');
    });
  });

  describe('Article 64 in Chinese', () => {
    it.each(article64Entries.map((e) => e.id))('%s quotes the official text word for word', (id) => {
      const passages = quotedPassages(entry(id).zh.answer);
      expect(passages.length).toBeGreaterThan(0);
      for (const passage of passages) expect(ARTICLE_64_ZH).toContain(passage);
    });

    it('article64-full quotes every line of the official text, title included', () => {
      const passages = quotedPassages(entry('article64-full').zh.answer);
      const officialLines = ARTICLE_64_ZH.split('\n')
        .map((line) => line.trim())
        .filter((line) => line.length > 0);
      expect(passages).toEqual(officialLines);
      expect(passages[0]).toBe('中华人民共和国社会保险法（2018年修正）');
    });

    // A paragraph asked for ("第六十四条第二款") is quoted alone from it, without the article's number that heads the
    // first: "第六十四条第一款规定：第六十四条　社会保险基金…".
    it('article64-full gives the official paragraphs, one by one, after the title', () => {
      const [, ...paragraphs] = ARTICLE_64_ZH.split('\n').map((line) => line.trim()).filter((line) => line.length > 0);
      expect(knowledge.articleInFull?.entry.id).toBe('article64-full');
      expect(paragraphs[0]).toMatch(/^第六十四条\s+社会保险基金包括/);
      expect(knowledge.articleInFull?.paragraphs.zh).toEqual([paragraphs[0].replace(/^第六十四条\s+/, ''), ...paragraphs.slice(1)]);
      expect(knowledge.articleInFull?.paragraphs.en).toHaveLength(3);
    });

    it('names the law the same way in every Article 64 answer', () => {
      for (const e of article64Entries) {
        expect(e.en.answer).toContain('Article 64 of the PRC Social Insurance Law');
        expect(e.zh.answer).toContain('《中华人民共和国社会保险法》第六十四条');
      }
    });
  });

  it.each(KEY_FACTS)('$id carries the same key facts in both languages', ({ id, en, zh }) => {
    // Bold markers may sit inside a quoted label (“**我的**”), so facts are looked for in the text without them.
    const withoutBold = (markdown: string) => markdown.replace(/\*\*/g, '');
    for (const fact of en) expect(withoutBold(entry(id).en.answer)).toContain(fact);
    for (const fact of zh) expect(withoutBold(entry(id).zh.answer)).toContain(fact);
  });

  it('lists the three functions and the three ways of the third, in order, in both languages', () => {
    expect(entry('functions').items).toEqual(['function-stability', 'function-redistribution', 'function-development']);
    expect(entry('function-development').items).toEqual([
      'development-demand-management',
      'development-fund-use',
      'development-recruitment',
    ]);
    for (const id of ['functions', 'function-development']) {
      for (const language of languages) expect(numberedLines(entry(id)[language].answer)).toEqual([1, 2, 3]);
    }
  });

  it('keeps greeting, help, thanks and goodbye to conversation: no source, none of its facts', () => {
    for (const id of SMALLTALK_IDS) {
      expect(entry(id).kind).toBe('smalltalk');
      expect(entry(id).source).toBeUndefined();
      for (const language of languages) {
        const answer = entry(id)[language].answer;
        expect(SOURCE_FACTS.filter((fact) => answer.includes(fact))).toEqual([]);
      }
    }
  });

  it.each(knowledge.entries.map((e) => e.id))('%s uses only portable Markdown and no invented facts', (id) => {
    const e = entry(id);
    for (const language of languages) {
      const { title, answer, questions } = e[language];
      const shown = `${title}\n${answer}`;
      for (const pattern of UNSUPPORTED_MARKDOWN) expect(shown).not.toMatch(pattern);
      const invented = [
        ...FORBIDDEN_IN_ANY_TEXT.flatMap((word) =>
          [shown, ...questions].filter((text) => containsWord(text, word)).map((text) => `${language} "${word}" in: ${text}`),
        ),
        ...FORBIDDEN_IN_ANSWERS.filter((word) => containsWord(shown, word)).map((word) => `${language} "${word}" in the answer`),
      ];
      expect(invented).toEqual([]);
    }
  });
});

describe('loadKnowledge on a broken file', () => {
  const trainingQuestions = (prefix: string): string[] => Array.from({ length: 15 }, (_, i) => `${prefix} ${i}`);
  const validEntry = {
    id: 'broken-entry',
    source: 'page',
    en: { title: 'Title', answer: 'An answer.', questions: trainingQuestions('question') },
    zh: { title: '标题', answer: '回答。', questions: trainingQuestions('问题') },
  };
  let directory: string;

  beforeEach(() => {
    directory = mkdtempSync(path.join(tmpdir(), 'knowledge-'));
  });

  afterEach(() => {
    rmSync(directory, { recursive: true, force: true });
  });

  it('starts from an entry that is valid on its own', () => {
    expect(parseKnowledgeFile('valid.yaml', stringify({ entries: [validEntry] }))).toHaveLength(1);
  });

  it.each([
    { problem: 'a missing title', broken: { ...validEntry, en: { ...validEntry.en, title: undefined } }, field: 'en.title' },
    { problem: 'a step number on an entry that is not a step', broken: { ...validEntry, step: 3 }, field: 'step' },
    {
      problem: 'too few training questions',
      broken: { ...validEntry, zh: { ...validEntry.zh, questions: ['只有一个问题'] } },
      field: 'zh.questions',
    },
  ])('rejects $problem, naming the file, the entry and the field', ({ broken, field }) => {
    writeFileSync(path.join(directory, 'broken.yaml'), stringify({ entries: [broken] }));
    let error: unknown;
    try {
      loadKnowledge(directory);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(KnowledgeError);
    const message = (error as KnowledgeError).message;
    expect(message).toContain('broken.yaml');
    expect(message).toContain('entry "broken-entry"');
    expect(message).toContain(`field "${field}"`);
  });

  it('rejects content citing paragraphs of Article 64 without the article in full quoting them', () => {
    for (const file of readdirSync(CONTENT_DIRECTORY)) {
      const content = parse(readFileSync(path.join(CONTENT_DIRECTORY, file), 'utf8')) as { entries: Entry[] };
      const unquoted = content.entries.map((entry) =>
        entry.id === 'article64-full' ? { ...entry, en: { ...entry.en, answer: entry.en.answer.replace(/^> ?/gm, '') } } : entry,
      );
      writeFileSync(path.join(directory, file), stringify({ entries: unquoted }));
    }
    expect(() => loadKnowledge(directory)).toThrow(KnowledgeError);
    expect(() => loadKnowledge(directory)).toThrow(/source "Article 64" quoting its 3 paragraphs .*article64-full/);
  });
});
