import { parseCallback } from '../src/parse-callback'
import type { CallbackError } from '../src/errors'
import { positionAt } from '../src/text-position'
import { getLeft, getRight } from './support/either'
import { taskFinish } from './support/callbacks'
import { sample } from './support/samples'

const api = sample('smart-cover/api.xml').bytes.toString('utf8')
const workflowJson = sample('smart-cover/workflow.json').bytes.toString('utf8')

interface ErrorCase {
  readonly name: string
  readonly body: () => unknown
  readonly contentType?: unknown
  readonly options?: unknown
  readonly expected: Partial<Record<string, unknown>> & { readonly _tag: CallbackError['_tag'] }
}

const deepXml = (n: number): string => `<Response>${'<a>'.repeat(n)}${'</a>'.repeat(n)}</Response>`
const deepJson = (n: number): string => `{"EventName":"TaskFinish","x":${'['.repeat(n)}${']'.repeat(n)}}`

const errorCases: ReadonlyArray<ErrorCase> = [
  {
    name: 'XML truncated at an element boundary: reports where the body ends',
    body: () => api.slice(0, api.indexOf('<Operation>')),
    expected: { _tag: 'MalformedBody', format: 'xml', reason: 'syntax', line: 14, column: 9 },
  },
  {
    name: 'XML truncated inside a tag',
    body: () => sample('invalid/MalformedBody/truncated.xml').bytes,
    expected: { _tag: 'MalformedBody', format: 'xml', reason: 'syntax', line: 42, column: 29 },
  },
  {
    name: 'XML with a mismatched closing tag',
    body: () => sample('invalid/MalformedBody/mismatched-tag.xml').bytes,
    expected: { _tag: 'MalformedBody', format: 'xml', reason: 'syntax', line: 48 },
  },
  {
    name: 'XML with a DOCTYPE that declares entities',
    body: () => sample('invalid/MalformedBody/doctype-entities.xml').bytes,
    expected: { _tag: 'MalformedBody', format: 'xml', reason: 'doctype', line: 2, column: 1 },
  },
  {
    name: 'XML with a DOCTYPE after the root element',
    body: () => `${api}<!DOCTYPE Response>`,
    expected: { _tag: 'MalformedBody', format: 'xml', reason: 'doctype' },
  },
  {
    name: 'XML with a second root element',
    body: () => `${api}<Response/>`,
    expected: { _tag: 'MalformedBody', format: 'xml', reason: 'syntax', line: 56, column: 1 },
  },
  {
    name: 'JSON with a trailing comma (Tencent doc sample)',
    body: () => sample('invalid/MalformedBody/docs/pic-process-trailing-comma.json').bytes,
    expected: { _tag: 'MalformedBody', format: 'json', reason: 'syntax', line: 61, column: 9 },
  },
  {
    name: 'JSON cut short',
    body: () => workflowJson.slice(0, 100),
    expected: { _tag: 'MalformedBody', format: 'json', reason: 'syntax', line: 5 },
  },
  {
    name: 'bytes that are not UTF-8',
    body: () =>
      Buffer.concat([
        Buffer.from('<Response>\n<EventName>Task'),
        Buffer.from([0xff, 0xfe]),
        Buffer.from('</EventName></Response>'),
      ]),
    expected: { _tag: 'MalformedBody', format: 'xml', reason: 'encoding', line: 2, column: 16 },
  },
  {
    name: 'an overlong UTF-8 encoding of "<"',
    body: () => Buffer.from([0x3c, 0x41, 0x3e, 0xc0, 0xbc, 0x3c, 0x2f, 0x41, 0x3e]),
    expected: { _tag: 'MalformedBody', reason: 'encoding' },
  },
  {
    name: 'an empty body with no Content-Type',
    body: () => '',
    expected: { _tag: 'MalformedBody', format: 'unknown', reason: 'unrecognised' },
  },
  {
    name: 'plain text with no Content-Type',
    body: () => 'hello',
    contentType: 'text/plain',
    expected: { _tag: 'MalformedBody', format: 'unknown', reason: 'unrecognised' },
  },
  {
    name: 'a body that is neither format, labelled JSON: the header picks the parser',
    body: () => 'TaskFinish',
    contentType: 'application/json',
    expected: { _tag: 'MalformedBody', format: 'json', reason: 'syntax', line: 1, column: 1 },
  },
  {
    name: 'a body that is neither format, labelled XML',
    body: () => 'TaskFinish',
    contentType: 'text/xml',
    expected: { _tag: 'MalformedBody', format: 'xml', reason: 'syntax' },
  },
  {
    name: 'a missing JobId',
    body: () => sample('invalid/InvalidPayload/missing-job-id.xml').bytes,
    expected: {
      _tag: 'InvalidPayload',
      format: 'xml',
      issues: [expect.objectContaining({ path: 'JobsDetail[0].JobId', message: 'Missing required field' })],
    },
  },
  {
    name: 'an unparseable time, when invalid optional values refuse the callback',
    body: () => sample('invalid/InvalidPayload/bad-end-time.xml').bytes,
    options: { invalidFields: 'reject' },
    expected: {
      _tag: 'InvalidPayload',
      issues: [
        {
          path: 'JobsDetail[0].EndTime',
          expected: 'a time like 2022-06-30T15:29:42+0800 or "-"',
          received: '"yesterday"',
          message: 'Expected a time like 2022-06-30T15:29:42+0800 or "-", received "yesterday"',
        },
      ],
    },
  },
  {
    name: 'an unknown EventName, with unknown: reject',
    body: () => api.replace('TaskFinish', 'TaskStart'),
    options: { unknown: 'reject' },
    expected: {
      _tag: 'InvalidPayload',
      issues: [expect.objectContaining({ path: 'EventName', received: '"TaskStart"' })],
    },
  },
  {
    name: 'a Tag nobody documents, with unknown: reject',
    body: () => sample('unknown/tag/hologram-cover.xml').bytes,
    options: { unknown: 'reject' },
    expected: {
      _tag: 'InvalidPayload',
      issues: [expect.objectContaining({ path: 'JobsDetail[0].Tag', received: '"HologramCover"' })],
    },
  },
  {
    name: 'a JSON array instead of an object',
    body: () => '[1, 2]',
    expected: {
      _tag: 'InvalidPayload',
      format: 'json',
      issues: [expect.objectContaining({ path: '', received: 'a list of 2 items' })],
    },
  },
  {
    name: 'a body over maxBytes',
    body: () => api,
    options: { maxBytes: 100 },
    expected: { _tag: 'LimitExceeded', unit: 'bytes', limit: 100, actual: Buffer.byteLength(api) },
  },
  {
    name: 'a string body whose UTF-8 size is over maxBytes though its length is not',
    body: () => '中'.repeat(50),
    options: { maxBytes: 100 },
    expected: { _tag: 'LimitExceeded', unit: 'bytes', limit: 100, actual: 150 },
  },
  {
    name: 'XML nested 100 000 deep',
    body: () => deepXml(100_000),
    options: { maxBytes: 10_000_000 },
    expected: { _tag: 'LimitExceeded', unit: 'depth', limit: 100, actual: 100_001 },
  },
  {
    name: 'JSON nested 100 000 deep',
    body: () => deepJson(100_000),
    options: { maxBytes: 10_000_000 },
    expected: { _tag: 'LimitExceeded', unit: 'depth', limit: 100, actual: 100_001 },
  },
  {
    name: 'XML one level past a custom maxDepth',
    body: () => api,
    options: { maxDepth: 5 },
    expected: { _tag: 'LimitExceeded', unit: 'depth', limit: 5, actual: 6 },
  },
  {
    name: 'JSON one level past a custom maxDepth, counting a Response wrapper',
    body: () => '{"Response":{"A":{"B":{"C":{"D":{"E":"x"}}}}}}',
    options: { maxDepth: 5 },
    expected: { _tag: 'LimitExceeded', unit: 'depth', limit: 5, actual: 6 },
  },
  {
    name: 'JSON nested too deep and cut short',
    body: () => '['.repeat(500),
    expected: { _tag: 'LimitExceeded', unit: 'depth', limit: 100, actual: 500 },
  },
  {
    name: 'an unsupported Content-Type',
    body: () => api,
    contentType: 'multipart/form-data; boundary=x',
    expected: { _tag: 'UnsupportedContentType', contentType: 'multipart/form-data; boundary=x' },
  },
  { name: 'a number as body', body: () => 42, expected: { _tag: 'InvalidArgument', argument: 'body', received: '42' } },
  {
    name: 'undefined as body',
    body: () => undefined,
    expected: { _tag: 'InvalidArgument', argument: 'body', received: 'nothing' },
  },
  { name: 'null as body', body: () => null, expected: { _tag: 'InvalidArgument', argument: 'body', received: 'null' } },
  {
    name: 'an already-parsed object as body (express.json() ran first)',
    body: () => ({ EventName: 'TaskFinish' }),
    expected: { _tag: 'InvalidArgument', argument: 'body', received: 'an already-parsed object' },
  },
  {
    name: 'a Uint16Array as body',
    body: () => new Uint16Array(4),
    expected: { _tag: 'InvalidArgument', argument: 'body' },
  },
  {
    name: 'an array header value',
    body: () => api,
    contentType: ['application/xml'],
    expected: { _tag: 'InvalidArgument', argument: 'contentType' },
  },
  {
    name: 'a negative maxBytes',
    body: () => api,
    options: { maxBytes: -1 },
    expected: { _tag: 'InvalidArgument', argument: 'options' },
  },
  {
    name: 'a NaN maxDepth',
    body: () => api,
    options: { maxDepth: Number.NaN },
    expected: { _tag: 'InvalidArgument', argument: 'options' },
  },
  {
    name: 'an invalidFields policy that does not exist',
    body: () => api,
    options: { invalidFields: 'skip' },
    expected: { _tag: 'InvalidArgument', argument: 'options' },
  },
  {
    name: 'options that are not an object',
    body: () => api,
    options: 'fast',
    expected: { _tag: 'InvalidArgument', argument: 'options' },
  },
]

