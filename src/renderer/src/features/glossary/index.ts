// Renderer: what the glossary feature offers the rest of the app. Other features import
// it from here only (lint: a feature reaches another through its index).
export { GlossaryNavigationContext, type GlossaryNavigation } from './glossary-navigation';
export { GlossarySection } from './glossary-section';
export { GlossaryView } from './glossary-view';
export { TermHighlights } from './term-highlights';
export { TermLink, termFromAnnotation } from './term-link';
