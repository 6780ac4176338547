/**
 * Reading a bilingual file: detect the format from the content, parse it once with the XML
 * layer (strict, no DTD), and read it as XLIFF 1.2/.sdlxliff, XLIFF 2.x or TMX 1.4. Anything
 * wrong with the file is a BilingualFormatError naming it; nothing else leaves readBilingual.
 */
import type { BilingualDocument } from '../../bilingual/types';
import { readTmxTree, tmxLanguagePairsOf } from '../tmx/read';
import type { TmxLanguagePair, TmxPairChoice } from '../tmx/read';
import { formatOfRoot } from './detect';
import type { DetectedFormat } from './detect';
import { guarded, parseBilingualXml, refuser } from './guard';
import { readXliff12Tree } from './read-12';
import { readXliff2Tree } from './read-20';

export interface ReadBilingualOptions {
  /** TMX only: the language pair to read (default: the header's srclang and the first other language). */
  readonly languages?: TmxPairChoice;
}

/** Reads an XLIFF 1.2, .sdlxliff, XLIFF 2.0/2.1 or TMX 1.4 file into the bilingual model. */
export function readBilingual(text: string, fileName: string, options: ReadBilingualOptions = {}): BilingualDocument {
  return guarded(fileName, 'XLIFF or TMX', () => {
    let detected: DetectedFormat | undefined;
    const root = parseBilingualXml(text, fileName, (element, refuse) => {
      detected = formatOfRoot(element, refuse);
    });
    const refuse = refuser(fileName, text);
    const { format, version } = detected!;
    if (format === 'tmx') return readTmxTree(root, refuse, options.languages ?? {});
    if (format === 'xliff-2') return readXliff2Tree(root, refuse, version);
    return readXliff12Tree(root, refuse, format === 'sdlxliff');
  });
}

/** The language pairs of a TMX file, for the reviewer to choose one (most translation units first). */
export function tmxLanguagePairs(text: string, fileName: string): TmxLanguagePair[] {
  return guarded(fileName, 'TMX', () => {
    const root = parseBilingualXml(text, fileName, (element, refuse) => {
      if (formatOfRoot(element, refuse).format !== 'tmx') refuse('wrong-root', `it is not a TMX file (the root element is <${element.name}>)`, element.offset);
    });
    return tmxLanguagePairsOf(root);
  });
}
