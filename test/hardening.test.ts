import * as fc from 'fast-check'
import { formatCallbackError } from '../src/format-error'
import { parseCallback, type CallbackBody, type CallbackError, type PayloadIssue } from '../src/index'
import { positionAt } from '../src/text-position'
import { getLeft, getRight } from './support/either'
import { sample } from './support/samples'
import { taskFinish } from './support/callbacks'

const xml = sample('smart-cover/workflow.xml').bytes.toString('utf8')
const json = sample('smart-cover/workflow.json').bytes.toString('utf8')

/** A call with arguments the types forbid, as JavaScript callers can make. */
const call = (body: unknown, contentType?: unknown, options?: unknown): ReturnType<typeof parseCallback> =>
  Reflect.apply(parseCallback, undefined, [body, contentType, options])

const revoked = (): object => {
  const { proxy, revoke } = Proxy.revocable({}, {})
  revoke()
  return proxy
}

const issuesOf = (error: CallbackError): ReadonlyArray<PayloadIssue> =>
  error._tag === 'InvalidPayload' ? error.issues : []

describe('total at the boundary (defect 4)', () => {
  const detached = (): ArrayBuffer => {
    const buffer = new ArrayBuffer(8)
    structuredClone(buffer, { transfer: [buffer] })
    return buffer
  }

  it.each<[string, () => unknown, unknown, unknown, string]>([
    ['a detached ArrayBuffer', detached, 'application/xml', undefined, 'body'],
    [
      'an options object whose getter throws',
      () => '<Response/>',
      'application/xml',
      {
        get maxBytes(): number {
          throw new Error('boom')
        },
      },
      'options',
    ],
    ['a revoked proxy as options', () => '<Response/>', undefined, revoked(), 'options'],
    ['a revoked proxy as body', revoked, undefined, undefined, 'body'],
    [
      'a proxy whose traps throw as options',
      () => '<Response/>',
      undefined,
      new Proxy(
        {},
        {
          get: () => {
            throw new Error('trap')
          },
        },
      ),
      'options',
    ],
    ['a proxy of a Uint8Array', () => new Proxy(new Uint8Array(4), {}), undefined, undefined, 'body'],
    ['an object posing as a Uint8Array', () => Object.create(Uint8Array.prototype), undefined, undefined, 'body'],
    ['an object posing as an ArrayBuffer', () => Object.create(ArrayBuffer.prototype), undefined, undefined, 'body'],
    [
      'a Uint16Array dressed as a Uint8Array',
      () => Object.setPrototypeOf(new Uint16Array(2), Uint8Array.prototype),
      undefined,
      undefined,
      'body',
    ],
  ])('answers %s with InvalidArgument, never a throw', (_, body, contentType, options, argument) => {
    let result: ReturnType<typeof parseCallback> | undefined
    expect(() => {
      result = call(body(), contentType, options)
    }).not.toThrow()
    expect(result === undefined ? undefined : getLeft(result)).toMatchObject({ _tag: 'InvalidArgument', argument })
  })

  it('reads a Uint8Array subclass whose byteLength getter lies through the built-in getters', () => {
    class Lying extends Uint8Array {
      override get byteLength(): number {
        throw new Error('no')
      }
    }
    const bytes = new Lying(Buffer.from(xml))
    expect(getRight(parseCallback(bytes, 'application/xml')).EventName).toBe('TaskFinish')
  })

  it.each<[string, unknown, string]>([
    ['a DataView', new DataView(new ArrayBuffer(3)), 'a DataView of 3 bytes'],
    ['a SharedArrayBuffer', new SharedArrayBuffer(5), 'a SharedArrayBuffer of 5 bytes'],
    ['a Uint16Array', new Uint16Array(2), 'a Uint16Array of 4 bytes'],
    ['a detached ArrayBuffer', undefined, 'a detached ArrayBuffer'],
  ])('describes %s as what it is', (_, body, received) => {
    const u =
      body ??
      (() => {
        const buffer = new ArrayBuffer(8)
        structuredClone(buffer, { transfer: [buffer] })
        return buffer
      })()
    expect(getLeft(call(u))).toMatchObject({ _tag: 'InvalidArgument', argument: 'body', received })
  })

  it('reads a Uint8Array over a SharedArrayBuffer', () => {
    const bytes = Buffer.from(json)
    const shared = new Uint8Array(new SharedArrayBuffer(bytes.length))
    shared.set(bytes)
    expect(getRight(parseCallback(shared, 'application/json')).EventName).toBe('TaskFinish')
  })
})

