// The QA module's public surface: finding and check types, the registry, runChecks.
export * from './finding';
export * from './registry';
export { asciiPunctuation } from './checks/untranslated-source-script';
export { compileUserPatterns, MAX_MATCHES } from './checks/user-regex';
export { REPEATED_WORD_EXCEPTIONS } from './checks/repeated-words';
export * from './bilingual';
