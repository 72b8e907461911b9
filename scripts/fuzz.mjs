// Mutation fuzzing of parseCallback, against the built package (dist/): every sample under samples/
// is mutated (deletions, insertions of markup and JSON tokens, truncations, duplicated spans, byte
// flips) and fed to parseCallback as a string and as bytes. Any broken promise fails the run,
// printing the seed, the mutant's number and a shrunk failing body.
//
// The promises checked on every mutant:
//   - parseCallback returns an Either (never throws);
//   - the input is unchanged (bytes compared before and after), Object.prototype is unchanged;
//   - a Left has a _tag and a non-empty message; its formatCallbackError rendering is bounded;
//   - every line/column a Left reports lies inside the body.
//
// Usage: npm run fuzz -- [--seed N] [--count N] [--seconds N]
// Defaults: a random seed, 20 000 mutants, 120 s at most. CI runs a fixed seed.

import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { formatCallbackError, parseCallback } from '../dist/index.js'

const args = process.argv.slice(2)
const arg = (name, fallback) => {
  const i = args.indexOf(`--${name}`)
  return i === -1 ? fallback : Number(args[i + 1])
}
const seed = arg('seed', Math.floor(Math.random() * 2 ** 31))
const count = arg('count', 20_000)
const seconds = arg('seconds', 120)
/** With --keep-going, every failure is reported (one line each) instead of stopping at the first. */
const keepGoing = args.includes('--keep-going')
/** The longest rendering accepted for one error (formatCallbackError caps the issues it lists). */
const MAX_RENDERED = 4_000
/** The longest `message` accepted on a Left. */
const MAX_MESSAGE = 600

// --- A small seeded PRNG (mulberry32), so a seed reproduces a run exactly. ---------------------
const prng = (s) => () => {
  s = (s + 0x6d2b79f5) | 0
  let t = Math.imul(s ^ (s >>> 15), 1 | s)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}
const random = prng(seed)
const int = (n) => Math.floor(random() * n)
const pick = (list) => list[int(list.length)]

// --- Corpus ------------------------------------------------------------------------------------
const samplesDir = fileURLToPath(new URL('../samples', import.meta.url))
const corpus = readdirSync(samplesDir, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && /\.(xml|json)$/.test(e.name))
  .map((e) => readFileSync(join(e.parentPath ?? e.path, e.name), 'utf8'))

const TOKENS = [
  '<',
  '>',
  '</',
  '/>',
  '<a>',
  '</a>',
  '<JobsDetail>',
  '</JobsDetail>',
  '<![CDATA[',
  ']]>',
  '<!--',
  '-->',
  '<?xml version="1.0" encoding="ISO-8859-1"?>',
  '<!DOCTYPE x [<!ENTITY e "x">]>',
  '&e;',
  '&amp;',
  '&#0;',
  '&#x10FFFF;',
  '&#xD800;',
  '&lt',
  '<__proto__>',
  '</__proto__>',
  '<constructor/>',
  '\u0000',
  '\uD800',
  '\uFFFE',
  '{',
  '}',
  '[',
  ']',
  ',',
  ':',
  '"',
  '\\',
  '\\u0000',
  '"__proto__":',
  '"JobsDetail":',
  'null',
  'true',
  '1e999',
  '-0',
  '12345678901234567890',
  '"-"',
  '\n',
  '\r',
  ' ',
  '\t',
  'é',
  '中',
  '😀',
]

const mutators = [
  // delete a span
  (s) => {
    const a = int(s.length + 1)
    return s.slice(0, a) + s.slice(Math.min(s.length, a + 1 + int(40)))
  },
  // insert a token
  (s) => {
    const a = int(s.length + 1)
    return s.slice(0, a) + pick(TOKENS) + s.slice(a)
  },
  // truncate
  (s) => s.slice(0, int(s.length + 1)),
  // duplicate a span
  (s) => {
    const a = int(s.length + 1)
    const b = Math.min(s.length, a + int(200))
    return s.slice(0, b) + s.slice(a, b) + s.slice(b)
  },
  // replace one character by a random code unit
  (s) => {
    const a = int(s.length)
    return s.slice(0, a) + String.fromCharCode(int(0x10000)) + s.slice(a + 1)
  },
  // swap two spans
  (s) => {
    const a = int(s.length + 1)
    const b = int(s.length + 1)
    const [x, y] = a < b ? [a, b] : [b, a]
    const m = x + int(y - x + 1)
    return s.slice(0, x) + s.slice(m, y) + s.slice(x, m) + s.slice(y)
  },
]

