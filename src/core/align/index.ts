/** Pairing an imported source with the paragraphs of a target document, and the translator's corrections (ADR 0021). */
export {
  alignmentLength,
  alignUnits,
  isAlignmentOf,
  mergePairs,
  moveUnit,
  splitPair,
  splitParagraphs,
  splitSentences,
  splitSource,
  type Alignment,
  type AlignmentPair,
  type AlignmentSide,
} from './align';
