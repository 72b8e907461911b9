import * as E from 'fp-ts/lib/Either.js'
import { encodeCallback } from '../../src/encode/encode-callback'
import type { DroppedField } from '../../src/graded/dropped'
import { toHttpResponse } from '../../src/http/http-response'
import { parseCallback } from '../../src/parse-callback'
import { positionAt } from '../../src/text-position'
import { getLeft, getRight } from '../support/either'
import { taskFinish } from '../support/callbacks'
import { sample } from '../support/samples'

const text = (name: string): string => sample(name).bytes.toString('utf8')

/** `body` with `from` replaced by `to` once; fails the test when `from` is not there. */
const edit = (body: string, from: string | RegExp, to: string): string => {
  const out = body.replace(from, to)
  if (out === body) throw new Error(`${String(from)} not found`)
  return out
}

/** A JSON body with the value at `path` (keys and indices) replaced by `value`. */
const jsonWith = (name: string, path: ReadonlyArray<string | number>, value: unknown): string => {
  const tree: unknown = JSON.parse(text(name))
  let at: unknown = tree
  for (const step of path.slice(0, -1)) at = Reflect.get(Object(at), step)
  const last = path[path.length - 1]
  if (last === undefined || typeof at !== 'object' || at === null) throw new Error(`no ${path.join('.')} in ${name}`)
  Reflect.set(at, last, value)
  return JSON.stringify(tree, null, 2)
}

/** What a DroppedField says, without its position. */
const what = (d: DroppedField) => ({ path: d.path, raw: d.raw, received: d.received })

const decodedWithout = (body: string) => {
  const graded = getRight(parseCallback(body))
  expect(graded.Dropped).toBeDefined()
  return { graded, dropped: graded.Dropped ?? [] }
}

/** The round trip: the re-encoded body decodes to the same callback, `Dropped` included (positions aside). */
const expectRoundTrip = (body: string, format: 'xml' | 'json'): void => {
  const graded = getRight(parseCallback(body))
  const again = getRight(parseCallback(encodeCallback(graded, format)))
  const strip = (d: ReadonlyArray<DroppedField> | undefined) => d?.map(({ line: _l, column: _c, ...rest }) => rest)
  expect({ ...again, Dropped: strip(again.Dropped) }).toEqual({ ...graded, Dropped: strip(graded.Dropped) })
}

