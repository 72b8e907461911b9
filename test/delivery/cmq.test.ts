import * as fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import { encodeCallback } from '../../src/encode/encode-callback'
import { parseCallback } from '../../src/parse-callback'
import { cmqEnvelope } from '../support/cmq'
import { getLeft, getRight } from '../support/either'
import { sample } from '../support/samples'

const text = (name: string): string => sample(name).bytes.toString('utf8')
const XML = 'reference/transcode/sample-1.xml'
const JSON_CALLBACK = 'reference/transcode/sample-2.json'
const SENT = { publishTime: 1716192191 }

describe('CMQ push envelopes (JSON format)', () => {
  it.each([
    XML,
    JSON_CALLBACK,
    'workflow/finish.xml',
    'moderation/image/detail-1.json',
    'moderation/image/simple-2.json',
  ])('an envelope around %s decodes to that callback, with Delivery', (name) => {
    const direct = getRight(parseCallback(sample(name).bytes))
    const delivered = getRight(parseCallback(cmqEnvelope(text(name), SENT), 'text/plain'))
    expect(delivered).toStrictEqual({
      ...direct,
      Delivery: {
        via: 'cmq',
        messageId: '6942316962',
        topic: 'MyTopic',
        subscription: 'mysubscription',
        publishTime: new Date('2024-05-20T08:03:11Z'),
        topicOwner: '100015036',
      },
    })
  })

  it("decodes CMQ's own sample envelope: publishTime 11203432 is Unix seconds", () => {
    const delivered = getRight(parseCallback(Buffer.from(cmqEnvelope(text(XML))), 'text/plain'))
    expect(delivered.Delivery?.publishTime).toStrictEqual(new Date(11203432 * 1000))
  })

  it('reads a publishTime too large for seconds as milliseconds, and TopicOwner as text either way', () => {
    const ms = getRight(parseCallback(cmqEnvelope(text(XML), { publishTime: 1716192191000, TopicOwner: '1250000000' })))
    expect(ms.Delivery?.publishTime).toStrictEqual(new Date('2024-05-20T08:03:11Z'))
    expect(ms.Delivery?.topicOwner).toBe('1250000000')
    const { TopicOwner: _owner, ...withoutOwner } = JSON.parse(cmqEnvelope(text(XML), SENT))
    const none = getRight(parseCallback(JSON.stringify(withoutOwner)))
    expect(none.Delivery).toStrictEqual({
      via: 'cmq',
      messageId: '6942316962',
      topic: 'MyTopic',
      subscription: 'mysubscription',
      publishTime: new Date('2024-05-20T08:03:11Z'),
    })
  })

  it('applies the options to the inner callback', () => {
    const unknownTag = text('unknown/tag/hologram-cover.xml')
    expect(getRight(parseCallback(cmqEnvelope(unknownTag))).EventName).toBe('TaskFinish')
    const refused = getLeft(parseCallback(cmqEnvelope(unknownTag), 'text/plain', { unknown: 'reject' }))
    expect(refused._tag).toBe('InvalidPayload')
    expect(refused.message).toMatch(
      /^In the msgBody of CMQ message "6942316962": Invalid Tencent CI callback at JobsDetail\[0\]\.Tag/,
    )
  })

  it('keeps graded decoding inside msgBody: an invalid optional value is dropped, located in msgBody', () => {
    const body = text(XML).replace('<Progress>100</Progress>', '<Progress>all</Progress>')
    const delivered = getRight(parseCallback(cmqEnvelope(body, { TopicOwner: { odd: true } })))
    const direct = getRight(parseCallback(body))
    expect(direct.Dropped?.map((d) => [d.path, d.line])).toStrictEqual([
      ['JobsDetail[0].Progress', body.split('\n').findIndex((l) => l.includes('<Progress>all')) + 1],
    ])
    expect(delivered).toStrictEqual({ ...direct, Delivery: expect.objectContaining({ messageId: '6942316962' }) })
    // An odd TopicOwner is neither checked nor kept.
    expect(delivered.Delivery).not.toHaveProperty('topicOwner')
    // Encoding writes the dropped value back and leaves Delivery out: the body CI published.
    expect(encodeCallback(delivered, 'xml')).toBe(encodeCallback(direct, 'xml'))
    expect(encodeCallback(delivered, 'xml')).toContain('<Progress>all</Progress>')
  })

  it('encodeCallback leaves Delivery out: it writes the callback Tencent sent', () => {
    const direct = getRight(parseCallback(sample(XML).bytes))
    const delivered = getRight(parseCallback(cmqEnvelope(text(XML), SENT)))
    expect(delivered.Delivery).toBeDefined()
    expect(encodeCallback(delivered, 'xml')).toBe(encodeCallback(direct, 'xml'))
    expect(encodeCallback(delivered, 'json')).toBe(encodeCallback(direct, 'json'))
    expect(delivered.Delivery?.via).toBe('cmq')
  })
})

