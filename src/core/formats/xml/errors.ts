/**
 * The one error the XML layer throws for input that is not well-formed (or not
 * namespace-well-formed), and how an offset in a text becomes a line and a column.
 */

interface XmlPosition {
  /** 1-based; lines end at \n (a \r\n pair is one line end). */
  readonly line: number;
  /** 1-based, in UTF-16 code units from the start of the line. */
  readonly column: number;
}

/** Not well-formed XML. `detail` says why; `line` and `column` say where (1-based), `offset` as a string index. */
export class XmlSyntaxError extends Error {
  override readonly name = 'XmlSyntaxError';
  readonly detail: string;
  readonly line: number;
  readonly column: number;
  readonly offset: number;

  constructor(detail: string, position: XmlPosition & { offset: number }) {
    super(`line ${position.line}, column ${position.column}: ${detail}`);
    this.detail = detail;
    this.line = position.line;
    this.column = position.column;
    this.offset = position.offset;
  }
}

/** The line and column of a string index (as XmlElement.offset gives it). */
export function positionAt(text: string, offset: number): XmlPosition {
  let line = 1;
  let lineStart = 0;
  for (let at = text.indexOf('\n'); at >= 0 && at < offset; at = text.indexOf('\n', at + 1)) {
    line += 1;
    lineStart = at + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
