import { HAN, normaliseText } from './matcher/normalise';
import { tokenise } from './matcher/tokenise';
import { Language } from './language';
import { Entry } from './schema';

// Words that name no subject: "and the pension fund" speaks of the pension fund, "what about my mum" of a relative.
const ENGLISH_FUNCTION_WORDS = new Set([
  ...['a', 'an', 'the', 'my', 'our', 'your', 'his', 'her', 'their', 'its', 'this', 'that', 'these', 'those'],
  ...['of', 'for', 'to', 'in', 'on', 'at', 'with', 'and', 'or', 'too', 'also', 'then', 'please', 'one', 'ones'],
]);
const CHINESE_FUNCTION_WORDS = /的|我们|我|咱们|咱|他们|他|她|这个|那个|这些|那些/g;
const HAN_RUN = /\p{Script=Han}+/gu;

/** The words of one entry in one language: the stems of the English ones, the Chinese text as one string. */
interface EntryWords {
  stems: ReadonlySet<string>;
  chinese: string;
}

/**
 * Whether a subject named alone ("the pension fund", 医疗保险) is one an answer speaks of: every word of it that names
 * something is a word of the entry's title, answer or questions. Under the pooling "the pension fund" is, "the
 * accounting" and "tomorrow" are not. Each entry's words are gathered the first time a subject is asked of it.
 */
export class SubjectVocabulary {
  private readonly wordsOf = new Map<string, EntryWords>();

  speaksOf(entry: Entry, subject: string, language: Language): boolean {
    const words = this.entryWords(entry, language);
    const normalised = normaliseText(subject);
    if (HAN.test(normalised)) {
      const runs = normalised.replace(CHINESE_FUNCTION_WORDS, ' ').match(HAN_RUN) ?? [];
      return runs.length > 0 && runs.every((run) => words.chinese.includes(run));
    }
    const { words: subjectWords, stems } = tokenise(normalised);
    const naming = stems.filter((_, i) => !ENGLISH_FUNCTION_WORDS.has(subjectWords[i]));
    return naming.length > 0 && naming.every((stem) => words.stems.has(stem));
  }

  private entryWords(entry: Entry, language: Language): EntryWords {
    const key = `${entry.id} ${language}`;
    let words = this.wordsOf.get(key);
    if (!words) {
      const { title, answer, questions } = entry[language];
      const texts = [title, answer, ...questions].map(normaliseText);
      words = { stems: new Set(texts.flatMap((text) => tokenise(text).stems)), chinese: texts.join('|') };
      this.wordsOf.set(key, words);
    }
    return words;
  }
}