/** Calls parseCallback as untyped JavaScript would, with whatever it is given. */
const callUntyped = (body: unknown, contentType: unknown, options: unknown): ReturnType<typeof parseCallback> =>
  Reflect.apply(parseCallback, undefined, [body, contentType, options])

describe('parseCallback errors', () => {
  it.each(errorCases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const left = getLeft(callUntyped(c.body(), c.contentType, c.options))
    expect(left).toMatchObject(c.expected)
    expect(typeof left.message).toBe('string')
    expect(left.message.length).toBeGreaterThan(10)
  })

  it('covers every CallbackError variant', () => {
    const tags = new Set(errorCases.map((c) => c.expected._tag))
    const all: ReadonlyArray<CallbackError['_tag']> = [
      'UnsupportedContentType',
      'MalformedBody',
      'InvalidPayload',
      'LimitExceeded',
      'InvalidArgument',
    ]
    expect([...tags].sort()).toEqual([...all].sort())
  })

  it('names the first failing path in the InvalidPayload message', () => {
    const left = getLeft(parseCallback(sample('invalid/InvalidPayload/missing-job-id.json').bytes))
    expect(left.message).toBe('Invalid Tencent CI callback at JobsDetail[0].JobId: Missing required field')
  })

  it('points each payload issue at its line and column in the body, XML and JSON alike', () => {
    const cases = [
      ['invalid/InvalidPayload/bad-end-time.xml', 'yesterday'],
      ['invalid/InvalidPayload/bad-count.json', '"five"'],
      ['unknown/tag/hologram-cover.xml', 'HologramCover'],
    ] as const
    for (const [name, needle] of cases) {
      const text = sample(name).bytes.toString('utf8')
      const left = getLeft(parseCallback(text, undefined, { unknown: 'reject', invalidFields: 'reject' }))
      expect(left._tag).toBe('InvalidPayload')
      if (left._tag === 'InvalidPayload') expect(left.issues[0]).toMatchObject(positionAt(text, text.indexOf(needle)))
    }
  })

  it('stays within the stack at the highest maxDepth allowed, for XML and JSON', () => {
    const options = { maxDepth: 1000, maxBytes: 100_000_000 }
    for (const n of [999, 1000, 200_000]) {
      const xml = parseCallback(deepXml(n), 'application/xml', options)
      const json = parseCallback(deepJson(n), 'application/json', options)
      expect(getLeft(xml)._tag).toBe(n + 1 > 1000 ? 'LimitExceeded' : 'InvalidPayload')
      expect(getLeft(json)._tag).toBe(n + 1 > 1000 ? 'LimitExceeded' : 'InvalidPayload')
    }
  })

  it('refuses an oversized body before decoding it, whatever its size', () => {
    const huge = new Uint8Array(64 * 1024 * 1024).fill(0xff)
    expect(getLeft(parseCallback(huge))).toMatchObject({ _tag: 'LimitExceeded', actual: 64 * 1024 * 1024 })
    const long = '中'.repeat(8 * 1024 * 1024)
    expect(getLeft(parseCallback(long))).toMatchObject({
      _tag: 'LimitExceeded',
      actual: long.length,
      message: `Body is at least ${long.length} bytes, over the limit of 4194304 bytes (options.maxBytes)`,
    })
  })
})

