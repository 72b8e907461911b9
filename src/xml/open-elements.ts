/*
 * The scanner's stack of open elements: 4 integers per level in one module-level `Int32Array`,
 * grown by doubling and reused across calls, so a scan allocates nothing per element. Also what
 * is said about them once a scan stops: the elements left open, and the first mixed content.
 */

import { excerpt } from './problem'

/** Offset of the element's name in the text. */
export const NAME_START = 0
/** Offset just past the element's name. */
export const NAME_END = 1
/** Offset of the element's first non-blank text, or -1. */
export const TEXT_AT = 2
/** 1 once the element has a child element. */
export const HAS_CHILD = 3
/** Integers per level. */
export const STRIDE = 4

let stack: Int32Array = new Int32Array(64 * STRIDE)

/** The stack as it is now; `growStack` replaces it. */
export const openStack = (): Int32Array => stack

/** A stack twice the size holding the same levels, which replaces the current one. */
export const growStack = (): Int32Array => {
  const grown = new Int32Array(stack.length * 2)
  grown.set(stack)
  stack = grown
  return grown
}

/** Keeps a hostile body's deep stack from being retained after its call. */
const STACK_KEEP = 1024 * STRIDE

/** Called once a scan is over: drops a stack grown past `STACK_KEEP`. */
export const releaseStack = (): void => {
  if (stack.length > STACK_KEEP) stack = new Int32Array(STACK_KEEP)
}

/** The name of the open element at `level`, cut for a message. */
const nameAt = (text: string, level: number): string => {
  const from = stack[level * STRIDE + NAME_START] ?? 0
  return excerpt(text, from, stack[level * STRIDE + NAME_END] ?? from)
}

/** The elements still open, outermost first: `<a>, <b>`, or `<a>, <b>, … 3 more …, <f>` when deep. */
export const unclosedList = (text: string, depth: number): string => {
  const name = (level: number): string => `<${nameAt(text, level)}>`
  if (depth <= 4) return Array.from({ length: depth }, (_, k) => name(k)).join(', ')
  return `${name(0)}, ${name(1)}, … ${depth - 3} more …, ${name(depth - 1)}`
}

/**
 * The first element found holding text beside child elements (mixed content): well-formed XML,
 * but no Tencent CI field is both, so it is refused once the whole text is known to be
 * well-formed (a syntax error found later, such as the unclosed `<Tag>` of `<Tag>X<Tag>`, is the
 * truer report and wins). `at` is -1 until one is found; `forgetMixed` resets it for a new scan.
 */
export const firstMixed = { at: -1, why: '' }

/** Starts a scan with no mixed content seen. */
export const forgetMixed = (): void => {
  firstMixed.at = -1
}

/** Records the open element at `depth` as holding mixed content at `at`, unless one already was. */
export const noteMixed = (text: string, depth: number, at: number): void => {
  if (firstMixed.at >= 0) return
  const path = Array.from({ length: depth - 1 }, (_, k) => nameAt(text, k + 1))
  const where =
    path.length === 0 ? 'the root element' : path.length <= 6 ? path.join('.') : `….${path.slice(-5).join('.')}`
  firstMixed.at = at
  firstMixed.why = `<${nameAt(text, depth - 1)}> (at ${where}) holds text beside child elements (mixed content): well-formed XML, but no Tencent CI callback field holds both`
}
