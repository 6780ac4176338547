import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

const AXE = createRequire(__filename).resolve('axe-core/axe.min.js');
let source: string | null = null;

/** One axe-core rule broken inside the checked element: which rule, and where, and why. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string; summary: string }>;
}

/**
 * Runs axe-core (its default rules) over the first element matching `selector`, or the whole
 * document without one. axe's source is evaluated through DevTools: the app's CSP refuses
 * injected scripts.
 */
export async function axeReport(page: Page, selector?: string): Promise<AxeViolation[]> {
  source ??= readFileSync(AXE, 'utf8');
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(source);
  return page.evaluate(async (selector) => {
    interface Result {
      violations: Array<{ id: string; impact?: string | null; help: string; nodes: Array<{ target: unknown[]; failureSummary?: string }> }>;
    }
    const axe = (window as unknown as { axe: { run(context: Element | Document): Promise<Result> } }).axe;
    const context = selector ? document.querySelector(selector) : document;
    if (!context) throw new Error(`axe: nothing matches ${selector}`);
    const { violations } = await axe.run(context);
    return violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      nodes: violation.nodes.map((node) => ({
        target: node.target.map((part) => (Array.isArray(part) ? part.join(' >> ') : String(part))).join(' >> '),
        summary: (node.failureSummary ?? '').replace(/\s+/g, ' ').trim(),
      })),
    }));
  }, selector ?? null);
}

/** axe-core's rule ids violated inside `selector`. */
export async function axeViolations(page: Page, selector?: string): Promise<string[]> {
  return (await axeReport(page, selector)).map((violation) => violation.id);
}

/** A report as lines to read in a failed assertion: the rule, then each element and what is wrong with it. */
export function describeViolations(violations: AxeViolation[]): string[] {
  return violations.flatMap((violation) => [
    `${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help}`,
    ...violation.nodes.map((node) => `  ${node.target}: ${node.summary}`),
  ]);
}
