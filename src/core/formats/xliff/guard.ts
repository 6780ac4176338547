/**
 * The checks every bilingual reader (XLIFF 1.2, 2.x, TMX) makes before and while parsing: size,
 * emptiness, DTD and entity declarations, well-formedness (line and column from the XML layer),
 * each turned into a BilingualFormatError that names the file.
 */
import { BilingualFormatError } from '../../bilingual/errors';
import type { BilingualErrorCode } from '../../bilingual/errors';
import { dtdDeclarationAt, parseXml, positionAt, XmlSyntaxError } from '../xml';
import type { XmlElement } from '../xml';

/** A 10,000-segment XLIFF of ~200k words with tags is about 8 MB; this leaves room for several times that. */
export const MAX_BILINGUAL_BYTES = 60 * 1024 * 1024;

/** Throws a BilingualFormatError for this file. */
export type Refuse = (code: BilingualErrorCode, reason: string, at?: number) => never;

export function refuser(fileName: string, text: string): Refuse {
  return (code, reason, at) => {
    const position = at === undefined ? undefined : positionAt(text, at);
    const where = position ? ` (line ${position.line}, column ${position.column})` : '';
    throw new BilingualFormatError(fileName, code, `${reason}${where}.`, position ? { line: position.line, column: position.column } : undefined);
  };
}

function utf8Length(text: string): number {
  // Cheap upper bound first: 3 bytes per UTF-16 unit is the most a BMP character takes.
  if (text.length * 3 <= MAX_BILINGUAL_BYTES) return text.length;
  return new TextEncoder().encode(text).length;
}

/**
 * Parses `text` strictly (namespaces too), keeping whitespace as written, after the size, empty
 * and DTD checks; `onRoot` may refuse the file before the rest is read.
 */
export function parseBilingualXml(text: string, fileName: string, onRoot?: (root: XmlElement, refuse: Refuse) => void): XmlElement {
  const refuse = refuser(fileName, text);
  const bytes = utf8Length(text);
  if (bytes > MAX_BILINGUAL_BYTES) refuse('too-large', `it is ${(bytes / 1048576).toFixed(1)} MB, larger than the ${MAX_BILINGUAL_BYTES / 1048576} MB Glossa reads as a bilingual file`);
  if (!/[^\s\uFEFF]/.test(text)) refuse('empty', 'it is empty');
  const dtd = dtdDeclarationAt(text);
  if (dtd !== undefined) refuse('dtd', 'it declares a DTD or entities, which Glossa never loads', dtd);
  try {
    return parseXml(text, { keepWhitespace: true, onRoot: onRoot ? (root) => onRoot(root, refuse) : undefined });
  } catch (error) {
    if (error instanceof XmlSyntaxError) {
      throw new BilingualFormatError(fileName, 'malformed', `it is not well-formed XML (line ${error.line}, column ${error.column}: ${error.detail}).`, {
        cause: error,
        line: error.line,
        column: error.column,
      });
    }
    throw error;
  }
}

/** Wraps a reader so nothing but BilingualFormatError leaves it. */
export function guarded<T>(fileName: string, what: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof BilingualFormatError) throw error;
    throw new BilingualFormatError(fileName, 'unreadable', `it could not be read as ${what}.`, { cause: error });
  }
}
