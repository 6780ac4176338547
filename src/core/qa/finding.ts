import type { Severity } from '../model';
import type { MqmCategoryId } from '../mqm/typology';

/**
 * What an automatic check reports. Offsets are UTF-16 code-unit offsets into the
 * article's plain text (the same space as TextPositionSelector), end exclusive,
 * and quote is always text.slice(start, end).
 */
export interface Finding {
  checkId: string;
  /** Distinguishes rules inside one check (a user pattern), so their keys never collide. */
  ruleId?: string;
  message: string;
  start: number;
  end: number;
  quote: string;
  /** Replacement for the quote that fixes the problem, when there is an obvious one. */
  suggestion?: string;
  /** Defaults for the Flag the translator may turn this finding into. */
  severityHint: Severity;
  categoryHint: MqmCategoryId;
}

/**
 * A finding with its stable key: check (and rule) id, quote and the index of this
 * quote among the same check's findings. Edits elsewhere in the article move the
 * offsets but not the key, so a dismissal stays attached to its finding.
 */
export interface KeyedFinding extends Finding {
  key: string;
}

/**
 * A glossary term as the checks see it. Only preferred and forbidden are
 * required (the forbidden-rendering check needs nothing else); the consistency
 * checks use the source and what the MT wrote (target) when they are given.
 */
export interface GlossaryEntry {
  /** The term's id, so a finding can lead back to it. */
  termId?: string;
  /** Source-language term (e.g. the Chinese); entries sharing it are one concept. */
  source?: string;
  /** The rendering the MT produced. */
  target?: string;
  /** The rendering the translator wants; empty when none is agreed. */
  preferred: string;
  forbidden: readonly string[];
}

export interface UserPattern {
  /** Stable id from settings; the pattern text is used when absent. */
  id?: string;
  pattern: string;
  /** JavaScript flags; "g" is implied, "y" is ignored. */
  flags?: string;
  message: string;
  severity?: Severity;
  category?: MqmCategoryId;
}

export interface CheckContext {
  glossary?: readonly GlossaryEntry[];
  userPatterns?: readonly UserPattern[];
}

/** A problem with the user's settings (a regex that does not compile), not with the text. */
export interface ConfigProblem {
  checkId: string;
  ruleId?: string;
  message: string;
}

export interface Check {
  id: string;
  label: string;
  description: string;
  defaultEnabled: boolean;
  /** Pure and total: never throws on any text; linear in the text's length. */
  run(text: string, context: CheckContext): Finding[];
  /** Reports settings this check cannot use; it skips them when running. */
  problems?(context: CheckContext): ConfigProblem[];
}

/** Builds a finding whose quote is taken from the text, so quote and offsets cannot disagree. */
export function makeFinding(
  text: string,
  fields: Omit<Finding, 'quote'>,
): Finding {
  return { ...fields, quote: text.slice(fields.start, fields.end) };
}
