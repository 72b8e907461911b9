/**
 * Whether the secret a request carries (the `<secret>` segment of `/ci-callback/<secret>`) is the
 * one you gave Tencent, compared in time that depends only on the expected secret's length, so an
 * attacker cannot find it one character at a time by timing the answers.
 *
 * Tencent signs no CI callback, so this check is what stands between the public internet and your
 * handler: answer 404 when it is false. An `expected` that is empty or `undefined` (an unset
 * environment variable) matches nothing, so a missing secret never opens the route. Plain
 * JavaScript, no `node:` module: it works in Node, Workers, Deno and Bun alike. Never throws.
 *
 * @example
 * import { secretMatches } from 'tencent-ci-callback'
 * const allowed = secretMatches('s3cret-from-the-path', process.env.CI_CALLBACK_SECRET)
 * secretMatches('s3cret', 's3cret') // true
 * secretMatches('', undefined) // false: with no secret set, nothing matches
 *
 * @param received - The secret as the request sent it; `undefined` (no segment) never matches.
 * @param expected - Your secret; empty or `undefined` never matches.
 */
export const secretMatches = (received: string | undefined, expected: string | undefined): boolean => {
  if (typeof expected !== 'string' || expected.length === 0) return false
  const given = typeof received === 'string' ? received : ''
  // Every code unit of `expected` is compared, whatever `given` holds; differences are OR-ed
  // together without a branch, and a length difference counts as one.
  let diff = given.length === expected.length ? 0 : 1
  for (let i = 0; i < expected.length; i++) {
    const g = i < given.length ? given.charCodeAt(i) : 0x10000
    diff |= g ^ expected.charCodeAt(i)
  }
  return diff === 0
}
