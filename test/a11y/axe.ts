/**
 * Runs axe-core on a mounted story and describes its violations as text: rule, impact, where
 * (selectors, with `>>>` for each shadow root crossed) and axe's failure summary. Only strings
 * leave this module, never DOM nodes (see describeNode in test/support/assert.ts for why).
 */
// axe-core is a UMD bundle: loaded as a module it defines `window.axe`.
import 'axe-core/axe.min.js';
import type { AxeResults, CrossTreeSelector, NodeResult, Result, RunOptions } from 'axe-core';

interface Axe {
  run(context: Element, options: RunOptions): Promise<AxeResults>;
}

const axe = (window as unknown as { axe: Axe }).axe;

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export const AXE_OPTIONS: RunOptions = {
  runOnly: { type: 'tag', values: AXE_TAGS },
  rules: {
    // Tagged wcag22aa but disabled by default in axe-core 4.14: switched on explicitly.
    'target-size': { enabled: true },
    // Rules about a whole page, not about a component placed on one: a story is a fragment of a
    // page, so it has no <h1> of its own (a card's title is an <h3> by default), no <main> and no
    // landmark around its content. Only these three are off; every other rule of the tags runs.
    'page-has-heading-one': { enabled: false },
    region: { enabled: false },
    'landmark-one-main': { enabled: false },
  },
  // Only violations need their nodes; passes and inapplicable rules are still listed by id.
  resultTypes: ['violations'],
};

/** Rules every run must include (as passed, failed, to review or inapplicable). */
export const REQUIRED_RULES = ['target-size'];

export interface AxeReport {
  violations: Result[];
  /** Ids of every rule axe ran, whatever its outcome. */
  ran: string[];
}

let queue: Promise<unknown> = Promise.resolve();

/** axe on `container` and everything inside it, open shadow roots included. One run at a time. */
export function runAxe(container: Element): Promise<AxeReport> {
  const run = queue.then(async () => {
    const results = await axe.run(container, AXE_OPTIONS);
    const { passes, violations, incomplete, inapplicable } = results;
    return { violations, ran: [...passes, ...violations, ...incomplete, ...inapplicable].map((r) => r.id) };
  });
  queue = run.catch(() => undefined);
  return run;
}

const selector = (target: CrossTreeSelector): string =>
  Array.isArray(target) ? target.join(' >>> ') : String(target);

const nodeTarget = (node: NodeResult): string => node.target.map(selector).join(', ');

const indent = (text: string, by: string) =>
  text
    .split('\n')
    .map((line) => by + line)
    .join('\n');

/** One readable block per violation, one entry per failing node. */
export function describeViolations(violations: Result[]): string {
  return violations
    .map((violation) => {
      const head = `${violation.id} [${violation.impact ?? 'no impact'}] ${violation.help} (${violation.nodes.length} node${violation.nodes.length === 1 ? '' : 's'})\n  ${violation.helpUrl}`;
      const nodes = violation.nodes.map((node) => {
        const summary = node.failureSummary ?? '(no failure summary)';
        return `  - ${nodeTarget(node)}  [${node.impact ?? violation.impact ?? 'no impact'}]\n${indent(summary, '      ')}`;
      });
      return [head, ...nodes].join('\n');
    })
    .join('\n');
}

/**
 * Fails the test with `report` as its message. The stack is only the first line: Web Test Runner
 * prints a failure's message and then its stack, which would repeat the report a second time.
 */
export function failWith(report: string): never {
  const error = new Error(report);
  error.name = 'AxeViolations';
  error.stack = `${error.name}: ${report.split('\n')[0]}`;
  throw error;
}
