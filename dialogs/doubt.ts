import { Entry, paragraphOfSource, Source } from '../knowledge/schema';
import { fillTemplate, UiTexts } from '../knowledge/texts';

/** Where an answer comes from, in the reply's language: the page, the sources together, Article 64 or one of its paragraphs. */
function describeSource(texts: UiTexts, source: Source): string {
  if (source === 'page') return texts.sources.page;
  if (source === 'sources') return texts.sources.all;
  const paragraph = paragraphOfSource(source);
  return paragraph ? texts.sources.article64Paragraphs[paragraph - 1] : texts.sources.article64;
}

/** The line before an answer asked for by where it is ("which paragraph says the funds are earmarked?"). */
export function answerSourceText(texts: UiTexts, answered: Entry): string | undefined {
  return answered.source && fillTemplate(texts.answerSource, { source: describeSource(texts, answered.source) });
}

/**
 * The reply to "are you sure?": where the answer on the screen comes from; with none to vouch for (a "Did you mean", a
 * refusal, small talk), what the bot answers from at all. It checks nothing and adds no fact: it names the source.
 */
export function doubtReplyText(texts: UiTexts, answered: Entry | undefined): string {
  const source = answered?.source;
  return source ? fillTemplate(texts.sourceOfAnswer, { source: describeSource(texts, source) }) : texts.sourcesInGeneral;
}
