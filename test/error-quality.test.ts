import * as fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import { invalidPayload, type CallbackError } from '../src/errors'
import { formatCallbackError, MAX_LISTED_ISSUES, MAX_RENDERED } from '../src/format-error'
import type { ParseOptions } from '../src/options'
import { parseCallback } from '../src/parse-callback'
import { getLeft } from './support/either'
import { sample, samples } from './support/samples'

/** A sample's text. */
const text = (name: string): string => sample(name).bytes.toString('utf8')

/** `text` with `from` replaced once by `to`; fails the test when `from` is not there (the mutation must bite). */
const mutate = (name: string, from: string | RegExp, to: string): string => {
  const body = text(name)
  const out = body.replace(from, to)
  if (out === body) throw new Error(`${String(from)} not found in ${name}`)
  return out
}

/** Renderings of refusals: invalid optional values refuse the callback too (`'reject'`), unless told otherwise. */
const STRICT: ParseOptions = { invalidFields: 'reject' }

const rendered = (body: unknown, contentType?: string, options: ParseOptions = STRICT): string =>
  formatCallbackError(getLeft(Reflect.apply(parseCallback, undefined, [body, contentType, options])))

/**
 * The ten most common failures, each a real sample mutated minimally. The snapshots are the
 * renderings a user sees: read them as a user would when they change.
 */
describe('the rendering of the ten most common failures', () => {
  it('1. a missing field', () => {
    const body = mutate('smart-cover/api.xml', /<JobId>[^<]*<\/JobId>/, '')
    expect(rendered(body, 'application/xml')).toMatchSnapshot()
  })

  it('1b. a missing field in JSON is placed in the object that lacks it', () => {
    const body = mutate('constructed/transcode/failed.json', /"JobId": "[^"]*",/, '')
    expect(rendered(body, 'application/json')).toContain(
      '→ at JobsDetail[0].JobId (expected inside the object at line 3, column 19)',
    )
  })

  it('2. a field of the wrong type', () => {
    const body = mutate('constructed/transcode/failed.json', '"Input": {', '"Input": "input/broken.mp4", "X": {')
    expect(rendered(body, 'application/json')).toMatchSnapshot()
  })

  it('3. a bad time', () => {
    const body = mutate('smart-cover/api.xml', '2022-06-30T15:29:48+0800', 'yesterday')
    expect(rendered(body, 'application/xml')).toMatchSnapshot()
  })

  it("4. an unknown Tag under { unknown: 'reject' }", () => {
    const body = mutate('smart-cover/api.xml', '<Tag>SmartCover</Tag>', '<Tag>SmartCoverPro</Tag>')
    expect(rendered(body, 'application/xml', { unknown: 'reject' })).toMatchSnapshot()
  })

  it('5. truncated XML', () => {
    const body = text('smart-cover/api.xml')
    expect(rendered(body.slice(0, body.indexOf('</Input>') + 4), 'application/xml')).toMatchSnapshot()
  })

  it('6. bad JSON', () => {
    const body = mutate('constructed/transcode/failed.json', '"Progress": "0",', '"Progress": 0%,')
    expect(rendered(body, 'application/json')).toMatchSnapshot()
  })

  it('7. a wrong content type', () => {
    expect(rendered(text('smart-cover/api.xml'), 'text/html; charset=utf-8')).toMatchSnapshot()
  })

  it('8. a body too large', () => {
    expect(rendered(sample('smart-cover/api.xml').bytes, 'application/xml', { maxBytes: 1024 })).toMatchSnapshot()
  })

  it('9. a body nested too deep', () => {
    expect(rendered(text('smart-cover/api.xml'), 'application/xml', { maxDepth: 3 })).toMatchSnapshot()
  })

  it('10. not a raw body (an already-parsed object)', () => {
    const parsed: unknown = JSON.parse(text('constructed/transcode/failed.json'))
    expect(rendered(parsed, 'application/json')).toMatchSnapshot()
  })
})

/** What must never reach a terminal raw: C0/C1 controls but LF, DEL, U+2028/9, bidi controls. */
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

/** The promises every rendering keeps, whatever the body. */
const expectReadable = (out: string): void => {
  expect(out).not.toMatch(RAW_CONTROL)
  expect(out).not.toMatch(LONE_SURROGATE)
  expect(out.length).toBeLessThanOrEqual(MAX_RENDERED)
  expect(out.startsWith('✖ ')).toBe(true)
}

const renderedError = (body: unknown, contentType?: string, options: ParseOptions = STRICT): CallbackError =>
  getLeft(Reflect.apply(parseCallback, undefined, [body, contentType, options]))

