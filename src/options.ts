import * as E from 'fp-ts/lib/Either.js'
import { invalidArgument, type InvalidArgument } from './errors'
import { renderValue, shorten } from './render-value'

/**
 * Options for `parseCallback`. Every field is optional; the defaults suit Tencent's callbacks.
 *
 * @example
 * import { parseCallback } from 'tencent-ci-callback'
 * parseCallback('<Response/>', 'application/xml', { maxBytes: 8 }) // Left(LimitExceeded): 11 bytes
 */
export interface ParseOptions {
  /** Largest body accepted, in bytes (UTF-8 for string bodies), checked before anything else. Default 4 MiB. */
  readonly maxBytes?: number
  /** Deepest nesting accepted: XML elements, or JSON objects and arrays. Default 100, at most 1000. */
  readonly maxDepth?: number
  /**
   * Most items in any one list: an XML element repeated under one parent, or a JSON array (so
   * `JobsDetail` jobs too), counted as received. Default 10 000, at most 1 000 000.
   */
  readonly maxItems?: number
  /** Longest text value (XML element text or JSON string; XML attributes are dropped), in UTF-16 units. Default 1 MiB (1 048 576), at most 2^30. */
  readonly maxTextLength?: number
  /**
   * What to do with an `EventName` or a job `Tag` this version does not know: `'keep'` (default)
   * decodes it to an explicit unknown variant (`EventName: 'Unknown'`, `Tag: 'Unknown'`);
   * `'reject'` makes it an `InvalidPayload` naming the field.
   */
  readonly unknown?: UnknownPolicy
  /**
   * The `X-Ci-Content-Version` header of a content-moderation callback (`Simple` or `Detail`), as a
   * cross-check only: the body decides the version, and a moderation body of the other version is an
   * `InvalidPayload`. Other values, and bodies that are not moderation results, are not checked.
   */
  readonly contentVersion?: string | null | undefined
  /**
   * What to do with a value that fails an optional field's codec (an ffprobe `N/A` where a number
   * is documented, a time in another format, two nodes where one is documented): `'drop'`
   * (default) leaves out the smallest unit that may be left out (the optional field, or the list
   * item, holding it), decodes the callback, and reports each value left out in `Dropped`, raw
   * value included; `'reject'` refuses the whole callback, listing every issue. Required fields
   * (the callback's own, and each job's: `JobId`, `Tag`, `CreationTime`, `Operation`…) refuse the
   * callback either way: a job is never dropped.
   */
  readonly invalidFields?: InvalidFieldsPolicy
}

/**
 * `'drop'` leaves invalid optional values out of a callback and reports them in `Dropped`;
 * `'reject'` refuses the callback.
 *
 * @example
 * import type { InvalidFieldsPolicy } from 'tencent-ci-callback'
 * const inTests: InvalidFieldsPolicy = 'reject'
 */
export type InvalidFieldsPolicy = 'drop' | 'reject'

/**
 * `'keep'` decodes unknown event names and job Tags to unknown variants; `'reject'` refuses them.
 *
 * @example
 * import type { UnknownPolicy } from 'tencent-ci-callback'
 * const strict: UnknownPolicy = 'reject'
 */
export type UnknownPolicy = 'keep' | 'reject'

/** `ParseOptions` with every default filled in. */
export interface ResolvedOptions {
  readonly maxBytes: number
  readonly maxDepth: number
  readonly maxItems: number
  readonly maxTextLength: number
  /** Absent means `'keep'`. */
  readonly unknown?: UnknownPolicy
  /** Absent means no cross-check. */
  readonly contentVersion?: 'Simple' | 'Detail'
  /** Absent means `'drop'`. */
  readonly invalidFields?: 'reject'
}

/**
 * The most `maxDepth` may be: parsing and normalising recurse once per level, so a higher
 * limit would let a hostile body exhaust the stack.
 *
 * @example
 * import { MAX_DEPTH_LIMIT, parseCallback } from 'tencent-ci-callback'
 * parseCallback('<Response/>', 'application/xml', { maxDepth: MAX_DEPTH_LIMIT + 1 }) // Left(InvalidArgument)
 */
export const MAX_DEPTH_LIMIT = 1000

/**
 * The most `maxItems` may be.
 *
 * @example
 * import { MAX_ITEMS_LIMIT, parseCallback } from 'tencent-ci-callback'
 * parseCallback('<Response/>', 'application/xml', { maxItems: MAX_ITEMS_LIMIT + 1 }) // Left(InvalidArgument)
 */
export const MAX_ITEMS_LIMIT = 1_000_000

/**
 * The most `maxTextLength` may be (2^30 UTF-16 units, beyond any string V8 can build).
 *
 * @example
 * import { MAX_TEXT_LENGTH_LIMIT, parseCallback } from 'tencent-ci-callback'
 * parseCallback('<Response/>', 'application/xml', { maxTextLength: MAX_TEXT_LENGTH_LIMIT + 1 }) // Left(InvalidArgument)
 */
export const MAX_TEXT_LENGTH_LIMIT = 2 ** 30

