/**
 * TMX 1.4 → BilingualDocument for one language pair: each <tu> with a <tuv> in both languages
 * is a segment (its tuid, or its place, as the unit id), <seg> content with <bpt>/<ept> <ph>
 * <it> <ut> <hi> as tokens, <note>s of the tu and of both tuvs. tmxLanguages lists the pairs.
 */
import { segmentId } from '../../bilingual/types';
import type { BilingualDocument, BilingualSegment, SegmentNote } from '../../bilingual/types';
import { childElements, exactTextOf, firstChild, localName } from '../xml';
import type { XmlElement } from '../xml';
import type { Refuse } from '../xliff/guard';
import { checkPairs, readInline, TMX_INLINE } from '../xliff/inline-read';

export interface TmxLanguagePair {
  readonly srcLang: string;
  readonly tgtLang: string;
  /** How many <tu> have both. */
  readonly units: number;
}

export interface TmxPairChoice {
  srcLang?: string;
  tgtLang?: string;
}

/** The language of a <tuv> (xml:lang, or lang as TMX 1.1 wrote it). */
function tuvLang(tuv: XmlElement): string {
  return tuv.attrs['xml:lang'] ?? tuv.attrs.lang ?? '';
}

function tus(root: XmlElement): XmlElement[] {
  const body = firstChild(root, 'body');
  return body ? childElements(body).filter((child) => localName(child.name) === 'tu') : [];
}

function tuvs(tu: XmlElement): XmlElement[] {
  return childElements(tu).filter((child) => localName(child.name) === 'tuv');
}

/** Every ordered pair of languages that at least one <tu> has, most frequent first; the header's srclang first among equals. */
export function tmxLanguagePairsOf(root: XmlElement): TmxLanguagePair[] {
  const counts = new Map<string, number>();
  for (const tu of tus(root)) {
    const langs = [...new Set(tuvs(tu).map(tuvLang).filter(Boolean))];
    for (const a of langs) for (const b of langs) if (a !== b) counts.set(`${a}\u0000${b}`, (counts.get(`${a}\u0000${b}`) ?? 0) + 1);
  }
  const headerSrc = firstChild(root, 'header')?.attrs.srclang?.toLowerCase();
  return [...counts]
    .map(([key, units]) => {
      const [srcLang, tgtLang] = key.split('\u0000') as [string, string];
      return { srcLang, tgtLang, units };
    })
    .sort((a, b) => b.units - a.units || Number(b.srcLang.toLowerCase() === headerSrc) - Number(a.srcLang.toLowerCase() === headerSrc));
}

/** The tag of `wanted` among `langs`: equal ignoring case, else the first with the same primary subtag. */
function matchLang(langs: readonly string[], wanted: string): string | undefined {
  const lower = wanted.toLowerCase();
  return langs.find((lang) => lang.toLowerCase() === lower) ?? langs.find((lang) => lang.toLowerCase().split('-')[0] === lower.split('-')[0]);
}

export function readTmxTree(root: XmlElement, refuse: Refuse, choice: TmxPairChoice): BilingualDocument {
  const header = firstChild(root, 'header');
  if (!header) refuse('invalid', 'it has no <header>', root.offset);
  const pairs = tmxLanguagePairsOf(root);
  if (pairs.length === 0) refuse('no-segments', 'it holds no translation unit in two languages');
  const headerSrc = header.attrs.srclang && header.attrs.srclang !== '*all*' ? header.attrs.srclang : undefined;
  const allLangs = [...new Set(pairs.map((pair) => pair.srcLang))];
  const srcLang = matchLang(allLangs, choice.srcLang ?? headerSrc ?? pairs[0]!.srcLang);
  const tgtLang = choice.tgtLang ? matchLang(allLangs, choice.tgtLang) : pairs.find((pair) => pair.srcLang === srcLang)?.tgtLang;
  const available = pairs.map((pair) => `${pair.srcLang} → ${pair.tgtLang}`).join(', ');
  if (!srcLang || !tgtLang || srcLang === tgtLang || !pairs.some((pair) => pair.srcLang === srcLang && pair.tgtLang === tgtLang)) {
    refuse('language-pair', `it has no translation units for ${choice.srcLang ?? srcLang ?? '?'} → ${choice.tgtLang ?? tgtLang ?? '?'} (it has ${available})`);
  }
  const segments: BilingualSegment[] = [];
  tus(root).forEach((tu, index) => {
    const variants = tuvs(tu);
    const source = variants.find((tuv) => tuvLang(tuv) === srcLang);
    const target = variants.find((tuv) => tuvLang(tuv) === tgtLang);
    if (!source || !target) return;
    const unitId = tu.attrs.tuid ?? String(index + 1);
    const id = segmentId('tmx', unitId, '');
    const content = (tuv: XmlElement) => {
      const seg = firstChild(tuv, 'seg');
      if (!seg) refuse('invalid', `a <tuv> of the translation unit ${unitId} has no <seg>`, tuv.offset);
      const read = readInline(seg, TMX_INLINE);
      checkPairs([read], TMX_INLINE, refuse, `the ${tuvLang(tuv)} text of translation unit ${unitId}`, seg.offset);
      return read;
    };
    const targetContent = content(target);
    const notes: SegmentNote[] = [tu, source, target].flatMap((element) =>
      childElements(element)
        .filter((child) => localName(child.name) === 'note')
        .map((note) => ({ text: exactTextOf(note), ...(element === tu ? {} : { annotates: element === source ? 'source' : 'target' }) })),
    );
    segments.push({ id, fileId: 'tmx', unitId, segmentKey: '', source: content(source), mtTarget: targetContent, target: targetContent, state: 'translated', originalState: '', notes });
  });
  return { format: 'tmx', version: '1.4', srcLang, tgtLang, files: [{ id: 'tmx', original: '', srcLang, tgtLang }], segments };
}
