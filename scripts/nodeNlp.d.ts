// node-nlp ships no types; these are the few calls the NLU benchmark makes (see node_modules/node-nlp/src/nlp).
declare module 'node-nlp' {
  interface NlpResult {
    intent: string;
    score: number;
  }

  export class NlpManager {
    constructor(settings: { languages: string[]; nlu?: { log?: boolean }; autoSave?: boolean });
    addDocument(locale: string, utterance: string, intent: string): void;
    train(): Promise<unknown>;
    process(locale: string, utterance: string): Promise<NlpResult>;
  }
}
