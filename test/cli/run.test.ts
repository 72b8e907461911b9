import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { cli, sample } from './cli-harness'
import { version } from '../../package.json'

describe('tencent-ci-callback CLI: decoding', () => {
  it('decodes a file and prints it as pretty JSON, times in the zone the body wrote them in', async () => {
    const { status, out, err } = await cli([sample('smart-cover', 'workflow.xml')])
    expect({ status, err }).toEqual({ status: 0, err: '' })
    expect(out.split('\n').length).toBeGreaterThan(10)
    const printed = JSON.parse(out)
    expect(printed.JobsDetail[0].JobId).toBe('j6842765cf84611ecb8546d80f2baf56f')
    // The body says 2022-06-30T15:29:42+0800.
    expect(printed.JobsDetail[0].CreationTime).toBe('2022-06-30T15:29:42+08:00')
    expect(new Date(printed.JobsDetail[0].CreationTime).toISOString()).toBe('2022-06-30T07:29:42.000Z')
    expect(printed.JobsDetail[0].Operation.SmartCover.Count).toBe(5)
  })

  it('prints the same value for the XML and the JSON form', async () => {
    const xml = await cli([sample('smart-cover', 'workflow.xml')])
    const json = await cli([sample('smart-cover', 'workflow.json')])
    expect(JSON.parse(json.out)).toEqual(JSON.parse(xml.out))
  })

  it.each([
    [
      'a space, +0800',
      '{"EventName":"WorkflowFinish","WorkflowExecution":{"RunId":"r","WorkflowId":"w","CreateTime":"2022-08-09 14:54:17+0800"}}',
      '2022-08-09T14:54:17+08:00',
    ],
    [
      'a colon, +08:00',
      '{"EventName":"WorkflowFinish","WorkflowExecution":{"RunId":"r","WorkflowId":"w","CreateTime":"2022-08-09T14:54:17+08:00"}}',
      '2022-08-09T14:54:17+08:00',
    ],
    [
      'UTC with milliseconds',
      '{"EventName":"WorkflowFinish","WorkflowExecution":{"RunId":"r","WorkflowId":"w","CreateTime":"2022-08-09T06:54:17.250Z"}}',
      '2022-08-09T06:54:17.250Z',
    ],
    [
      '-0530',
      '{"EventName":"WorkflowFinish","WorkflowExecution":{"RunId":"r","WorkflowId":"w","CreateTime":"2022-08-09T01:24:17-0530"}}',
      '2022-08-09T01:24:17-05:30',
    ],
  ])('prints a time written with %s as it was written', async (_, body, printed) => {
    const { status, out } = await cli(['-'], body)
    expect(status).toBe(0)
    expect(JSON.parse(out).WorkflowExecution.CreateTime).toBe(printed)
  })

  it.each([[[]], [['-']]])('reads stdin (%j)', async (argv) => {
    const { status, out } = await cli(argv, await readFile(sample('smart-cover', 'workflow.json')))
    expect(status).toBe(0)
    expect(JSON.parse(out).EventName).toBe('TaskFinish')
  })

  it('exits 1 with the formatted error on a malformed body, every line starting with the name', async () => {
    const { status, out, errLines } = await cli(['-'], '<Response><EventName>TaskFinish')
    expect(status).toBe(1)
    expect(out).toBe('')
    expect(errLines[0]).toMatch(/^<stdin>: ✖ Malformed Tencent CI callback \(XML\): /)
    expect(errLines[1]).toMatch(/^<stdin>: {3}→ at line 1, column \d+$/)
  })

  it('prints the version of package.json', async () => {
    for (const flag of ['--version', '-V']) {
      const { status, out } = await cli([flag])
      expect({ status, out }).toEqual({ status: 0, out: version })
    }
    expect(version).toMatch(/^\d+\.\d+\.\d+/)
  })

  it('exits 2 on a usage or read error', async () => {
    expect((await cli(['--format', 'yaml'])).status).toBe(2)
    expect((await cli(['--nope'])).status).toBe(2)
    const missing = await cli([sample('no-such-file.xml')])
    expect(missing.status).toBe(2)
    expect(missing.err).toContain('no-such-file.xml: cannot read')
  })

  it('applies --max-bytes', async () => {
    const { status, err } = await cli(['--max-bytes', '100', sample('smart-cover', 'workflow.xml')])
    expect(status).toBe(1)
    expect(err).toContain('over the limit of 100 bytes')
  })
})

