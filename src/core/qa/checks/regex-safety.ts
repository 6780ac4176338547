/**
 * True when a regular expression has a quantified group that itself contains a
 * variable quantifier ("(a+)+", "(?:\w+\s?)*", "((a+)b){2,}"): the shape behind
 * most catastrophic backtracking. A small scanner that knows escapes, character
 * classes and nesting; it does not try to prove the pattern safe (overlapping
 * alternatives like "(a|a)+" still pass), it only rejects the common traps.
 */
export function hasNestedQuantifier(pattern: string): boolean {
  // For each open group: does it contain a variable quantifier so far?
  const groups: boolean[] = [];
  let inClass = false;
  let i = 0;
  const variableQuantifierAt = (at: number): number => {
    const ch = pattern[at];
    if (ch === '+' || ch === '*') return 1;
    if (ch === '{') {
      const match = /^\{\d+,\d*\}/.exec(pattern.slice(at, at + 20));
      if (match) return match[0].length;
    }
    return 0;
  };
  while (i < pattern.length) {
    const ch = pattern[i]!;
    if (ch === '\\') {
      i += 2;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      i += 1;
      continue;
    }
    if (ch === '[') {
      inClass = true;
      i += 1;
      continue;
    }
    if (ch === '(') {
      groups.push(false);
      i += 1;
      continue;
    }
    if (ch === ')') {
      const inner = groups.pop() ?? false;
      const quantified = variableQuantifierAt(i + 1) > 0;
      if (inner && quantified) return true;
      if (groups.length > 0 && (inner || quantified)) groups[groups.length - 1] = true;
      i += 1;
      continue;
    }
    if (variableQuantifierAt(i) > 0 && groups.length > 0) groups[groups.length - 1] = true;
    i += 1;
  }
  return false;
}
