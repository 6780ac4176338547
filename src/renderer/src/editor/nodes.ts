import type { Klass, LexicalNode } from 'lexical';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { ListItemNode, ListNode } from '@lexical/list';
import { LinkNode } from '@lexical/link';
import { AnnotationMarkNode } from './annotations/annotation-mark-node';
import { InlineTagNode } from './bilingual/inline-tag-node';
import { SegmentNode } from './bilingual/segment-node';

/**
 * Every node type a Glossa article may contain. The live editor, the headless
 * importer and tests all register this one list, so a state produced by one can
 * always be read by the others.
 */
export const ARTICLE_NODES: ReadonlyArray<Klass<LexicalNode>> = [
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  LinkNode,
  AnnotationMarkNode,
  SegmentNode,
  InlineTagNode,
];

export const ARTICLE_NAMESPACE = 'glossa-article';
