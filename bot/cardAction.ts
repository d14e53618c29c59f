/**
 * The text a clicked card button stands for. imBack and messageBack buttons already put it in activity.text;
 * Adaptive Card Action.Submit (and Web Chat postBack) only send their data as activity.value, either a string or an
 * object whose `text` (or else `value`) field holds what the user chose.
 */
export function textOfCardAction(value: unknown): string | undefined {
  const data = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
  const candidates = data ? [data.text, data.value] : [value];
  const text = candidates.find((candidate): candidate is string => typeof candidate === 'string' && candidate.trim() !== '');
  return text?.trim();
}
