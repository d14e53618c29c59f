import { normaliseText } from './normalise';
import { numberedReferences } from './numberedReferences';
import { tokenise } from './tokenise';

/**
 * Whether a text names a subject of the domain: one of its concepts (the certification, Alipay, a relative, the
 * funds), or a step, an article or a function by number.
 */
export function namesADomainSubject(text: string): boolean {
  const normalised = normaliseText(text);
  return tokenise(normalised).concepts.length > 0 || numberedReferences(normalised).length > 0;
}