describe('parseCallback inputs', () => {
  it('accepts a string, a Buffer, a Uint8Array view and an ArrayBuffer alike', () => {
    const bytes = Buffer.from(api)
    const padded = new Uint8Array(bytes.length + 8)
    padded.set(bytes, 4)
    const expected = getRight(parseCallback(api))
    expect(getRight(parseCallback(bytes))).toStrictEqual(expected)
    expect(getRight(parseCallback(padded.subarray(4, 4 + bytes.length)))).toStrictEqual(expected)
    expect(
      getRight(parseCallback(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length))),
    ).toStrictEqual(expected)
  })

  it('lets the body decide when the header names the other format (Tencent labels JSON application/xml)', () => {
    expect(parseCallback(workflowJson, 'application/xml')).toStrictEqual(parseCallback(workflowJson))
    expect(parseCallback(api, 'application/json; charset=utf-8')).toStrictEqual(parseCallback(api))
    expect(taskFinish(parseCallback(workflowJson, 'application/xml')).JobsDetail).toHaveLength(1)
  })

  it('drops a UTF-8 BOM, from bytes and from strings', () => {
    const expected = getRight(parseCallback(api))
    expect(getRight(parseCallback(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(api)])))).toStrictEqual(
      expected,
    )
    expect(getRight(parseCallback(`\uFEFF${api}`))).toStrictEqual(expected)
    expect(getRight(parseCallback(`\uFEFF${workflowJson}`, 'application/json'))).toStrictEqual(
      getRight(parseCallback(workflowJson, 'application/json')),
    )
  })

  it('does not mutate the body it is given', () => {
    const bytes = Buffer.from(workflowJson)
    const copy = Buffer.from(bytes)
    getRight(parseCallback(bytes))
    expect(bytes.equals(copy)).toBe(true)
  })

  it('unwraps a JSON {"Response": …} wrapper and accepts JobsDetail as an object', () => {
    const plain = getRight(parseCallback(workflowJson))
    const parsed: unknown = JSON.parse(workflowJson)
    const wrapped = JSON.stringify({ Response: parsed })
    expect(getRight(parseCallback(wrapped))).toStrictEqual(plain)
    const asObject = workflowJson.replace('"JobsDetail": [{', '"JobsDetail": {').replace(/}\]\s*}\s*$/, '}}')
    expect(getRight(parseCallback(asObject))).toStrictEqual(plain)
  })

  it('keeps text exactly: leading zeros, hex, exponents and placeholders are not numbers', () => {
    const job = taskFinish(parseCallback(sample('smart-cover/single-header.xml').bytes)).JobsDetail[0]
    expect(job?.Input?.Object).toBe('input/007.mp4')
    expect(job?.Input?.CosHeaders?.[0]?.Value).toBe('0x10')
    expect(job?.Operation?.Output?.Object).toBe('output/smartcover-${Number}.jpg')
    expect(job?.Operation?.UserData).toBe('order=1e3&lang=中文')
  })

  it('decodes CDATA, the XML entities and numeric character references, and nothing else', () => {
    const xml = api
      .replace('This is my SmartCover job.', '<![CDATA[ a <b> & c &amp; ]]>')
      .replace('<Message/>', '<Message>&lt;&gt;&amp;&quot;&apos; &#x4e2d;&#25991;&#x1F600;</Message>')
    const job = taskFinish(parseCallback(xml)).JobsDetail[0]
    expect(job?.Operation?.UserData).toBe(' a <b> & c &amp; ')
    expect(job?.Message).toBe('<>&"\' 中文😀')
  })

  it('drops a __proto__ element and keeps constructor / prototype / toString as plain data', () => {
    const xml = api.replace(
      '<QueueId>',
      '<__proto__><polluted>yes</polluted></__proto__><constructor>c</constructor><prototype>p</prototype><toString>s</toString><QueueId>',
    )
    const job = taskFinish(parseCallback(xml)).JobsDetail[0]
    expect(Object.prototype.hasOwnProperty.call(job, '__proto__')).toBe(false)
    expect(Object.getPrototypeOf(job)).toBe(Object.prototype)
    expect(Reflect.get(job ?? {}, 'polluted')).toBeUndefined()
    expect(Object.getOwnPropertyDescriptor(job, 'constructor')?.value).toBe('c')
    expect(Object.getOwnPropertyDescriptor(job, 'prototype')?.value).toBe('p')
    expect(Object.getOwnPropertyDescriptor(job, 'toString')?.value).toBe('s')
    expect(Reflect.get({}, 'polluted')).toBeUndefined()
  })

  it('treats a JSON __proto__ key exactly like the XML element', () => {
    const json = workflowJson.replace(
      '"QueueId"',
      '"__proto__": {"polluted": "yes"}, "constructor": "c", "prototype": "p", "toString": "s", "QueueId"',
    )
    const xml = sample('smart-cover/workflow.xml')
      .bytes.toString('utf8')
      .replace(
        '<QueueId>',
        '<__proto__><polluted>yes</polluted></__proto__><constructor>c</constructor><prototype>p</prototype><toString>s</toString><QueueId>',
      )
    const fromJson = taskFinish(parseCallback(json))
    expect(fromJson).toStrictEqual(getRight(parseCallback(xml)))
    expect(Object.getPrototypeOf(fromJson.JobsDetail[0])).toBe(Object.prototype)
    expect(Reflect.get({}, 'polluted')).toBeUndefined()
  })

  it('keeps spaces inside and around text, in XML as in JSON', () => {
    const xml = taskFinish(parseCallback(api.replace('This is my SmartCover job.', '  two  spaces ')))
    const json = taskFinish(parseCallback(workflowJson.replace('This is my SmartCover job.', '  two  spaces ')))
    expect(xml.JobsDetail[0]?.Operation?.UserData).toBe('  two  spaces ')
    expect(json.JobsDetail[0]?.Operation?.UserData).toBe('  two  spaces ')
  })

  it('keeps unknown fields as they are', () => {
    const xml = api.replace('<QueueId>', '<AIGCMetadata><Label>x</Label></AIGCMetadata><QueueId>')
    const job = taskFinish(parseCallback(xml)).JobsDetail[0]
    expect(job).toHaveProperty('AIGCMetadata', { Label: 'x' })
  })

  it('reads StartTime "-" as unset', () => {
    const job = taskFinish(parseCallback(sample('smart-cover/failed.xml').bytes)).JobsDetail[0]
    expect(job).toHaveProperty('StartTime', undefined)
    expect(job?.State).toBe('Failed')
    expect(job?.Message).toBe('The input file is not a video: <moov> atom not found & no stream')
  })
})