describe('whitespace-only root (defect 6)', () => {
  it.each(['<Response>\n</Response>', '<Response> \t\r\n </Response>', '<Response/>', '{}', '{"Response": {}}'])(
    '%j is an empty object: the error is a missing field, not a received text',
    (body) => {
      const left = getLeft(parseCallback(body))
      expect(left._tag).toBe('InvalidPayload')
      expect(issuesOf(left)[0]).toMatchObject({ path: 'EventName', received: 'nothing' })
    },
  )
})

describe('empty bodies', () => {
  it.each<[CallbackBody, string | undefined]>([
    ['', 'application/json'],
    ['', 'application/xml'],
    ['  \n', 'application/json'],
    ['\uFEFF', 'application/xml'],
    [new Uint8Array(0), 'application/json'],
    [Buffer.from(' \r\n'), undefined],
  ])('%j with %s is "empty"', (body, contentType) => {
    const left = getLeft(parseCallback(body, contentType))
    expect(left).toMatchObject({ _tag: 'MalformedBody', reason: 'unrecognised' })
    expect(left.message).toContain('empty')
  })
})

describe('encodings', () => {
  it.each([
    ['application/xml; charset=GBK', 'GBK'],
    ['application/json;charset="ISO-8859-1"', 'ISO-8859-1'],
    ['text/xml; CHARSET=utf-16', 'utf-16'],
  ])('refuses a body whose header says %s, naming it', (header, charset) => {
    const left = getLeft(parseCallback(Buffer.from(header.includes('json') ? json : xml), header))
    expect(left).toMatchObject({ _tag: 'MalformedBody', reason: 'encoding' })
    expect(left.message).toContain(charset)
  })

  it.each(['application/xml; charset=UTF-8', 'application/xml; charset="utf8"', 'application/xml; foo=bar'])(
    'reads %s',
    (header) => {
      expect(getRight(parseCallback(Buffer.from(xml), header)).EventName).toBe('TaskFinish')
    },
  )

  it.each([
    ['utf16le', [0xff, 0xfe], 'UTF-16 LE'],
    ['utf16le', [0xfe, 0xff], 'UTF-16 BE'],
  ] as const)('refuses a %s body with a byte order mark, naming it', (encoding, bom, name) => {
    const body = Buffer.concat([Buffer.from(bom), Buffer.from(xml, encoding)])
    const left = getLeft(parseCallback(body, 'application/xml'))
    expect(left).toMatchObject({ _tag: 'MalformedBody', reason: 'encoding' })
    expect(left.message).toContain(name)
  })
})

