// Deep imports of `natural`: its index (and util/index) load the storage backends, which run
// require('dotenv').config() at import time and print to the console. The files we need do not.
declare module 'natural/lib/natural/stemmers/porter_stemmer' {
  const PorterStemmer: { stem(token: string): string };
  export = PorterStemmer;
}

declare module 'natural/lib/natural/distance/levenshtein_distance' {
  export function DamerauLevenshteinDistance(source: string, target: string, options?: { restricted?: boolean }): number;
}
