import { parse } from 'yaml';
import { Language } from '../../knowledge/language';
import { SupportEvent } from '../../knowledge/unansweredEvents';
import { groupSimilarQuestions } from '../../knowledge/unansweredGrouping';
import { buildSupportReport, SupportReportOptions } from '../../knowledge/unansweredReport';
import { escapeHtml, formatSupportReportHtml } from '../../knowledge/unansweredReportHtml';
import { asYamlListItems, formatSupportReportText } from '../../knowledge/unansweredReportText';

const at = '2025-03-01T10:00:00.000Z';
const fallback = (question: string, language: Language = 'en'): SupportEvent => ({ type: 'fallback', at, language, question });

function clarification(id: string, question: string, reply?: { outcome: 'picked' | 'none' | 'other'; picked?: string }): SupportEvent[] {
  const offer: SupportEvent = { type: 'clarify', at, language: 'en', question, offered: ['step-2', 'summary'], clarificationId: id };
  return reply ? [offer, { type: 'clarified', at, language: 'en', clarificationId: id, ...reply }] : [offer];
}

const feedback = (answerId: string, helpful: boolean): SupportEvent => ({ type: 'feedback', at, language: 'en', answerId, helpful });

const TITLES: Record<string, string> = { 'step-2': 'Step 2: Choose city, tap Civic Center', procedure: 'How to certify a family member on Alipay' };

const options: SupportReportOptions = {
  from: '2025-02-01',
  to: '2025-03-02',
  bestCandidate: (text) => (/pension/.test(text) ? { intent: 'procedure', score: 0.31 } : undefined),
  describe: (entryId) => (TITLES[entryId] ? { title: TITLES[entryId], file: 'procedure.yaml' } : undefined),
};

describe('grouping unanswered questions by similarity', () => {
  const texts = (groups: ReturnType<typeof groupSimilarQuestions<string>>) => groups.map((group) => group.questions.map((q) => q.text));

  it('counts spellings of one question as one, under the most frequent spelling', () => {
    const groups = groupSimilarQuestions(['Pension?', 'pension', 'pension', 'ＰＥＮＳＩＯＮ'], (q) => q);
    expect(groups).toHaveLength(1);
    expect(groups[0].questions).toEqual([{ text: 'pension', count: 4 }]);
  });

  it('puts the same question in other words together and keeps different questions apart', () => {
    const groups = groupSimilarQuestions(
      ['how much pension will my father get', 'how much pension will my dad get', 'how much pension will my father get', 'what is the weather in Beijing'],
      (q) => q,
    );
    expect(texts(groups)).toEqual([['how much pension will my father get', 'how much pension will my dad get'], ['what is the weather in Beijing']]);
    expect(groups[0].count).toBe(3);
  });

  it('compares Chinese by pairs of characters, Traditional as Simplified', () => {
    const groups = groupSimilarQuestions(['养老金能领多少', '養老金能領多少錢', '今天天气怎么样'], (q) => q);
    expect(texts(groups)).toEqual([['养老金能领多少', '養老金能領多少錢'], ['今天天气怎么样']]);
  });
});

describe('the support report', () => {
  const events: SupportEvent[] = [
    fallback('how much pension will my father get'),
    fallback('How much pension will my father get?'),
    ...clarification('c1', 'how much pension will my dad get', { outcome: 'none' }),
    ...clarification('c2', 'how much pension will my father get', { outcome: 'other' }),
    ...clarification('c3', 'how much pension will my father get'),
    ...clarification('c4', 'where is the civic centre', { outcome: 'picked', picked: 'step-2' }),
    ...clarification('c5', 'civic centre where', { outcome: 'picked', picked: 'step-2' }),
    fallback('养老金能领多少', 'zh'),
    feedback('summary', true),
    feedback('article64-funds', false),
    feedback('article64-funds', false),
    feedback('article64-funds', true),
  ];
  const report = buildSupportReport(events, options);

  it('groups the unanswered questions, most frequent first, saying why each was unanswered', () => {
    expect(report.unanswered[0]).toEqual({
      language: 'en',
      count: 5,
      questions: [
        { text: 'how much pension will my father get', count: 4 },
        { text: 'how much pension will my dad get', count: 1 },
      ],
      reasons: { fallback: 2, noneOfThese: 1, askedSomethingElse: 1, noReply: 1 },
      likely: { entryId: 'procedure', title: TITLES.procedure, file: 'procedure.yaml', score: 0.31 },
    });
    expect(report.unanswered[1]).toMatchObject({ language: 'zh', count: 1, likely: undefined });
  });

  it('lists what users picked from "did you mean" under the entry they picked', () => {
    expect(report.picked).toEqual([
      {
        language: 'en',
        entry: { entryId: 'step-2', title: TITLES['step-2'], file: 'procedure.yaml' },
        count: 2,
        questions: [
          { text: 'where is the civic centre', count: 1 },
          { text: 'civic centre where', count: 1 },
        ],
      },
    ]);
  });

  it('counts feedback per answer, the least helpful first, and the totals', () => {
    expect(report.feedback).toEqual([
      { answerId: 'article64-funds', helpful: 1, notHelpful: 2 },
      { answerId: 'summary', helpful: 1, notHelpful: 0 },
    ]);
    expect(report.totals).toEqual({ fallbacks: 3, offers: 5, picked: 2, noneOfThese: 1, feedback: 4 });
  });

  it('prints each group as YAML list items that paste back as the very questions', () => {
    const text = formatSupportReportText(report, 20);
    expect(text).toContain('5× [en] could not answer: 2, "none of these": 1, asked something else instead: 1, no reply to "did you mean": 1');
    expect(text).toContain('likely entry: procedure "How to certify a family member on Alipay" in procedure.yaml, score 0.31');
    const tricky = [{ text: 'what: is "this"? - #1', count: 1 }, { text: '- [x]', count: 1 }];
    expect(parse(asYamlListItems(tricky).join('\n'))).toEqual(tricky.map((q) => q.text));
  });

  it('shows only the top groups asked for', () => {
    expect(formatSupportReportText(report, 1)).not.toContain('养老金能领多少');
  });

  it('writes a page in which nothing a user typed becomes markup', () => {
    const page = formatSupportReportHtml(buildSupportReport([fallback('<script>alert("x")</script> & <b>bold</b>')], options), 20);
    expect(page).not.toContain('<script>alert');
    expect(page).not.toContain('<b>bold');
    expect(page).toContain(escapeHtml('<script>alert("x")</script> & <b>bold</b>'));
    expect(escapeHtml(`<a href='x'>"&"</a>`)).toBe('&lt;a href=&#39;x&#39;&gt;&quot;&amp;&quot;&lt;/a&gt;');
  });
});
