// Renderer: what the article feature offers the rest of the app.
export { ArticleView, type SidePanel } from './article-view';
export { DocumentFailure } from './document-failure';
export type { RevealRequest } from './reveal';
export type { SaveState } from './use-autosave';