const mutate = (s) => {
  let out = s
  const times = 1 + int(4)
  for (let i = 0; i < times; i++) out = pick(mutators)(out)
  return out
}

// --- The promises ------------------------------------------------------------------------------
const protoKeys = () => Object.getOwnPropertyNames(Object.prototype).sort().join(',')
const PROTO = protoKeys()

const linesOf = (text) => text.split(/\r\n|\r|\n/)

/** Returns a description of the first broken promise, or undefined. */
const check = (text, asBytes) => {
  const body = asBytes ? Buffer.from(text, 'utf8') : text
  const before = asBytes ? Buffer.from(body) : undefined
  let result
  try {
    result = parseCallback(body, pick([undefined, 'application/xml', 'application/json', 'text/plain']))
  } catch (e) {
    return `threw ${e instanceof Error ? e.stack : String(e)}`
  }
  if (asBytes && !before.equals(body)) return 'mutated its input'
  if (protoKeys() !== PROTO || Object.getPrototypeOf(Object.prototype) !== null) return 'polluted Object.prototype'
  if (result === null || typeof result !== 'object' || (result._tag !== 'Left' && result._tag !== 'Right')) {
    return 'returned something other than an Either'
  }
  if (result._tag === 'Right') return undefined
  const e = result.left
  if (typeof e._tag !== 'string' || typeof e.message !== 'string' || e.message.length === 0)
    return 'Left without a message'
  if (e.message.length > MAX_MESSAGE) return `message of ${e.message.length} characters`
  let rendered
  try {
    rendered = formatCallbackError(e)
  } catch (err) {
    return `formatCallbackError threw ${String(err)}`
  }
  if (rendered.length > MAX_RENDERED) return `rendering of ${rendered.length} characters`
  const source = asBytes ? body.toString('utf8') : text
  const lines = linesOf(source)
  const positions = [e, ...(e.issues ?? [])].filter((p) => p.line !== undefined)
  for (const p of positions) {
    const line = lines[p.line - 1]
    if (line === undefined) return `line ${p.line} outside a body of ${lines.length} lines`
    if (p.column !== undefined && (p.column < 1 || p.column > line.length + 1)) {
      return `column ${p.column} outside line ${p.line} (${line.length} characters)`
    }
  }
  return undefined
}

/** Shrinks a failing body: drops ever smaller spans while the same promise still breaks. */
const shrink = (text, asBytes, failure) => {
  const kind = failure.split(' ')[0]
  const still = (t) => check(t, asBytes)?.split(' ')[0] === kind
  let best = text
  for (let span = Math.max(1, best.length >> 1); span >= 1; span >>= 1) {
    for (let i = 0; i + span <= best.length;) {
      const candidate = best.slice(0, i) + best.slice(i + span)
      if (still(candidate)) best = candidate
      else i += span
    }
  }
  return best
}

const started = Date.now()
let done = 0
let failures = 0
for (; done < count; done++) {
  if ((Date.now() - started) / 1000 > seconds) break
  const text = mutate(corpus[done % corpus.length])
  const asBytes = (done & 1) === 1
  const failure = check(text, asBytes)
  if (failure !== undefined && keepGoing) {
    failures++
    console.error(
      `fuzz: mutant ${done} (${asBytes ? 'bytes' : 'string'}): ${failure}: ${JSON.stringify(shrink(text, asBytes, failure))}`,
    )
  } else if (failure !== undefined) {
    console.error(`fuzz: FAILED at mutant ${done} (seed ${seed}, ${asBytes ? 'bytes' : 'string'}): ${failure}`)
    console.error(`fuzz: shrunk failing body: ${JSON.stringify(shrink(text, asBytes, failure))}`)
    console.error(`fuzz: rerun with: npm run fuzz -- --seed ${seed} --count ${done + 1}`)
    process.exit(1)
  }
}
const elapsed = ((Date.now() - started) / 1000).toFixed(1)
if (failures > 0) {
  console.error(`fuzz: ${failures} of ${done} mutants broke a promise (seed ${seed})`)
  process.exit(1)
}
console.log(`fuzz: ${done} mutants of ${corpus.length} samples, seed ${seed}, ${elapsed} s: every promise held`)
if (done < count) console.log(`fuzz: stopped by the ${seconds} s bound before ${count} mutants`)