describe('JSON wire rules', () => {
  it('refuses a duplicate key at its path and position', () => {
    const body = json.replace('"Code": "Success",', '"Code": "Success", "Code": "Failed",')
    const left = getLeft(parseCallback(body, 'application/json'))
    expect(left).toMatchObject({
      _tag: 'InvalidPayload',
      issues: [{ path: 'JobsDetail[0].Code', ...positionAt(body, body.indexOf('"Code": "Failed"')) }],
    })
    expect(left.message).toContain('Duplicate key "Code"')
  })

  it('counts the path through a Response wrapper and dropped empty items', () => {
    const body = `{"Response": {"EventName": "TaskFinish", "JobsDetail": [null, {}, {"JobId": "a", "JobId": "b"}]}}`
    expect(getLeft(parseCallback(body))).toMatchObject({ issues: [{ path: 'JobsDetail[0].JobId' }] })
  })

  it('is not fooled by colons, braces and escaped quotes inside strings', () => {
    const body = json.replace('"Code": "Success"', '"Code": "Su:c{c}e\\"ss\\\\"')
    expect(taskFinish(parseCallback(body, 'application/json')).JobsDetail[0]?.Code).toBe('Su:c{c}e"ss\\')
  })

  it.each([
    ['1e400', 'too large'],
    ['-1e400', 'too large'],
    ['1e-400', 'too small'],
  ])('refuses the number %s, which JSON.parse would round', (number, words) => {
    const body = json.replace('"EventName": "TaskFinish",', `"EventName": "TaskFinish", "Extra": [${number}],`)
    const left = getLeft(parseCallback(body, 'application/json'))
    expect(left).toMatchObject({ _tag: 'InvalidPayload', issues: [{ path: 'Extra[0]', received: number }] })
    expect(left.message).toContain(words)
  })

  it('keeps a JSON 0 and 0.0e5 as zero', () => {
    const body = json.replace('"EventName": "TaskFinish",', '"EventName": "TaskFinish", "Extra": [0, -0.0e5],')
    expect(getRight(parseCallback(body, 'application/json'))).toMatchObject({ Extra: [0, -0] })
  })

  it('quotes a received number as it was sent, not as JavaScript rounded it', () => {
    const body = json.replace('"Code": "Success",', '"Code": "Success", "Progress": 12345678901234567890e300,')
    const left = getLeft(parseCallback(body, 'application/json'))
    expect(left).toMatchObject({ issues: [{ path: 'JobsDetail[0].Progress', received: '12345678901234567890e300' }] })
  })

  it('quotes an unsafe integer as sent, saying why it is refused', () => {
    const body =
      '{"EventName":"TaskFinish","JobsDetail":{"Tag":"SmartCover","JobId":"j","CreationTime":"2022-06-30T15:29:42+0800","Operation":{"SmartCover":{"Count":12345678901234567890}}}}'
    const [issue] = issuesOf(getLeft(parseCallback(body, undefined, { invalidFields: 'reject' })))
    expect(issue).toMatchObject({ received: '12345678901234567890' })
    expect(issue?.message).toContain('outside the safe integer range')
    expect(issue?.message).toContain('12345678901234567890')
  })

  it('reads "Audio": {} as empty, like <Audio/>', () => {
    const body = json.replace(
      '"Stream": {\n\n                }',
      '"Stream": {"Audio": {}, "Video": [{}, {"Index": "0"}]}',
    )
    expect(body).not.toBe(json)
    const decoded = taskFinish(parseCallback(body, 'application/json'))
    expect(decoded.JobsDetail[0]?.Operation?.MediaInfo?.Stream).toStrictEqual({ Video: [{ Index: 0 }] })
  })

  it('reads Workflow sent as a one-item list as the object, in both formats', () => {
    const viaJson = taskFinish(
      parseCallback(json.replace(/"Workflow": (\{[^}]*\})/, '"Workflow": [$1]'), 'application/json'),
    )
    expect(viaJson.JobsDetail[0]?.Workflow).toStrictEqual(
      taskFinish(parseCallback(json, 'application/json')).JobsDetail[0]?.Workflow,
    )
    expect(viaJson.JobsDetail[0]?.Workflow?.WorkflowId).toBeDefined()
  })
})

describe('issue locations after a dropped empty item (defect 3)', () => {
  const jobXml = (id: string): string =>
    `<JobsDetail><Tag>SmartCover</Tag><JobId>${id}</JobId><CreationTime>2022-06-30T15:29:42+0800</CreationTime><Operation><MediaResult><OutputFile><ObjectName/><ObjectName>a.jpg</ObjectName><ObjectName>b.jpg</ObjectName></OutputFile></MediaResult></Operation><EndTime>bad</EndTime></JobsDetail>`

  it('XML <JobsDetail/> before a job: the location leads to the job the path names', () => {
    const body = `<Response><EventName>TaskFinish</EventName><JobsDetail/>\n<JobsDetail>  </JobsDetail>\n${jobXml('j1')}</Response>`
    const left = getLeft(parseCallback(body, undefined, { invalidFields: 'reject' }))
    expect(left).toMatchObject({
      _tag: 'InvalidPayload',
      issues: [{ path: 'JobsDetail[0].EndTime', ...positionAt(body, body.indexOf('bad')) }],
    })
  })

  it('XML <ObjectName/> before names: an issue on a later name leads to that name', () => {
    const body = `<Response><EventName>TaskFinish</EventName>${jobXml('j1').replace('<EndTime>bad</EndTime>', '<EndTime>-</EndTime>').replace('<ObjectName>b.jpg</ObjectName>', '<ObjectName><X>b</X></ObjectName>')}</Response>`
    const left = getLeft(parseCallback(body, undefined, { invalidFields: 'reject' }))
    expect(left).toMatchObject({
      issues: [
        {
          path: 'JobsDetail[0].Operation.MediaResult.OutputFile.ObjectName[1]',
          ...positionAt(body, body.indexOf('<ObjectName><X>')),
        },
      ],
    })
  })

  it('JSON null item: the location leads to the item the path names', () => {
    const body = `{"EventName":"TaskFinish","JobsDetail":[null,"",\n{"Tag":"SmartCover","JobId":"j","CreationTime":"2022-06-30T15:29:42+0800","Operation":{"UserData":"u"},"EndTime":"bad"}]}`
    expect(getLeft(parseCallback(body, undefined, { invalidFields: 'reject' }))).toMatchObject({
      issues: [{ path: 'JobsDetail[0].EndTime', ...positionAt(body, body.indexOf('"bad"')) }],
    })
  })
})

