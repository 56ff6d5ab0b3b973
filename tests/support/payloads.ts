/**
 * Hostile text for every field a template prints (issue 10, safety): markup, event attributes,
 * a script URL, a word too long for any line, bidi and zero-width characters, and a way out of a
 * style element. The templates' tests put each one through every string field of both models;
 * the e2e can send them through the forms.
 */
export const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '" onmouseover="x',
  'javascript:alert(1)',
  'ก'.repeat(500),
  'W'.repeat(500),
  'สวัสดี\u202Eอ่านกลับด้าน\u202C',
  'ศูนย์\u200Bกว้าง\u200Bศูนย์',
  '</style><script>alert(1)</script>',
] as const;

/**
 * Every string in `value` replaced by `payload`, except the keys named in `keep` (codes the
 * templates branch on, such as `kind`). Arrays keep their length; booleans and numbers stay.
 */
export function withPayload<T>(value: T, payload: string, keep: readonly string[] = ['kind']): T {
  const walk = (node: unknown, key: string | null): unknown => {
    if (typeof node === 'string') return key !== null && keep.includes(key) ? node : payload;
    if (Array.isArray(node)) return node.map((item) => walk(item, null));
    if (node !== null && typeof node === 'object') {
      return Object.fromEntries(
        Object.entries(node).map(([childKey, child]) => [childKey, walk(child, childKey)]),
      );
    }
    return node;
  };
  return walk(value, null) as T;
}
