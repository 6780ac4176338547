/**
 * The check every XML reader runs before parsing: an internal DTD subset or any entity
 * declaration is refused (billion laughs, external entities), by name and place. A bare external
 * DOCTYPE is let through: it is never loaded. Upper case is the only well-formed spelling;
 * lower case is refused as firmly.
 */

/** The offset of the first DTD subset or entity declaration in `text`, or undefined when it has none. */
export function dtdDeclarationAt(text: string): number | undefined {
  for (let at = text.indexOf('<!'); at >= 0; at = text.indexOf('<!', at + 2)) {
    const keyword = text.slice(at + 2, at + 9).toUpperCase();
    if (keyword.startsWith('ENTITY')) return at;
    if (keyword === 'DOCTYPE') {
      const subset = text.indexOf('[', at);
      if (subset >= 0 && subset < text.indexOf('>', at)) return at;
    }
  }
  return undefined;
}
