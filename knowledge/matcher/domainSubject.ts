import { normaliseText } from './normalise';
import { numberedReferences } from './numberedReferences';
import { tokenise } from './tokenise';

// The functions of social security, named without a number and with no concept beside them: "哦 那三个功能是啥 要交多少钱"
// was refused whole for the fees, its other clause naming no subject of the domain. Not a concept of the model's,
// whose features the word would change.
const FUNCTIONS = /\bfunctions?\b|功能|作用/;

/**
 * Whether a text names a subject of the domain: one of its concepts (the certification, Alipay, a relative, the
 * funds), the functions, or a step, an article or a function by number.
 */
export function namesADomainSubject(text: string): boolean {
  const normalised = normaliseText(text);
  return tokenise(normalised).concepts.length > 0 || FUNCTIONS.test(normalised) || numberedReferences(normalised).length > 0;
}