/**
 * The defaults used for options left out.
 *
 * @example
 * import { DEFAULT_OPTIONS } from 'tencent-ci-callback'
 * DEFAULT_OPTIONS.maxBytes // 4194304
 */
export const DEFAULT_OPTIONS: ResolvedOptions = Object.freeze({
  maxBytes: 4 * 1024 * 1024,
  maxDepth: 100,
  maxItems: 10_000,
  maxTextLength: 1024 * 1024,
})

const isRecord = (u: unknown): u is Readonly<Record<string, unknown>> =>
  typeof u === 'object' && u !== null && !Array.isArray(u)

const positiveInteger = (
  options: Readonly<Record<string, unknown>>,
  key: 'maxBytes' | 'maxDepth' | 'maxItems' | 'maxTextLength',
  max: number,
): E.Either<InvalidArgument, number> => {
  const value = options[key]
  if (value === undefined) return E.right(DEFAULT_OPTIONS[key])
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 && value <= max
    ? E.right(value)
    : E.left(
        invalidArgument(
          'options',
          renderValue(value),
          `options.${key} must be a whole number from 1 to ${max}, received ${renderValue(value)}`,
        ),
      )
}

/** The answer for no options, the usual call: built once. */
const DEFAULTS: E.Either<InvalidArgument, ResolvedOptions> = E.right(DEFAULT_OPTIONS)

const readOptions = (options: unknown): E.Either<InvalidArgument, ResolvedOptions> => {
  if (options === undefined || options === null) return DEFAULTS
  if (!isRecord(options)) {
    return E.left(
      invalidArgument('options', renderValue(options), `options must be an object, received ${renderValue(options)}`),
    )
  }
  const maxBytes = positiveInteger(options, 'maxBytes', Number.MAX_SAFE_INTEGER)
  if (E.isLeft(maxBytes)) return maxBytes
  const maxDepth = positiveInteger(options, 'maxDepth', MAX_DEPTH_LIMIT)
  if (E.isLeft(maxDepth)) return maxDepth
  const maxItems = positiveInteger(options, 'maxItems', MAX_ITEMS_LIMIT)
  if (E.isLeft(maxItems)) return maxItems
  const maxTextLength = positiveInteger(options, 'maxTextLength', MAX_TEXT_LENGTH_LIMIT)
  if (E.isLeft(maxTextLength)) return maxTextLength
  const policy = unknownPolicy(options['unknown'])
  if (E.isLeft(policy)) return policy
  const version = contentVersion(options['contentVersion'])
  const invalidFields = invalidFieldsPolicy(options['invalidFields'])
  if (E.isLeft(invalidFields)) return invalidFields
  return E.right({
    maxBytes: maxBytes.right,
    maxDepth: maxDepth.right,
    maxItems: maxItems.right,
    maxTextLength: maxTextLength.right,
    ...(policy.right === undefined ? {} : { unknown: policy.right }),
    ...(version === undefined ? {} : { contentVersion: version }),
    ...(invalidFields.right === 'reject' ? { invalidFields: 'reject' as const } : {}),
  })
}

/** The message of something thrown, bounded, without trusting it to be an `Error`. */
export const thrownMessage = (e: unknown): string => {
  try {
    return shorten(e instanceof Error ? String(e.message) : String(e), 100)
  } catch {
    return 'an unreadable value was thrown'
  }
}

/**
 * Checks user options and fills in defaults; bad options are a `Left`, never a throw (a getter
 * that throws, or a revoked proxy, is an `InvalidArgument` too).
 */
export const resolveOptions = (options: unknown): E.Either<InvalidArgument, ResolvedOptions> => {
  try {
    return readOptions(options)
  } catch (e) {
    return E.left(
      invalidArgument('options', 'an object that could not be read', `options could not be read: ${thrownMessage(e)}`),
    )
  }
}

const isWordOrAbsent = <A extends string, B extends string>(value: unknown, a: A, b: B): value is A | B | undefined =>
  value === undefined || value === a || value === b

/** An option that takes one of two words: absent, one of them, or an `InvalidArgument` naming both. */
const eitherOf =
  <A extends string, B extends string>(key: string, a: A, b: B) =>
  (value: unknown): E.Either<InvalidArgument, A | B | undefined> =>
    isWordOrAbsent(value, a, b)
      ? E.right(value)
      : E.left(
          invalidArgument(
            'options',
            renderValue(value),
            `options.${key} must be '${a}' or '${b}', received ${renderValue(value)}`,
          ),
        )

const unknownPolicy = eitherOf('unknown', 'keep', 'reject')
const invalidFieldsPolicy = eitherOf('invalidFields', 'drop', 'reject')

/** `Simple` / `Detail` in any case and with spaces around; anything else is not checked. */
const contentVersion = (value: unknown): 'Simple' | 'Detail' | undefined => {
  if (typeof value !== 'string') return undefined
  const v = value.trim().toLowerCase()
  return v === 'simple' ? 'Simple' : v === 'detail' ? 'Detail' : undefined
}
