import { normaliseText } from './normalise';
import { numberedReferences } from './numberedReferences';
import { tokenise } from './tokenise';

// Subjects of the sources named with no concept beside them, the functions of social security and the binding of step
// 7: "哦 那三个功能是啥 要交多少钱" and "…added her mother under family service but nothing happened, she wants to know what
// to do after binding" were refused whole for the fees and the app, their other clause naming no subject of the domain.
// Not concepts of the model's, whose features the words would change.
const SUBJECTS_BEYOND_CONCEPTS = /\bfunctions?\b|功能|作用|\bbind(?:s|ing)?\b|绑定/;

/**
 * Whether a text names a subject of the domain: one of its concepts (the certification, Alipay, a relative, the
 * funds), the functions or the binding, or a step, an article or a function by number.
 */
export function namesADomainSubject(text: string): boolean {
  const normalised = normaliseText(text);
  return tokenise(normalised).concepts.length > 0 || SUBJECTS_BEYOND_CONCEPTS.test(normalised) || numberedReferences(normalised).length > 0;
}
