// Types for the `snowball-stemmers` package (it ships none). It is CommonJS with `__esModule`,
// so import it as a namespace: `import * as snowball from 'snowball-stemmers'`.
declare module 'snowball-stemmers' {
  export interface Stemmer {
    stem(word: string): string;
  }
  export function newStemmer(algorithm: string): Stemmer;
  export function algorithms(): string[];
}
