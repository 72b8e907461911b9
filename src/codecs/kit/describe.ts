import type * as t from 'io-ts'

const descriptions = new WeakMap<t.Decoder<unknown, unknown>, string>()

/**
 * Attaches a human description of what `codec` expects ("a whole number like "5"") for error
 * messages, and returns the codec unchanged.
 */
export const describe = <C extends t.Decoder<unknown, unknown>>(codec: C, expected: string): C => {
  descriptions.set(codec, expected)
  return codec
}

/** The description attached by `describe`, if any. */
export const descriptionOf = (codec: t.Decoder<unknown, unknown>): string | undefined => descriptions.get(codec)
