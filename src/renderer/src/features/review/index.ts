// Renderer: what the review feature offers the rest of the app. Other features import
// it from here only (lint: a feature reaches another through its index).
export { ReviewProvider, useReviewApi } from './review-context';
export { ReviewCommandsPlugin } from './review-commands';
export { ReviewPanel } from './review-panel';
export { exportReview } from './export-review';
export { useScorecard, type ReviewScore } from './use-scorecard';
export { ReviewProgressPlugin } from './review-progress-plugin';
