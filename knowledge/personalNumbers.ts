// Seven digits or more, with spaces or dashes between: an ID card, phone or bank card number, which people paste into
// their question ("我妈叫… 身份证1101011945…帮我给她认证一下"). Article and step numbers, ages and years are shorter.
const PERSONAL_NUMBER = /(?<![\dA-Za-z])\d(?:[ -]?\d){6,}[xX]?(?![\dA-Za-z])/g;
const MASKED_NUMBER = '[number]';

/**
 * The text with long numbers masked: the question log stores it so (support staff need the wording, never a person's
 * numbers), and a refusal quotes it so, with the mask in the reply's language.
 */
export function withNumbersMasked(text: string, mask = MASKED_NUMBER): string {
  return text.replace(PERSONAL_NUMBER, mask);
}
