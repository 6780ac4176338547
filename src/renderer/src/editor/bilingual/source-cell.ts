// Renderer (editor): the text of a segment's source cell, which Lexical does not manage (tag tokens
// left out), and DOM ranges over it: for the source side's term highlights and Find in the source.
/** The source cell's text nodes (tag tokens left out) and where each starts in their joined text. */
export function sourceText(cell: HTMLElement): { text: string; nodes: { node: Text; start: number }[] } {
  const nodes: { node: Text; start: number }[] = [];
  let text = '';
  for (const child of cell.childNodes) {
    if (child.nodeType !== Node.TEXT_NODE) continue;
    nodes.push({ node: child as Text, start: text.length });
    text += (child as Text).data;
  }
  return { text, nodes };
}

export function rangeOf(nodes: readonly { node: Text; start: number }[], start: number, end: number): Range | null {
  const at = (offset: number, preferEnd: boolean) => {
    for (let index = nodes.length - 1; index >= 0; index -= 1) {
      const { node, start: from } = nodes[index]!;
      if (offset > from || (offset === from && !preferEnd)) return { node, offset: Math.min(offset - from, node.data.length) };
    }
    return nodes[0] ? { node: nodes[0].node, offset: 0 } : null;
  };
  const from = at(start, false);
  const to = at(end, true);
  if (!from || !to) return null;
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}
