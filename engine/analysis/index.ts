// SMART goal analysis (pure). See goal.ts for the analysis and lexicon.ts for the word lists.
export { analyzeGoal, analysisLang, goalAnalysisOptions, goalScorecard } from './goal.ts';
export type { AnalysisConfig, AnalysisOptions, Finding, GoalAnalysis, Implausibility, ImplausibleKind, MeasureFinding, PhraseFinding, Scorecard, SmartCheck, TimeFinding } from './goal.ts';
export { compileLexicon, lexiconData, stemmerFor, wordsOf } from './lexicon.ts';
export type { CompiledLexicon, LexiconData, LexiconExtension } from './lexicon.ts';
export { scanText } from './patterns.ts';
export type { MeasureKind, ScanResult, TimeKind } from './patterns.ts';
