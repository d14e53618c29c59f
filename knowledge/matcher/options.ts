import { z } from 'zod';

/**
 * Every setting of the matcher. The defaults are the one configuration used for every data set: the
 * bot's knowledge (cross-validated on its training questions), the Braun corpora and CLINC150
 * (validation split only); see scripts/tuneMatcher.ts.
 */
export const matcherOptionsSchema = z
  .object({
    /** Character n-grams of each word, from..to characters: they survive typos and inflections. */
    charNgramMin: z.number().int().min(1).default(2),
    charNgramMax: z.number().int().min(1).default(4),
    /**
     * Relative weight of each feature group before the vector is L2-normalised. Whole words outweigh
     * character n-grams (1.5 vs 0.5): a word's many n-grams otherwise drown its stem, and the
     * n-grams of function words ("how", "the") pull unrelated questions together. Chosen by
     * leave-one-out on the Braun train files and 5-fold cross-validation on the bot's training
     * questions (larger true-intent margins, English top-1 0.847 → 0.865), then checked on clinc150.val.
     */
    weights: z
      .object({
        /** Numbers are rare and decisive ("step 5", 第5步, "12.04"). */
        number: z.number().min(0).default(2),
        word: z.number().min(0).default(1.5),
        /**
         * English function words ("how", "do", "my": functionWords.ts) weigh a third of other words. With a few dozen
         * training questions their idf is barely lower than a topic word's, and an intent whose examples happen to
         * say "how do I ... my" draws every question phrased so. Chosen by scripts/crossValidateSmallData.ts (webapps
         * few-shot 80.7% → 81.3%, askubuntu 86.6% → 87.9%, Braun-shaped CLINC150 tasks +0.3 to +0.9 points); the bot's
         * English 5-fold rejection 77.6% → 79.6% at its threshold; clinc150.val 91.3% / 70% → 91.2% / 68% at
         * 0.2, still the threshold chosen.
         */
        functionWord: z.number().min(0).default(0.5),
        wordBigram: z.number().min(0).default(1),
        charNgram: z.number().min(0).default(0.5),
        hanChar: z.number().min(0).default(1),
        hanBigram: z.number().min(0).default(1),
        hanWord: z.number().min(0).default(1),
        /** Domain concepts (domainConcepts.ts): synonyms the training questions cannot all show. */
        concept: z.number().min(0).default(1),
      })
      .prefault({}),
    /** Keep at most this many features, the most frequent ones: bounds memory and time on big corpora. */
    maxFeatures: z.number().int().min(1).default(60000),
    /** Softmax regression trained by AdaGrad: this many passes over the data... */
    epochs: z.number().int().min(1).default(6),
    /** ...or more, until this many updates: a small data set needs more passes than a big one. */
    minUpdates: z.number().int().min(0).default(8000),
    learningRate: z.number().positive().default(1),
    l2: z.number().min(0).default(1e-5),
    /**
     * Give a class with fewer training examples than the mean the weight of the mean (softmaxRegression.ts,
     * classWeights). Chosen by scripts/crossValidateSmallData.ts, with function words as above: webapps few-shot
     * 81.3% → 86.7%, Braun-shaped CLINC150 tasks 81.9% → 82.2% (webapps), 87.1% → 88.0% (askubuntu), mostly by
     * rejecting more out-of-scope questions (a None class of two or three examples); the bot's 5-fold figures
     * unchanged. CLINC150 has 100 examples per class: no effect.
     */
    upweightRareClasses: z.boolean().default(true),
    /** Seed of the shuffling between epochs: same data and options, same model. */
    seed: z.number().int().default(42),
    /**
     * How many intents, the most likely by softmax, get a calibrated confidence (and so can appear in
     * rank()): comparing with nearest examples costs time per intent, and the others are not contenders.
     */
    candidates: z.number().int().min(1).default(5),
    /** Features kept per training example for the nearest-example similarity (the heaviest ones). */
    neighbourFeatures: z.number().int().min(1).default(24),
    /** Softmax temperature applied to the logits before calibration. */
    temperature: z.number().positive().default(1),
    /** Weight of the cosine similarity to the nearest training example in the blended confidence. */
    similarityWeight: z.number().min(0).max(1).default(0.3),
    /**
     * Below this confidence, predict() answers NONE_INTENT. Chosen on clinc150.val by
     * `scripts/tuneMatcher.ts clinc` (the largest smaller margin over the CLINC150 targets).
     */
    threshold: z.number().min(0).max(1).default(0.2),
  })
  .refine((o) => o.charNgramMin <= o.charNgramMax, {
    message: 'charNgramMin must not exceed charNgramMax',
    path: ['charNgramMin'],
  });

export type MatcherOptions = z.infer<typeof matcherOptionsSchema>;
export type MatcherOptionsInput = z.input<typeof matcherOptionsSchema>;