describe('graded decoding: real deviations decode, with what was left out in Dropped', () => {
  it('an ffprobe N/A in MediaInfo is left out, located, kept raw; the rest of the job is intact (XML)', () => {
    const body = edit(text('reference/media-info/sample-1.xml'), /<Bitrate>[^<]*<\/Bitrate>/, '<Bitrate>N/A</Bitrate>')
    const { graded, dropped } = decodedWithout(body)
    expect(dropped).toStrictEqual([
      {
        path: 'JobsDetail[0].Operation.MediaInfo.Format.Bitrate',
        steps: ['JobsDetail', 0, 'Operation', 'MediaInfo', 'Format', 'Bitrate'],
        expected: 'a number like "830.482"',
        received: '"N/A"',
        message: 'Expected a number like "830.482", received "N/A"',
        raw: 'N/A',
        ...positionAt(body, body.indexOf('N/A')),
      },
    ])
    const clean = taskFinish(parseCallback(text('reference/media-info/sample-1.xml')))
    const job = graded.EventName === 'TaskFinish' ? graded.JobsDetail[0] : undefined
    const format = job?.Tag === 'MediaInfo' ? job.Operation.MediaInfo?.Format : undefined
    const cleanJob = clean.JobsDetail[0]
    const cleanFormat = cleanJob?.Tag === 'MediaInfo' ? cleanJob.Operation.MediaInfo?.Format : undefined
    const { Bitrate: _gone, ...rest } = cleanFormat ?? {}
    expect(format).toStrictEqual(rest)
    expect(job?.JobId).toBe(cleanJob?.JobId)
    expectRoundTrip(body, 'xml')
    expectRoundTrip(body, 'json')
  })

  it('the same N/A in the JSON body gives the same Dropped, positions aside', () => {
    const xml = edit(text('reference/media-info/sample-1.xml'), /<Bitrate>[^<]*<\/Bitrate>/, '<Bitrate>N/A</Bitrate>')
    const json = encodeCallback(getRight(parseCallback(xml)), 'json')
    expect(decodedWithout(json).dropped.map(what)).toStrictEqual(decodedWithout(xml).dropped.map(what))
  })

  it('an optional time in another format, and a workflow task with an odd EndTime', () => {
    const job = decodedWithout(
      edit(text('smart-cover/workflow.xml'), /<EndTime>[^<]*<\/EndTime>/, '<EndTime>2022/06/30 15:29:48</EndTime>'),
    )
    expect(job.dropped.map(what)).toStrictEqual([
      { path: 'JobsDetail[0].EndTime', raw: '2022/06/30 15:29:48', received: '"2022/06/30 15:29:48"' },
    ])
    const run = decodedWithout(
      edit(text('workflow/finish.xml'), /<EndTime>[^<]*<\/EndTime>/, '<EndTime>soon</EndTime>'),
    )
    expect(run.dropped.map((d) => d.path)).toStrictEqual([expect.stringMatching(/^WorkflowExecution\.Tasks\[0\]\./)])
    expect(run.graded.EventName).toBe('WorkflowFinish')
  })

  it('a moderation Score that is not a number is left out of its section', () => {
    const body = jsonWith('moderation/text/detail-1.json', ['JobsDetail', 'Section', 0, 'PornInfo', 'Score'], 'high')
    const { graded, dropped } = decodedWithout(body)
    expect(dropped.map(what)).toStrictEqual([
      { path: 'JobsDetail.Section[0].PornInfo.Score', raw: 'high', received: '"high"' },
    ])
    expect(graded).toMatchObject({ EventName: 'ReviewText', ContentVersion: 'Detail' })
    expectRoundTrip(body, 'json')
  })

  it('text where a node is expected, and two nodes where one is expected, leave out the field', () => {
    const asText = decodedWithout(jsonWith('smart-cover/workflow.json', ['JobsDetail', 0, 'Input'], 'in.mp4'))
    expect(asText.dropped.map(what)).toStrictEqual([
      { path: 'JobsDetail[0].Input', raw: 'in.mp4', received: '"in.mp4"' },
    ])
    const input: unknown = Reflect.get(
      Reflect.get(Reflect.get(JSON.parse(text('smart-cover/workflow.json')), 'JobsDetail'), 0),
      'Input',
    )
    const body = jsonWith('smart-cover/workflow.json', ['JobsDetail', 0, 'Input'], [input, input])
    const twice = decodedWithout(body)
    expect(twice.dropped.map((d) => [d.path, d.raw, d.received])).toStrictEqual([
      ['JobsDetail[0].Input', [input, input], 'a list of 2 items'],
    ])
    expectRoundTrip(body, 'xml')
    expectRoundTrip(body, 'json')
  })

  it('a bad list item goes, and only it: Stream.Video[1] is left out, Stream.Video[0] stays', () => {
    const xml = text('reference/media-info/sample-1.xml')
    const video = /<Video>[\s\S]*?<\/Video>/.exec(xml)?.[0] ?? ''
    expect(video).not.toBe('')
    const body = edit(xml, video, `${video}<Video>not a stream</Video>`)
    const { graded, dropped } = decodedWithout(body)
    expect(dropped.map(what)).toStrictEqual([
      {
        path: 'JobsDetail[0].Operation.MediaInfo.Stream.Video[1]',
        raw: 'not a stream',
        received: '"not a stream"',
      },
    ])
    const job = graded.EventName === 'TaskFinish' ? graded.JobsDetail[0] : undefined
    expect(job?.Tag === 'MediaInfo' && job.Operation.MediaInfo?.Stream?.Video).toHaveLength(1)
    expectRoundTrip(body, 'xml')
    expectRoundTrip(body, 'json')
  })

  it('a required field inside an optional node leaves out the node, and says where the failure was', () => {
    const body = jsonWith('smart-cover/workflow.json', ['JobsDetail', 0, 'Workflow'], { Name: 'w' })
    const { dropped } = decodedWithout(body)
    expect(dropped).toHaveLength(1)
    expect(dropped[0]).toMatchObject({ path: 'JobsDetail[0].Workflow', raw: { Name: 'w' } })
    expect(dropped[0]?.message).toMatch(/\(at JobsDetail\[0\]\.Workflow\.\w+\)$/)
  })

  it('reads a node sent as a one-item list as the node, silently: nothing is dropped', () => {
    for (const name of ['constructed/pic-process/documented.json', 'constructed/pic-process/upload-result.json']) {
      const tree: unknown = JSON.parse(text(name))
      const operation: unknown = Reflect.get(Reflect.get(Object(tree), 'JobsDetail'), 'Operation')
      const result: unknown = Reflect.get(Object(operation), 'PicProcessResult')
      const body = jsonWith(name, ['JobsDetail', 'Operation', 'PicProcessResult'], [result])
      expect(parseCallback(body)).toStrictEqual(parseCallback(text(name)))
    }
  })
})

