import { UiTexts } from '../knowledge/texts';
import { resumeButtons, starterButtons } from './buttons';
import { Reply } from './reply';

/** What the bot can help with, after an optional lead-in (fallback, "none of these"): the help intro and the starters. */
export function capabilitiesReply(texts: UiTexts, lead: string | undefined, pausedStep: number | undefined): Reply {
  return {
    text: lead ? `${lead}\n\n${texts.helpIntro}` : texts.helpIntro,
    buttons: [...starterButtons(texts), ...resumeButtons(texts, pausedStep)],
  };
}