describe('CMQ envelopes that are not a callback', () => {
  it("refuses a message that is not a callback, saying it came in a CMQ envelope (CMQ's sample body)", () => {
    const error = getLeft(parseCallback(cmqEnvelope('test message'), 'text/plain'))
    expect(error).toMatchObject({ _tag: 'MalformedBody', reason: 'unrecognised', format: 'unknown' })
    expect(error.message).toBe(
      'In the msgBody of CMQ message "6942316962": Body is neither XML (starting with "<") nor JSON (starting with "{"), and no Content-Type says which',
    )
  })

  it('keeps the inner error: its tag, its issues, their lines and columns in msgBody', () => {
    const body = text(XML).replace('<JobId>', '<JobId></JobId><Broken>')
    const malformed = getLeft(parseCallback(cmqEnvelope(body)))
    const direct = getLeft(parseCallback(body))
    expect(malformed).toStrictEqual({
      ...direct,
      message: `In the msgBody of CMQ message "6942316962": ${direct.message}`,
    })

    const invalidBody = text(XML).replace(/<JobId>[^<]*<\/JobId>/, '')
    const invalid = getLeft(parseCallback(cmqEnvelope(invalidBody)))
    const directInvalid = getLeft(parseCallback(invalidBody))
    expect(invalid).toStrictEqual({
      ...directInvalid,
      message: `In the msgBody of CMQ message "6942316962": ${directInvalid.message}`,
    })
    if (invalid._tag !== 'InvalidPayload') throw new Error(invalid._tag)
    expect(invalid.issues[0]?.path).toBe('JobsDetail[0].JobId')
  })

  it('refuses JSON that is not a callback, and does not open an envelope inside an envelope', () => {
    const other = getLeft(parseCallback(cmqEnvelope('{"order":42}')))
    expect(other).toMatchObject({ _tag: 'InvalidPayload', issues: [expect.objectContaining({ path: 'EventName' })] })
    expect(other.message).toMatch(/^In the msgBody of CMQ message "6942316962": /)
    const nested = getLeft(parseCallback(cmqEnvelope(cmqEnvelope(text(XML)))))
    expect(nested._tag).toBe('InvalidPayload')
    expect(nested.message).toMatch(/^In the msgBody of CMQ message "6942316962": /)
  })

  it('refuses a broken envelope at the envelope field, located in the body', () => {
    const body = cmqEnvelope(text(XML), { publishTime: 'yesterday' })
    const error = getLeft(parseCallback(body))
    if (error._tag !== 'InvalidPayload') throw new Error(error._tag)
    expect(error.issues).toStrictEqual([
      expect.objectContaining({
        path: 'publishTime',
        expected: 'a Unix time in seconds, such as 1716192191',
        received: '"yesterday"',
        line: 1,
        column: body.indexOf('"yesterday"') + 1,
      }),
    ])
    const missing = getLeft(parseCallback(JSON.stringify({ msgId: '1', msgBody: text(XML) })))
    expect(missing._tag === 'InvalidPayload' && missing.issues.map((i) => i.path)).toStrictEqual([
      'topicName',
      'subscriptionName',
      'publishTime',
    ])
    const notText = getLeft(parseCallback(cmqEnvelope({ EventName: 'TaskFinish' })))
    expect(notText._tag === 'InvalidPayload' && notText.issues.map((i) => i.path)).toStrictEqual(['msgBody'])
  })

  it('refuses an envelope with two msgBody keys: JSON readers disagree on which one counts', () => {
    const one = cmqEnvelope(text(XML))
    const twice = one.replace('"msgBody":', `"msgBody":${JSON.stringify(text(JSON_CALLBACK))},"msgBody":`)
    const error = getLeft(parseCallback(twice))
    expect(error._tag === 'InvalidPayload' && error.issues[0]?.received).toBe('the key "msgBody" again')
  })

  it('cuts a long msgId in the message', () => {
    const error = getLeft(parseCallback(cmqEnvelope('nope', { msgId: 'x'.repeat(5000) })))
    expect(error.message.length).toBeLessThanOrEqual(400)
    expect(error.message).toMatch(/^In the msgBody of CMQ message "x+…": /)
  })
})

