/**
 * The accessibility audit the journeys run on a page (issue 16): axe-core (the engine behind
 * Lighthouse's and most browsers' accessibility checks), injected into the page as it is, under the
 * app's strict CSP — `page.evaluate` runs through the DevTools protocol, which the page's CSP does not
 * govern, so no `bypassCSP` and no inline script are needed. It runs axe's default rules (WCAG 2.0,
 * 2.1 and 2.2 A and AA, and its best practices) plus `label-content-name-mismatch` (WCAG 2.5.3, a
 * visible label is part of the accessible name), which axe still ships as experimental. The journey
 * fails on every violation axe rates critical or serious; the moderate and minor ones are returned
 * for the journey to log. No rule is excluded.
 */
import { Page } from 'playwright-core';
import axe from 'axe-core';

/** The rules axe runs besides its default set. */
const EXTRA_RULES = { 'label-content-name-mismatch': { enabled: true } } as const;

/** One violation as a line a person can act on: rule, impact, what to fix and where. */
export interface AxeFinding {
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

/** Runs axe on the page as it is now; returns its violations, worst first. */
export async function axeViolations(page: Page): Promise<AxeFinding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const results = await page.evaluate(
    (rules) => (window as unknown as { axe: typeof axe }).axe.run(document, { rules, resultTypes: ['violations'] }),
    EXTRA_RULES,
  );
  const order = ['critical', 'serious', 'moderate', 'minor'];
  return results.violations
    .map((v) => ({
      rule: v.id,
      impact: v.impact ?? 'minor',
      help: v.help,
      targets: v.nodes.map((n) => `${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`),
    }))
    .sort((a, b) => order.indexOf(a.impact) - order.indexOf(b.impact));
}

/** The critical and serious violations of one page, named (`where`: "feed, phone"); logs the others. */
export async function blockingViolations(
  page: Page,
  where: string,
): Promise<{ where: string; violations: AxeFinding[] }[]> {
  const findings = await axeViolations(page);
  const blocking = findings.filter((f) => f.impact === 'critical' || f.impact === 'serious');
  const other = findings.filter((f) => !blocking.includes(f));
  if (other.length) console.log(`axe, ${where}: ${other.map((f) => `${f.rule} (${f.impact})`).join(', ')}`);
  return blocking.length ? [{ where, violations: blocking }] : [];
}

/**
 * What a journey audits along its way: `check` runs axe on the page as it is; `expectNone` fails,
 * listing every page, rule and element at once, when any was critical or serious.
 */
export function accessibilityAudit(): {
  check(page: Page, where: string): Promise<void>;
  expectNone(): void;
} {
  const found: { where: string; violations: AxeFinding[] }[] = [];
  const audited: string[] = [];
  return {
    async check(page, where) {
      audited.push(where);
      found.push(...(await blockingViolations(page, where)));
    },
    expectNone() {
      expect(audited.length).toBeGreaterThan(0);
      expect(found).toEqual([]);
    },
  };
}
