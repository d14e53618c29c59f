import { MAX_REMEMBERED_LENGTH, rememberingMatcher } from '../../bot/recentDecisions';
import type { Matcher } from '../../dialogs/dialogDependencies';
import { KnowledgeMatcher } from '../../knowledge/knowledgeMatcher';
import type { Language } from '../../knowledge/language';
import { loadProjectKnowledge } from '../../scripts/projectData';

/** A matcher that answers every message with a fresh decision and counts what it was asked. */
function countingMatcher() {
  const asked: string[] = [];
  const matcher: Matcher = {
    match(text: string, language: Language) {
      asked.push(`${language}:${text}`);
      return { text, language, intent: 'functions', score: 0.9, candidates: [{ intent: 'functions', score: 0.9 }], decision: 'answer' };
    },
  };
  return { matcher, asked };
}

describe('rememberingMatcher', () => {
  it('gives a repeated message the same decision the real matcher gave, without ranking it again', () => {
    const knowledgeMatcher = KnowledgeMatcher.fromKnowledge(loadProjectKnowledge());
    const remembering = rememberingMatcher(knowledgeMatcher);
    for (const [text, language] of [
      ['What are the three functions of social security?', 'en'],
      ['第64条讲了什么', 'zh'],
      ['认证', 'zh'],
    ] as const) {
      const first = remembering.match(text, language);
      expect(first).toEqual(knowledgeMatcher.match(text, language));
      expect(remembering.match(text, language)).toBe(first);
    }
  });

  it('ranks a refused message again every time, so typed one-offs never push out the questions that repeat', () => {
    const knowledgeMatcher = KnowledgeMatcher.fromKnowledge(loadProjectKnowledge());
    const asked: string[] = [];
    const remembering = rememberingMatcher(
      {
        match(text, language) {
          asked.push(text);
          return knowledgeMatcher.match(text, language);
        },
      },
      2,
    );
    remembering.match('What are the three functions of social security?', 'en');
    remembering.match('认证', 'zh');
    const refusals = ['Play some jazz music', 'book me a flight to Shanghai', 'Play some jazz music'];
    for (const text of refusals) expect(remembering.match(text, 'en')).toMatchObject({ decision: 'none', intent: null });
    remembering.match('What are the three functions of social security?', 'en');
    remembering.match('认证', 'zh');
    expect(asked).toEqual(['What are the three functions of social security?', '认证', ...refusals]);
  });

  it('keeps each language apart: the same text is ranked again in the other language', () => {
    const { matcher, asked } = countingMatcher();
    const remembering = rememberingMatcher(matcher);
    remembering.match('ok', 'en');
    remembering.match('ok', 'zh');
    remembering.match('ok', 'en');
    expect(asked).toEqual(['en:ok', 'zh:ok']);
  });

  it('forgets the least recently used decision first when full', () => {
    const { matcher, asked } = countingMatcher();
    const remembering = rememberingMatcher(matcher, 2);
    remembering.match('a', 'en');
    remembering.match('b', 'en');
    remembering.match('a', 'en'); // a is now the most recently used
    remembering.match('c', 'en'); // so b goes
    remembering.match('a', 'en');
    remembering.match('b', 'en');
    expect(asked).toEqual(['en:a', 'en:b', 'en:c', 'en:b']);
  });

  it('ranks a long message every time rather than keep it', () => {
    const { matcher, asked } = countingMatcher();
    const remembering = rememberingMatcher(matcher);
    const long = 'x'.repeat(MAX_REMEMBERED_LENGTH + 1);
    remembering.match(long, 'en');
    remembering.match(long, 'en');
    expect(asked).toHaveLength(2);
  });

  it('hands out decisions no turn can change for the next asker', () => {
    const remembering = rememberingMatcher(countingMatcher().matcher);
    const decision = remembering.match('hello', 'en');
    expect(() => {
      decision.candidates[0].score = 0;
    }).toThrow(TypeError);
    expect(() => decision.candidates.pop()).toThrow(TypeError);
    expect(remembering.match('hello', 'en').candidates).toEqual([{ intent: 'functions', score: 0.9 }]);
  });
});
