import * as E from 'fp-ts/lib/Either.js'
import { formatCallbackError } from '../src/format-error'
import { matchCallbackError, type CallbackError } from '../src/errors'
import { DEFAULT_OPTIONS, type ParseOptions } from '../src/options'
import { parseCallback } from '../src/parse-callback'
import { taskFinish } from './support/callbacks'

// maxItems and maxTextLength through the whole pipeline, in both formats.

const JOB_FIELDS = {
  Code: 'Success',
  CreationTime: '2022-06-30T15:29:42+0800',
  JobId: 'j6842765cf84611ecb8546d80f2baf56f',
  State: 'Success',
  Tag: 'SmartCover',
}

const xmlJob = (userData: string, extra: string): string =>
  '<JobsDetail>' +
  Object.entries(JOB_FIELDS)
    .map(([k, v]) => `<${k}>${v}</${k}>`)
    .join('') +
  `<Operation><UserData>${userData}</UserData></Operation>${extra}</JobsDetail>`

const xmlBody = (jobs: number, userData = 'u', extra = ''): string =>
  `<Response><EventName>TaskFinish</EventName>${xmlJob(userData, extra).repeat(jobs)}</Response>`

const jsonBody = (jobs: number, userData = 'u', extra: ReadonlyArray<string> = []): string => {
  const job = { ...JOB_FIELDS, Operation: { UserData: userData }, ...(extra.length > 0 ? { Extra: extra } : {}) }
  return JSON.stringify({ EventName: 'TaskFinish', JobsDetail: Array.from({ length: jobs }, () => job) })
}

const FORMATS = [
  {
    format: 'xml',
    jobs: (n: number) => xmlBody(n),
    text: (s: string) => xmlBody(1, s),
    extras: (n: number) => xmlBody(1, 'u', '<Extra>1</Extra>'.repeat(n)),
    jobsPath: 'JobsDetail',
    textPath: 'JobsDetail.Operation.UserData',
    extrasPath: 'JobsDetail.Extra',
  },
  {
    format: 'json',
    jobs: (n: number) => jsonBody(n),
    text: (s: string) => jsonBody(1, s),
    extras: (n: number) =>
      jsonBody(
        1,
        'u',
        Array.from({ length: n }, () => '1'),
      ),
    jobsPath: 'JobsDetail',
    textPath: 'JobsDetail[0].Operation.UserData',
    extrasPath: 'JobsDetail[0].Extra',
  },
] as const

const parse = (body: string, options?: ParseOptions) => parseCallback(body, undefined, options)

const left = (result: E.Either<CallbackError, unknown>): CallbackError | undefined =>
  E.isLeft(result) ? result.left : undefined

describe.each(FORMATS)('limits in $format', (f) => {
  it('accepts exactly maxItems jobs and refuses one more, naming the option and the list', () => {
    expect(taskFinish(parse(f.jobs(3), { maxItems: 3 })).JobsDetail).toHaveLength(3)
    const error = left(parse(f.jobs(4), { maxItems: 3 }))
    expect(error).toStrictEqual({
      _tag: 'LimitExceeded',
      unit: 'items',
      limit: 3,
      actual: 4,
      path: f.jobsPath,
      message: `List at ${f.jobsPath} has 4 items, over the limit of 3 (options.maxItems)`,
    })
  })

  it('accepts a text of exactly maxTextLength and refuses one character more', () => {
    // 40: the longest other text (the JobId) has 33 characters.
    expect(taskFinish(parse(f.text('x'.repeat(40)), { maxTextLength: 40 })).JobsDetail[0]?.Operation?.UserData).toBe(
      'x'.repeat(40),
    )
    expect(left(parse(f.text('x'.repeat(41)), { maxTextLength: 40 }))).toStrictEqual({
      _tag: 'LimitExceeded',
      unit: 'characters',
      limit: 40,
      actual: 41,
      path: f.textPath,
      message: `Text at ${f.textPath} is 41 characters long, over the limit of 40 (options.maxTextLength)`,
    })
  })

  it('counts text in UTF-16 units', () => {
    const emoji = '😀'.repeat(20)
    expect(E.isRight(parse(f.text(emoji), { maxTextLength: 40 }))).toBe(true)
    expect(left(parse(f.text(emoji), { maxTextLength: 39 }))).toMatchObject({ unit: 'characters', actual: 40 })
  })

  it(`allows ${DEFAULT_OPTIONS.maxItems} items by default and refuses one more`, () => {
    expect(E.isRight(parse(f.extras(DEFAULT_OPTIONS.maxItems)))).toBe(true)
    expect(left(parse(f.extras(DEFAULT_OPTIONS.maxItems + 1)))).toMatchObject({
      _tag: 'LimitExceeded',
      unit: 'items',
      limit: 10_000,
      actual: 10_001,
      path: f.extrasPath,
    })
  })

  it('allows a 1 MiB text by default and refuses one character more', () => {
    const MiB = 1024 * 1024
    expect(E.isRight(parse(f.text('t'.repeat(MiB))))).toBe(true)
    expect(left(parse(f.text('t'.repeat(MiB + 1))))).toMatchObject({
      unit: 'characters',
      limit: MiB,
      actual: MiB + 1,
    })
  })
})

describe('limits: XML specifics', () => {
  it('does not count attribute values: attributes are dropped, never part of the tree', () => {
    const body = xmlBody(1).replace('<JobsDetail>', `<JobsDetail a="${'v'.repeat(41)}">`)
    expect(E.isRight(parse(body, { maxTextLength: 40 }))).toBe(true)
  })

  it('counts a repeated element as received, empty ones included', () => {
    expect(left(parse(xmlBody(1, 'u', '<Extra/><Extra/><Extra>1</Extra>'), { maxItems: 2 }))).toMatchObject({
      unit: 'items',
      actual: 3,
    })
  })
})

describe('limits: rendering', () => {
  const error = left(parse(xmlBody(2), { maxItems: 1 }))

  it('is rendered by formatCallbackError', () => {
    expect(error === undefined ? '' : formatCallbackError(error)).toBe(
      '✖ Tencent CI callback refused: List at JobsDetail has 2 items, over the limit of 1 (options.maxItems)',
    )
  })

  it('is folded by matchCallbackError', () => {
    const unit = matchCallbackError({
      UnsupportedContentType: () => '',
      MalformedBody: () => '',
      InvalidPayload: () => '',
      LimitExceeded: (e) => e.unit,
      InvalidArgument: () => '',
    })
    expect(error === undefined ? '' : unit(error)).toBe('items')
  })

  it('keeps the byte and depth limits without a path', () => {
    expect(left(parse(xmlBody(1), { maxBytes: 10 }))).not.toHaveProperty('path')
    expect(left(parse(xmlBody(1), { maxDepth: 2 }))).not.toHaveProperty('path')
  })
})
