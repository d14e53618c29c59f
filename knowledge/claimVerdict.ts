import { UiTexts } from './texts';

/**
 * What the sources say of a claim a message makes or asks about: they say it (a yes), they say otherwise (a no), or
 * they do not say it. Told before the answer that shows their words (`claimVerdicts` in the texts).
 */
export type ClaimVerdict = keyof UiTexts['claimVerdicts'];
