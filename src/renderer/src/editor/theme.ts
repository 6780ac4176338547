import type { EditorThemeClasses } from 'lexical';

/** Class names Lexical puts on article nodes; styled in app/theme.css. */
export const ARTICLE_THEME: EditorThemeClasses = {
  paragraph: 'editor-paragraph',
  heading: { h1: 'editor-h1', h2: 'editor-h2', h3: 'editor-h3', h4: 'editor-h4', h5: 'editor-h5', h6: 'editor-h6' },
  quote: 'editor-quote',
  list: { ul: 'editor-ul', ol: 'editor-ol', listitem: 'editor-li' },
  link: 'editor-link',
  mark: 'annotation-mark',
  markOverlap: 'annotation-mark-overlap',
  text: { bold: 'editor-text-bold', italic: 'editor-text-italic', underline: 'editor-text-underline' },
};
