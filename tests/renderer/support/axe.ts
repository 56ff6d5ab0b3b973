import axe from 'axe-core';

const BLOCKING = new Set(['serious', 'critical']);

/**
 * axe-core's default rules on what jsdom rendered, failing on `serious` and `critical` as the e2e
 * check does (tests/e2e/a11y.ts). jsdom has no layout: colour contrast is left to the e2e stories.
 */
export async function blockingAxeViolations(root: Element = document.body) {
  const { violations } = await axe.run(root, { rules: { 'color-contrast': { enabled: false } } });
  return violations
    .filter((violation) => BLOCKING.has(violation.impact ?? ''))
    .map((violation) => ({
      rule: violation.id,
      nodes: violation.nodes.map((node) => node.html.slice(0, 160)),
    }));
}