describe('messages', () => {
  it('never splits a surrogate pair when shortening a received value', () => {
    const body = json.replace('"CreationTime": "2022-06-30T15:29:42+0800"', `"CreationTime": "${'a'.repeat(59)}😀😀"`)
    const [issue] = issuesOf(getLeft(parseCallback(body, 'application/json')))
    expect(issue?.received).toBe(JSON.stringify(`${'a'.repeat(59)}…`))
    expect(issue?.message).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/)
  })

  it('JSON syntax messages carry no part of the body', () => {
    const secret = 'SECRET-TOKEN-123'
    const left = getLeft(parseCallback(`{"a": "${secret}" x}`, 'application/json'))
    expect(left).toMatchObject({ _tag: 'MalformedBody', reason: 'syntax', line: 1, column: 26 })
    expect(left.message).not.toContain(secret)
    expect(left.message).toBe('Body is not valid JSON: unexpected "x"')
  })

  it('counts lines at LF, CRLF and a lone CR, and columns in UTF-16 units', () => {
    const body = '{"a":\r\n1,\r"b":\n"😀" x}'
    expect(getLeft(parseCallback(body))).toMatchObject({ line: 4, column: 6 })
  })

  const MAX = 500
  it('every Left message, and formatCallbackError per issue, is bounded whatever the body', () => {
    const hostile = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 3000 }),
      fc.string({ unit: 'binary', maxLength: 2000 }).map((s) => `<Response><${s}>`),
      fc.string({ unit: 'binary', maxLength: 2000 }).map((s) => `{"${s}": ["${s}"]}`),
      fc.string({ unit: 'binary', maxLength: 2000 }).map((s) => json.replace('j6842765cf84611ecb8546d80f2baf56f', s)),
      fc.string({ unit: 'grapheme', maxLength: 2000 }).map((s) => xml.replace('2022-06-30T15:29:48+0800', s)),
      fc
        .integer({ min: 1, max: 3000 })
        .map((n) => `{"EventName":"TaskFinish","${'k'.repeat(n)}":{"${'x'.repeat(n)}":1,"${'x'.repeat(n)}":2}}`),
      fc
        .integer({ min: 1, max: 3000 })
        .map(
          (n) =>
            `<Response><EventName>TaskFinish</EventName><JobsDetail><Tag>SmartCover</Tag><${'A'.repeat(n)}><${'B'.repeat(n)}>x</${'B'.repeat(n)}></${'A'.repeat(n)}></JobsDetail></Response>`,
        ),
    )
    fc.assert(
      fc.property(hostile, fc.option(fc.string({ maxLength: 3000 }), { nil: undefined }), (body, contentType) => {
        const result = parseCallback(body, contentType)
        if (result._tag === 'Right') return
        const left = result.left
        expect(left.message.length).toBeLessThanOrEqual(MAX)
        if (left._tag === 'InvalidPayload') {
          for (const issue of left.issues) {
            const rendered = formatCallbackError({ ...left, issues: [issue] })
              .split('\n')
              .slice(1)
              .join('\n')
            expect(rendered.length).toBeLessThanOrEqual(MAX)
          }
        } else expect(formatCallbackError(left).length).toBeLessThanOrEqual(MAX + 100)
      }),
      { numRuns: 300 },
    )
  })
})