describe('tencent-ci-callback CLI: --format', () => {
  it('decodes a body that does not show its format as the format given', async () => {
    const body = '  '
    expect((await cli(['--format', 'json'], body)).err).toContain('(JSON)')
    expect((await cli(['--format', 'xml'], body)).err).toContain('(XML)')
  })

  it('refuses a body of the other format, naming both', async () => {
    const { status, out, err } = await cli(['--format', 'xml', sample('smart-cover', 'workflow.json')])
    expect({ status, out }).toEqual({ status: 1, out: '' })
    expect(err).toMatch(/workflow\.json: the body is JSON, but --format says xml$/)
    expect((await cli(['-f', 'json', '-'], '\uFEFF\n <Response/>')).err).toContain(
      'the body is XML, but --format says json',
    )
  })

  it('decodes a body of the same format as usual', async () => {
    const { status, out } = await cli(['--format', 'xml', sample('smart-cover', 'workflow.xml')])
    expect(status).toBe(0)
    expect(JSON.parse(out).EventName).toBe('TaskFinish')
  })
})

describe('tencent-ci-callback CLI: several inputs', () => {
  it('prints NDJSON, one {"file","callback"} line per decoded input; errors on stderr with the name; exit 1', async () => {
    const files = [
      sample('smart-cover', 'workflow.xml'),
      sample('invalid', 'MalformedBody', 'truncated.xml'),
      sample('smart-cover', 'api.xml'),
    ]
    const { status, outLines, errLines } = await cli(files)
    expect(status).toBe(1)
    expect(outLines).toHaveLength(2)
    const docs = outLines.map((line) => JSON.parse(line))
    expect(docs.map((doc) => doc.file)).toEqual([files[0], files[2]])
    expect(docs[0].callback.JobsDetail[0].CreationTime).toBe('2022-06-30T15:29:42+08:00')
    expect(errLines.length).toBeGreaterThan(1)
    for (const line of errLines) expect(line.startsWith(`${files[1]}: `)).toBe(true)
  })

  it('prints NDJSON for one input with --ndjson, naming stdin <stdin>', async () => {
    const { outLines } = await cli(['--ndjson'], await readFile(sample('workflow', 'finish.json')))
    expect(outLines).toHaveLength(1)
    expect(JSON.parse(outLines[0] ?? '')).toMatchObject({ file: '<stdin>', callback: { EventName: 'WorkflowFinish' } })
  })
})

describe('tencent-ci-callback CLI: a directory', () => {
  let dir = ''
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ci-cli-'))
    await mkdir(join(dir, 'b-nested'))
    await mkdir(join(dir, '.hidden'))
    await mkdir(join(dir, 'empty'))
    await writeFile(join(dir, 'c.json'), await readFile(sample('workflow', 'finish.json')))
    await writeFile(join(dir, 'a.xml'), await readFile(sample('smart-cover', 'api.xml')))
    await writeFile(
      join(dir, 'b-nested', 'x.json'),
      await readFile(sample('moderation', 'image', 'detail-violation.json')),
    )
    await writeFile(join(dir, '.hidden', 'y.json'), '{}')
    await writeFile(join(dir, 'notes.txt'), 'not a sample')
  })
  afterAll(() => rm(dir, { recursive: true, force: true }))

  it('decodes the .xml and .json files in it and below it, in name order, as NDJSON', async () => {
    const { status, outLines, err } = await cli([dir])
    expect({ status, err }).toEqual({ status: 0, err: '' })
    const docs = outLines.map((line) => JSON.parse(line))
    expect(docs.map((doc) => doc.file)).toEqual([
      join(dir, 'a.xml'),
      join(dir, 'b-nested', 'x.json'),
      join(dir, 'c.json'),
    ])
    expect(docs.map((doc) => doc.callback.EventName)).toEqual(['TaskFinish', 'ReviewImage', 'WorkflowFinish'])
    expect(docs[1].callback.JobsDetail.CreationTime).toBe('2021-08-10T21:01:10+08:00')
  })

  it('says so, exit 2, for a directory with nothing to decode', async () => {
    const { status, err } = await cli([join(dir, 'empty')])
    expect(status).toBe(2)
    expect(err).toBe(`${join(dir, 'empty')}: a directory with no .xml or .json file in it`)
  })
})
