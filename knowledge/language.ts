import { z } from 'zod';

/** The languages the bot answers in. Every knowledge entry and every UI text exists in each of them. */
export const languageSchema = z.enum(['en', 'zh']);
export type Language = z.infer<typeof languageSchema>;
export const languages: readonly Language[] = languageSchema.options;

/** The one language of the two that is not `language`. */
export const otherLanguage = (language: Language): Language => (language === 'en' ? 'zh' : 'en');
