/** Text anchoring: describe a selected range, find it again after the text changes. */
export { describeRange } from './describe';
export { needsCheck } from './anchor';
export { anchorAll } from './batch';