describe('graded decoding: what still refuses a callback', () => {
  it.each([
    [
      'a job without JobId',
      jsonWith('smart-cover/workflow.json', ['JobsDetail', 0, 'JobId'], ''),
      'JobsDetail[0].JobId',
    ],
    [
      "a job's CreationTime",
      jsonWith('smart-cover/workflow.json', ['JobsDetail', 0, 'CreationTime'], 'yesterday'),
      'JobsDetail[0].CreationTime',
    ],
    [
      "a job's Operation",
      jsonWith('smart-cover/workflow.json', ['JobsDetail', 0, 'Operation'], 'x'),
      'JobsDetail[0].Operation',
    ],
    ['a job that is not an object', jsonWith('smart-cover/workflow.json', ['JobsDetail'], ['x']), 'JobsDetail[0]'],
    [
      'a workflow run without RunId',
      edit(text('workflow/finish.xml'), /<RunId>[^<]*<\/RunId>/, ''),
      'WorkflowExecution.RunId',
    ],
  ])('%s', (_name, body, path) => {
    const left = getLeft(parseCallback(body))
    expect(left._tag === 'InvalidPayload' && left.issues.map((i) => i.path)).toContain(path)
  })

  it('lists every issue when it refuses, those it would have dropped included', () => {
    const body = edit(
      jsonWith('smart-cover/workflow.json', ['JobsDetail', 0, 'JobId'], ''),
      /"EndTime": "[^"]*"/,
      '"EndTime": "soon"',
    )
    const left = getLeft(parseCallback(body))
    expect(left._tag === 'InvalidPayload' && left.issues.map((i) => i.path)).toStrictEqual([
      'JobsDetail[0].JobId',
      'JobsDetail[0].EndTime',
    ])
    expect(parseCallback(body, undefined, { invalidFields: 'reject' })).toStrictEqual(parseCallback(body))
  })

  it("'reject' is all or nothing: an invalid optional value refuses the callback, with its issue", () => {
    const body = edit(text('reference/media-info/sample-1.xml'), /<Bitrate>[^<]*<\/Bitrate>/, '<Bitrate>N/A</Bitrate>')
    const left = getLeft(parseCallback(body, undefined, { invalidFields: 'reject' }))
    const dropped = getRight(parseCallback(body)).Dropped ?? []
    expect(left).toMatchObject({ _tag: 'InvalidPayload' })
    const { raw: _raw, steps: _steps, ...issue } = dropped[0] ?? { raw: undefined, steps: [] }
    expect(left._tag === 'InvalidPayload' && left.issues).toStrictEqual([issue])
    expect(parseCallback(body, undefined, { invalidFields: 'drop' })).toStrictEqual(parseCallback(body))
  })
})

describe('what a receiver sees of Dropped', () => {
  const body = edit(text('reference/media-info/sample-1.xml'), /<Bitrate>[^<]*<\/Bitrate>/, '<Bitrate>N/A</Bitrate>')

  it('toHttpResponse answers 200: the callback was received', () => {
    expect(toHttpResponse(parseCallback(body)).status).toBe(200)
  })

  it('Dropped is absent when nothing was dropped, and never written as a field', () => {
    const clean = getRight(parseCallback(text('reference/media-info/sample-1.xml')))
    expect('Dropped' in clean).toBe(false)
    const graded = getRight(parseCallback(body))
    expect(encodeCallback(graded, 'xml')).not.toContain('Dropped')
    expect(encodeCallback(graded, 'json')).not.toContain('Dropped')
    expect(E.isRight(parseCallback(encodeCallback(graded, 'xml')))).toBe(true)
  })
})

describe('paths as steps', () => {
  it('keeps a key with a dot one key, quoted in the path, and locates it at its value', () => {
    const body = jsonWith('moderation/text/detail-1.json', ['JobsDetail', 'CosHeaders'], { 'x.y': 5 })
    const left = getLeft(parseCallback(body, undefined, { invalidFields: 'reject' }))
    if (left._tag !== 'InvalidPayload') throw new Error('expected an InvalidPayload')
    expect(left.issues).toStrictEqual([
      expect.objectContaining({
        path: 'JobsDetail.CosHeaders["x.y"]',
        ...positionAt(body, body.indexOf('5', body.indexOf('"x.y"'))),
      }),
    ])
    const { dropped } = decodedWithout(body)
    expect(dropped.map((d) => [d.path, d.steps, d.raw])).toStrictEqual([
      ['JobsDetail.CosHeaders', ['JobsDetail', 'CosHeaders'], { 'x.y': 5 }],
    ])
  })
})