describe('a rendering stays readable and bounded', () => {
  const failed: unknown = JSON.parse(text('constructed/transcode/failed.json'))
  const job = typeof failed === 'object' && failed !== null ? Reflect.get(failed, 'JobsDetail') : undefined

  it('lists the first issues of hundreds, then counts the rest', () => {
    const jobs = Array.from({ length: 300 }, () => ({ ...job, EndTime: 'yesterday' }))
    const error = renderedError(JSON.stringify({ EventName: 'TaskFinish', JobsDetail: jobs }), 'application/json')
    const issues = error._tag === 'InvalidPayload' ? error.issues.length : 0
    expect(issues).toBe(300)
    const out = formatCallbackError(error)
    expectReadable(out)
    expect(out.split('\n')).toHaveLength(1 + 2 * MAX_LISTED_ISSUES + 1)
    expect(out).toContain('✖ Invalid Tencent CI callback (JSON): 300 issues')
    expect(out).toContain(`JobsDetail[${MAX_LISTED_ISSUES - 1}].EndTime`)
    expect(out).not.toContain(`JobsDetail[${MAX_LISTED_ISSUES}].EndTime`)
    expect(out.endsWith(`  … and ${300 - MAX_LISTED_ISSUES} more issues`)).toBe(true)
  })

  it('lists every issue when there are no more than the limit, without a count line', () => {
    const jobs = Array.from({ length: MAX_LISTED_ISSUES }, () => ({ ...job, EndTime: 'yesterday' }))
    const out = rendered(JSON.stringify({ EventName: 'TaskFinish', JobsDetail: jobs }), 'application/json')
    expect(out.split('\n')).toHaveLength(1 + 2 * MAX_LISTED_ISSUES)
    expect(out).not.toContain('more issue')
  })

  it.each([
    ['NUL', '\u0000', '\\u0000'],
    ['ESC (a terminal colour)', '\u001b[31m', '\\u001b[31m'],
    ['a line feed', 'a\nb', 'a\\nb'],
    ['a carriage return', 'a\rb', 'a\\rb'],
    ['DEL', '\u007f', '\\u007f'],
    ['a C1 control (NEL)', '\u0085', '\\u0085'],
    ['the line separator', '\u2028', '\\u2028'],
    ['the paragraph separator', '\u2029', '\\u2029'],
    ['a right-to-left override', 'abc\u202edef', 'abc\\u202edef'],
    ['a bidi isolate', '\u2066x\u2069', '\\u2066x\\u2069'],
    ['a lone surrogate', 'a\ud800b', 'a\\ud800b'],
  ])('shows %s in a received value escaped', (_, value, shown) => {
    const body = mutate('constructed/transcode/failed.json', '"Progress": "0"', `"Progress": ${JSON.stringify(value)}`)
    const out = rendered(body, 'application/json')
    expectReadable(out)
    expect(out).toContain(`received "${shown}"`)
  })

  it('shows control characters from an XML character reference escaped', () => {
    const body = mutate('smart-cover/api.xml', '2022-06-30T15:29:48+0800', '&#x202E;2022&#x85;&#x7F;')
    const out = rendered(body, 'application/xml')
    expectReadable(out)
    expect(out).toContain('received "\\u202e2022\\u0085\\u007f"')
  })

  it('shows control characters in a path and in a message escaped', () => {
    const issue = {
      path: 'JobsDetail[0].\u202eemiTdnE\n',
      expected: 'text',
      received: 'nothing',
      message: 'Bad\u2028one',
    }
    const out = formatCallbackError(invalidPayload('json', [issue], []))
    expectReadable(out)
    expect(out).toContain('→ at JobsDetail[0].\\u202eemiTdnE\\n')
    expect(out).toContain('✖ Bad\\u2028one')
    expect(out.split('\n')).toHaveLength(3)
  })

  it('shortens a received value from a 1 MiB single-line body', () => {
    const huge = 'x'.repeat(1024 * 1024)
    const body = JSON.stringify({
      ...(typeof failed === 'object' ? failed : {}),
      JobsDetail: { ...job, EndTime: huge },
    })
    expect(body).not.toContain('\n')
    const error = renderedError(body, 'application/json')
    const out = formatCallbackError(error)
    expectReadable(out)
    expect(out.length).toBeLessThan(400)
    expect(error._tag === 'InvalidPayload' ? out : `received "${'x'.repeat(60)}…"`).toContain(
      `received "${'x'.repeat(60)}…"`,
    )
  })

  it('shortens a 1 MiB name in a malformed single-line XML body', () => {
    const out = rendered(`<Response><${'a'.repeat(1024 * 1024)} x="1" x="2"/></Response>`, 'application/xml')
    expectReadable(out)
    expect(out.length).toBeLessThan(600)
  })

  const hostile = fc.constantFrom(
    '\u0000',
    '\u001b[2J',
    '\u0085',
    '\u2028',
    '\u202e',
    '\u2067',
    '\ud800',
    '\\u0000',
    '\\u202e',
    '&#x202E;',
    '&#x85;',
    '&#0;',
    '\r\n',
    '"',
    '<',
    '}',
    'x'.repeat(5000),
  )
  const insertion = fc.oneof(hostile, fc.string({ unit: 'binary', maxLength: 40 }))

  it('property: any body renders without raw control characters and within the bound', () => {
    const bodies = samples.map((s) => s.bytes.toString('utf8'))
    const mutant = fc
      .tuple(
        fc.nat({ max: bodies.length - 1 }),
        fc.array(fc.tuple(fc.nat(), fc.nat({ max: 20 }), insertion), { minLength: 1, maxLength: 4 }),
      )
      .map(([index, edits]) =>
        edits.reduce((body, [at, cut, inserted]) => {
          const i = body.length === 0 ? 0 : at % body.length
          return body.slice(0, i) + inserted + body.slice(i + cut)
        }, bodies[index] ?? ''),
      )
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary' }), mutant),
        fc.constantFrom(undefined, 'application/xml', 'application/json', 'text/\u202ehtml\u0000'),
        (body, contentType) => {
          const result = parseCallback(body, contentType)
          if (E.isLeft(result)) expectReadable(formatCallbackError(result.left))
        },
      ),
      { numRuns: 1000 },
    )
  })
})
