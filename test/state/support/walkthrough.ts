import { join, resolve } from 'node:path';
import type { Language } from '../../../knowledge/language';
import { loadTexts } from '../../../knowledge/texts';
import type { ChannelConversation, Turn } from '../../support/channelConversation';

export const texts = loadTexts(join(resolve(__dirname, '../../..'), 'knowledge/texts'));

const NEXT: Readonly<Record<Language, string>> = { en: 'next', zh: '下一步' };

/** The step header of a language ("**Step {step} of {total}**") as a pattern that captures the step number. */
function stepHeaderPattern(language: Language): RegExp {
  const escaped = texts[language].stepHeader.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
  return new RegExp(escaped.replace('{step}', '(\\d+)').replace('{total}', '\\d+'));
}

/** The step numbers the turn's messages show in their step header, in order. */
export function stepsShown(turn: Turn, language: Language): number[] {
  const header = stepHeaderPattern(language);
  return turn.messages.flatMap((message) => {
    const match = header.exec(message.text ?? '');
    return match ? [Number(match[1])] : [];
  });
}

export const sayNext = (chat: ChannelConversation, language: Language): Promise<Turn> => chat.say(NEXT[language]);

/** Asks the walkthrough's starter question, then "next" until `step`; returns the last turn. */
export async function walkToStep(chat: ChannelConversation, language: Language, step: number): Promise<Turn> {
  let turn = await chat.say(texts[language].starters.procedure);
  for (let shown = 0; shown < step; shown += 1) turn = await sayNext(chat, language);
  return turn;
}
