import { hasNestedQuantifier } from './regex-safety';
import { makeFinding, type Check, type CheckContext, type ConfigProblem, type Finding, type UserPattern } from '../finding';

/**
 * The translator's own regular expressions, each with its message, severity
 * and category. A pattern that does not compile, has bad flags, or is shaped
 * for catastrophic backtracking is reported as a configuration problem and
 * skipped; running never throws.
 *
 * JavaScript regexes cannot be interrupted, so the guards are: a length limit,
 * rejecting nested quantifiers ("(a+)+", "(\w+\s?)*": the classic exponential
 * shapes, see regex-safety.ts), at most MAX_MATCHES findings per pattern, and
 * stepping over empty matches (at most MAX_EMPTY_MATCHES) so a zero-width
 * pattern cannot loop. The worker that runs the checks
 * is the last line of defence: it can be terminated if a pattern still hangs.
 */

const MAX_PATTERN_LENGTH = 500;
export const MAX_MATCHES = 1000;
const ALLOWED_FLAGS = /^[gimsuyvd]*$/;
/** Zero-width matches allowed per pattern before it is given up on (each costs one exec). */
const MAX_EMPTY_MATCHES = 100_000;

interface Compiled {
  ruleId: string;
  regex: RegExp;
  source: UserPattern;
}

function ruleIdOf(pattern: UserPattern): string {
  return pattern.id ?? pattern.pattern;
}

/** Compiles the usable patterns and describes the rest; shared by run() and problems(). */
export function compileUserPatterns(patterns: readonly UserPattern[]): { compiled: Compiled[]; problems: ConfigProblem[] } {
  const compiled: Compiled[] = [];
  const problems: ConfigProblem[] = [];
  for (const pattern of patterns) {
    const ruleId = ruleIdOf(pattern);
    const problem = (message: string): void => {
      problems.push({ checkId: 'user-regex', ruleId, message: `Pattern “${pattern.pattern}”: ${message}` });
    };
    if (pattern.pattern === '') {
      problem('empty pattern');
      continue;
    }
    if (pattern.pattern.length > MAX_PATTERN_LENGTH) {
      problem(`longer than ${MAX_PATTERN_LENGTH} characters`);
      continue;
    }
    const flags = pattern.flags ?? '';
    if (!ALLOWED_FLAGS.test(flags)) {
      problem(`unknown flags “${flags}”`);
      continue;
    }
    if (hasNestedQuantifier(pattern.pattern)) {
      problem('a repeated group that contains a repetition can take forever; simplify it');
      continue;
    }
    const finalFlags = [...new Set(`${flags.replace(/[gy]/g, '')}g`)].join('');
    try {
      compiled.push({ ruleId, regex: new RegExp(pattern.pattern, finalFlags), source: pattern });
    } catch (error) {
      problem(error instanceof Error ? error.message : 'not a valid regular expression');
    }
  }
  return { compiled, problems };
}

export const userRegex: Check = {
  id: 'user-regex',
  label: 'Custom patterns',
  description: 'Your own regular expressions, each with its message.',
  defaultEnabled: true,
  run(text, context: CheckContext) {
    const findings: Finding[] = [];
    for (const { ruleId, regex, source } of compileUserPatterns(context.userPatterns ?? []).compiled) {
      regex.lastIndex = 0;
      let count = 0;
      let empty = 0;
      let match: RegExpExecArray | null;
      while (count < MAX_MATCHES && empty < MAX_EMPTY_MATCHES && (match = regex.exec(text)) !== null) {
        if (match[0] === '') {
          empty += 1;
          // Step over a whole code point so a zero-width match neither loops nor splits a surrogate pair.
          const code = text.codePointAt(match.index) ?? 0;
          regex.lastIndex = match.index + (code > 0xffff ? 2 : 1);
          continue;
        }
        count += 1;
        findings.push(
          makeFinding(text, {
            checkId: this.id,
            ruleId,
            message: source.message,
            start: match.index,
            end: match.index + match[0].length,
            severityHint: source.severity ?? 'minor',
            categoryHint: source.category ?? 'style',
          }),
        );
      }
    }
    return findings;
  },
  problems(context) {
    return compileUserPatterns(context.userPatterns ?? []).problems;
  },
};
