/**
 * Which bilingual format a file is, from its content (root element, namespace, version), never
 * from its extension: XLIFF 1.2, Trados .sdlxliff (XLIFF 1.2 with the SDL namespace), XLIFF
 * 2.0/2.1, TMX 1.4. Reads only up to the root start tag.
 */
import type { BilingualFormat } from '../../bilingual/types';
import { localName } from '../xml';
import type { XmlElement } from '../xml';
import { parseBilingualXml } from './guard';
import type { Refuse } from './guard';
import { SDL_NAMESPACE, XLIFF12_NAMESPACE } from './units-12';

export const XLIFF2_NAMESPACE = 'urn:oasis:names:tc:xliff:document:2.0';

export interface DetectedFormat {
  readonly format: BilingualFormat;
  readonly version: string;
}

/** Stops the parser once the root is known. */
class RootSeen {
  constructor(readonly detected: DetectedFormat) {}
}

/** The format of a parsed root element; refuses a wrong root or an unknown version. */
export function formatOfRoot(root: XmlElement, refuse: Refuse): DetectedFormat {
  const local = localName(root.name);
  const version = root.attrs.version;
  if (local === 'xliff' && (root.uri === XLIFF12_NAMESPACE || root.uri === '' || root.uri === XLIFF2_NAMESPACE)) {
    if (version === undefined) refuse('unknown-version', 'its <xliff> element has no version', root.offset);
    if (root.uri === XLIFF2_NAMESPACE) {
      if (version !== '2.0' && version !== '2.1') refuse('unknown-version', `it is XLIFF version “${version}”; Glossa reads XLIFF 1.2, 2.0 and 2.1`, root.offset);
      return { format: 'xliff-2', version };
    }
    if (version !== '1.2') refuse('unknown-version', `it is XLIFF version “${version}”; Glossa reads XLIFF 1.2, 2.0 and 2.1`, root.offset);
    const sdl = Object.values(root.namespaces).includes(SDL_NAMESPACE) || Object.entries(root.attrs).some(([name, value]) => name.startsWith('xmlns:') && value === SDL_NAMESPACE);
    return { format: sdl ? 'sdlxliff' : 'xliff-1.2', version };
  }
  if (local === 'tmx' && root.uri === '') {
    if (version !== '1.4') refuse('unknown-version', `it is TMX version “${version ?? '(none)'}”; Glossa reads TMX 1.4`, root.offset);
    return { format: 'tmx', version };
  }
  const namespace = root.uri === '' ? '' : ` in the namespace “${root.uri}”`;
  return refuse('wrong-root', `it is not an XLIFF or TMX file (the root element is <${root.name}>${namespace})`, root.offset);
}

/** Detects the format of `text`, reading no further than its root start tag. */
export function detectBilingualFormat(text: string, fileName: string): DetectedFormat {
  try {
    parseBilingualXml(text, fileName, (root, refuse) => {
      throw new RootSeen(formatOfRoot(root, refuse));
    });
  } catch (error) {
    if (error instanceof RootSeen) return error.detected;
    throw error;
  }
  throw new Error('unreachable: a parsed document has a root');
}

/** The extensions CAT tools give bilingual files (the content decides; these only offer them in the dialog). */
export const BILINGUAL_EXTENSIONS = ['xlf', 'xliff', 'sdlxliff', 'mqxliff', 'mxliff', 'tmx'] as const;

const SNIFF_CHARS = 4096;

/**
 * Whether a file should be read as XLIFF or TMX: its extension says so, or (whatever its name)
 * its first element, after the XML declaration, comments and processing instructions, is
 * <xliff> or <tmx>. Cheap: it decodes at most the first 4 KB. A file that only claims to be
 * XLIFF by its extension still goes to the XLIFF reader, which says what is wrong with it.
 */
export function looksLikeBilingual(fileName: string, bytes: Uint8Array): boolean {
  const extension = fileName.toLowerCase().split('.').pop() ?? '';
  if ((BILINGUAL_EXTENSIONS as readonly string[]).includes(extension)) return true;
  const head = bytes.subarray(0, SNIFF_CHARS);
  let text: string;
  if (head[0] === 0xff && head[1] === 0xfe) text = new TextDecoder('utf-16le').decode(head);
  else if (head[0] === 0xfe && head[1] === 0xff) text = new TextDecoder('utf-16be').decode(head);
  else text = new TextDecoder('utf-8').decode(head);
  const rest = text.replace(/^\uFEFF/, '').replace(/^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->)*/, '');
  return /^<(?:[\w.-]+:)?(?:xliff|tmx)[\s>/]/.test(rest);
}
