// Renderer (editor): what the bilingual checks read from the open article: each segment's
// source as delivered beside its current target, and where its blocks sit in the article's
// plain text, so the worker can place the findings in the article.
import { $getRoot } from 'lexical';
import { bilingualInput, type BilingualInput, type SegmentLayout } from '@core/qa';
import type { BilingualRecord } from '@core/model';
import { $readSegmentTargets } from './bilingual-article';

import { BLOCK_SEPARATOR } from './bilingual-import';

export function $segmentCheckInput(record: BilingualRecord): { segments: BilingualInput[]; layouts: Map<string, SegmentLayout> } {
  const starts = new Map<string, { start: number; length: number }>();
  let offset = 0;
  $getRoot()
    .getChildren()
    .forEach((block, index) => {
      if (index > 0) offset += BLOCK_SEPARATOR.length;
      const length = block.getTextContent().length;
      starts.set(block.getKey(), { start: offset, length });
      offset += length;
    });
  const stored = new Map(record.segments.map((segment) => [segment.id, segment]));
  const segments: BilingualInput[] = [];
  const layouts = new Map<string, SegmentLayout>();
  for (const target of $readSegmentTargets()) {
    const segment = stored.get(target.id);
    if (!segment) continue;
    segments.push(bilingualInput({ ...segment, target: target.content }));
    const blocks = target.blocks.map((block) => starts.get(block.getKey())!);
    layouts.set(target.id, { blockStarts: blocks.map((block) => block.start), blockLengths: blocks.map((block) => block.length) });
  }
  return { segments, layouts };
}
