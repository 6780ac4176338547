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
