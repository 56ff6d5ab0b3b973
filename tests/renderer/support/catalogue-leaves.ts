import type { Catalogue } from '../../../src/renderer/src/i18n/catalogues';
import type { FeatureNamespace } from '../../../src/renderer/src/i18n/feature-namespaces';

/** Every leaf as [dotted key, value]; a non-string leaf (array, number) is reported as such. */
export function leaves(tree: unknown, prefix = ''): [string, unknown][] {
  if (typeof tree !== 'object' || tree === null || Array.isArray(tree)) return [[prefix, tree]];
  return Object.entries(tree).flatMap(([key, value]) =>
    leaves(value, prefix ? `${prefix}.${key}` : key),
  );
}

/** One group of a namespace (`reasons`, `auditActions`, `formErrors`), empty where it has none. */
export function group(
  catalogue: Catalogue,
  namespace: FeatureNamespace,
  name: 'reasons' | 'auditActions' | 'formErrors',
): Record<string, unknown> {
  const messages: Record<string, unknown> = catalogue[namespace];
  return (messages[name] ?? {}) as Record<string, unknown>;
}
