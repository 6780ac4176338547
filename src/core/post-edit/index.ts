/** Post-editing against the MT as delivered: word diff and word-level edit distance (issue 10, item 6). */
export { documentPostEditDistance, postEditDistance, wordDiff, type DiffPart, type DocumentEditDistance, type EditDistance, type PostEditPair } from './post-edit';
