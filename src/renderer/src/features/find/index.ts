export { FindBar } from './find-bar';
export { replaceSpans, type Replacement } from './replace';
