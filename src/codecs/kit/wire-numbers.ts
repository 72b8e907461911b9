/*
 * Numbers as Tencent sends them: decimal text (XML whitespace around it ignored) or JSON numbers,
 * read the same way, so `5.0` and `"5.0"` agree; what a JavaScript number cannot hold is refused.
 */

import * as t from 'io-ts'
import { issueSentence } from '../../errors'
import { stripXmlSpace } from '../../normalise/blank'
import { renderValue } from '../../render-value'
import { describe } from './describe'
import { NO, withFastPath } from './fast-path'

/** Decimal text: sign, digits with an optional point, optional exponent. Groups: sign, whole, fraction, exponent. */
const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/

/** The parts of decimal text, or `undefined` if it is not decimal text (hex, `Infinity`, blank…). */
const decimalParts = (s: string): { readonly digits: string; readonly point: number } | undefined => {
  const m = DECIMAL.exec(s)
  if (m === null) return undefined
  const [, , whole = '', fraction = '', exponent = '0'] = m
  if (whole === '' && fraction === '') return undefined
  return { digits: whole + fraction, point: whole.length + Number(exponent) }
}

const hasNonZero = (digits: string): boolean => /[1-9]/.test(digits)

/** Why a value read as a number is refused, past "it is not a number at all". */
type NumberProblem = 'overflow' | 'underflow' | 'fraction' | 'unsafe'

const PROBLEM_TEXT: Readonly<Record<NumberProblem, string>> = {
  overflow: 'is too large for a JavaScript number',
  underflow: 'is too small for a JavaScript number (it would be read as 0)',
  fraction: 'is not a whole number',
  unsafe: `is outside the safe integer range (±${Number.MAX_SAFE_INTEGER}), so a JavaScript number cannot hold it exactly`,
}

/**
 * Up to 15 ASCII digits (with one inner point when `whole` is false): the common case, read by
 * `Number` with no regular expression. Fifteen digits are below 2^53, so the value is exact, safe
 * and finite, and 0 only when every digit is 0: none of `readNumber`'s refusals can apply.
 * `undefined` for anything else, which `readNumber` then reads the long way.
 */
const plainNumber = (s: string, whole: boolean): number | undefined => {
  const n = s.length
  if (n === 0 || n > 15) return undefined
  let point = false
  for (let k = 0; k < n; k++) {
    const c = s.charCodeAt(k)
    if (c >= 0x30 && c <= 0x39) continue
    if (c !== 0x2e || whole || point || k === 0 || k === n - 1) return undefined
    point = true
  }
  return Number(s)
}

/**
 * Reads a number sent as text (XML whitespace around it ignored) or as a JSON number, the same way
 * for both: `5.0` and `"5.0"` agree. Returns the number, a problem, or `undefined` for "not a number".
 */
const readNumber = (u: unknown, whole: boolean): number | NumberProblem | undefined => {
  let n: number
  if (typeof u === 'number') {
    if (!Number.isFinite(u)) return 'overflow'
    n = u
    if (whole && !Number.isInteger(n)) return 'fraction'
  } else if (typeof u === 'string') {
    const plain = plainNumber(u, whole)
    if (plain !== undefined) return plain
    const text = stripXmlSpace(u)
    const parts = decimalParts(text)
    if (parts === undefined) return undefined
    n = Number(text)
    if (!Number.isFinite(n)) return 'overflow'
    if (n === 0 && hasNonZero(parts.digits)) return 'underflow'
    if (whole && hasNonZero(parts.digits.slice(Math.max(parts.point, 0)))) return 'fraction'
  } else return undefined
  return whole && !Number.isSafeInteger(n) ? 'unsafe' : n
}

/** A number codec over `readNumber`; encodes as text. */
const numeric = (name: string, whole: boolean, expected: string): t.Type<number, string, unknown> =>
  withFastPath(
    describe(
      new t.Type<number, string, unknown>(
        name,
        (u): u is number => typeof u === 'number' && (whole ? Number.isSafeInteger(u) : Number.isFinite(u)),
        (u, c) => {
          const n = readNumber(u, whole)
          if (typeof n === 'number') return t.success(n)
          const received = renderValue(u)
          return t.failure(
            u,
            c,
            n === undefined || n === 'fraction'
              ? issueSentence(expected, received)
              : issueSentence(expected, received, `the value ${PROBLEM_TEXT[n]}`),
          )
        },
        (n) => String(n),
      ),
      expected,
    ),
    (u) => {
      const n = readNumber(u, whole)
      return typeof n === 'number' ? n : NO
    },
  )

/**
 * A decimal number sent as text (`"13.653"`, `"100"`, XML whitespace around it ignored), or as a
 * JSON number (Tencent's stray `"JobLevel": 0`). Hex, `Infinity`, blanks, and values too large or
 * too small for a JavaScript number are refused. Encodes as text.
 *
 * @example
 * import { NumberFromWire } from 'tencent-ci-callback/codecs'
 * NumberFromWire.decode('70.413000') // Right(70.413)
 */
export const NumberFromWire = numeric('NumberFromWire', false, 'a number like "830.482"')
/** The static type of the `NumberFromWire` codec. */
export type NumberFromWire = t.TypeOf<typeof NumberFromWire>

/**
 * A whole number sent as text (`"5"`, `"007"`, `"5.0"`, XML whitespace around it ignored) or as a
 * JSON number with no fraction (`5`, `5.0`): text and JSON agree. A value outside the safe integer
 * range (±2^53 − 1) is refused with a message saying so. Encodes as text.
 *
 * @example
 * import { IntegerFromWire } from 'tencent-ci-callback/codecs'
 * IntegerFromWire.decode('1280') // Right(1280)
 */
export const IntegerFromWire = numeric('IntegerFromWire', true, 'a whole number like "5"')
/** The static type of the `IntegerFromWire` codec. */
export type IntegerFromWire = t.TypeOf<typeof IntegerFromWire>