describe('CMQ envelopes: limits and totality', () => {
  it('holds maxBytes for the envelope, maxTextLength for msgBody, and every limit inside msgBody', () => {
    const envelope = cmqEnvelope(text(XML))
    expect(getLeft(parseCallback(envelope, 'text/plain', { maxBytes: 1024 }))).toMatchObject({
      _tag: 'LimitExceeded',
      unit: 'bytes',
    })
    expect(getLeft(parseCallback(envelope, 'text/plain', { maxTextLength: 1024 }))).toMatchObject({
      _tag: 'LimitExceeded',
      unit: 'characters',
      path: 'msgBody',
    })
    const deep = getLeft(parseCallback(cmqEnvelope(`${'<a>'.repeat(500)}${'</a>'.repeat(500)}`)))
    expect(deep).toMatchObject({ _tag: 'LimitExceeded', unit: 'depth' })
    expect(deep.message).toMatch(/^In the msgBody of CMQ message "6942316962": Body nests/)
    const many = getLeft(parseCallback(cmqEnvelope(text('smart-cover/two-jobs.xml')), undefined, { maxItems: 1 }))
    expect(many).toMatchObject({ _tag: 'LimitExceeded', unit: 'items', path: 'JobsDetail' })
    expect(many.message).toMatch(/^In the msgBody of CMQ message "6942316962": List at JobsDetail has 2 items/)
  })

  it('a CMQ message of 64 KiB (the queue limit) decodes', () => {
    const seed = text(XML)
    const callback = seed.replace('<UserData>', `<UserData>${'u'.repeat(64 * 1024 - Buffer.byteLength(seed))}`)
    expect(Buffer.byteLength(callback)).toBe(64 * 1024)
    const delivered = getRight(parseCallback(cmqEnvelope(callback)))
    expect(delivered.Delivery?.messageId).toBe('6942316962')
  })

  it('never throws on envelopes with arbitrary fields and bodies', () => {
    const value = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.constant(null), fc.object({ maxDepth: 2 }))
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.constantFrom(text(XML), text(JSON_CALLBACK))),
        fc.record(
          { TopicOwner: value, msgId: value, topicName: value, subscriptionName: value, publishTime: value },
          { requiredKeys: [] },
        ),
        fc.nat(2000),
        (msgBody, fields, cut) => {
          const body = cmqEnvelope(msgBody, fields)
          for (const b of [body, body.slice(0, cut), Buffer.from(body)]) {
            const result = parseCallback(b, 'text/plain')
            if (E.isLeft(result)) expect(result.left.message.length).toBeLessThanOrEqual(400)
          }
        },
      ),
      { numRuns: 300 },
    )
  })

  it('reads the options afresh for msgBody, and a throwing getter is an InvalidArgument', () => {
    let reads = 0
    const options = Object.defineProperty({}, 'maxBytes', {
      enumerable: true,
      get() {
        reads += 1
        if (reads > 1) throw new Error('boom')
        return 1024 * 1024
      },
    })
    const result = parseCallback(cmqEnvelope(text(XML)), 'text/plain', options)
    expect(getLeft(result)._tag).toBe('InvalidArgument')
  })
})

describe('CMQ SIMPLIFIED format: the body is the message', () => {
  it.each([XML, JSON_CALLBACK])('%s posted as text/plain decodes as it is, without Delivery', (name) => {
    const result = getRight(parseCallback(sample(name).bytes, 'text/plain'))
    expect(result).toStrictEqual(getRight(parseCallback(sample(name).bytes)))
    expect(result.Delivery).toBeUndefined()
  })
})
