import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { run } from '../../src/cli/run'

const SAMPLES = join(__dirname, '..', '..', 'samples', 'smart-cover')
const path = (name: string): string => join(SAMPLES, name)

/** Runs the CLI in-process with real files and a given stdin; collects its output. */
const cli = async (argv: ReadonlyArray<string>, stdin = new Uint8Array()) => {
  const out: string[] = []
  const err: string[] = []
  const status = await run(argv, {
    readFile: (p) => readFile(p),
    readStdin: async () => stdin,
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  })
  return { status, out: out.join('\n'), err: err.join('\n') }
}

describe('tencent-ci-callback CLI', () => {
  it('decodes a file and prints it as JSON, times as ISO strings', async () => {
    const { status, out, err } = await cli([path('workflow.xml')])
    expect({ status, err }).toEqual({ status: 0, err: '' })
    const printed = JSON.parse(out)
    expect(printed.JobsDetail[0].JobId).toBe('j6842765cf84611ecb8546d80f2baf56f')
    expect(printed.JobsDetail[0].CreationTime).toBe('2022-06-30T07:29:42.000Z')
    expect(printed.JobsDetail[0].Operation.SmartCover.Count).toBe(5)
  })

  it('prints the same value for the XML and the JSON form', async () => {
    const xml = await cli([path('workflow.xml')])
    const json = await cli([path('workflow.json')])
    expect(JSON.parse(json.out)).toEqual(JSON.parse(xml.out))
  })

  it.each([[[]], [['-']]])('reads stdin (%j)', async (argv) => {
    const { status, out } = await cli(argv, await readFile(path('workflow.json')))
    expect(status).toBe(0)
    expect(JSON.parse(out).EventName).toBe('TaskFinish')
  })

  it('exits 1 with the formatted error on a malformed file', async () => {
    const { status, out, err } = await cli(['-'], new TextEncoder().encode('<Response><EventName>TaskFinish'))
    expect(status).toBe(1)
    expect(out).toBe('')
    expect(err).toMatch(/^<stdin>:\n✖ Malformed Tencent CI callback \(XML\): .*\n {2}→ at line 1, column \d+$/)
  })

  it('prints one summary line per job, with a failed job’s Code and Message', async () => {
    const { status, out } = await cli(['--summary', path('two-jobs.xml'), path('failed.xml')])
    expect(status).toBe(0)
    const lines = out.split('\n')
    expect(lines).toHaveLength(3)
    expect(lines[0]).toMatch(/two-jobs\.xml: SmartCover j\w+ Success → output\//)
    expect(lines[2]).toContain(
      'failed.xml: SmartCover j6842765cf84611ecb8546d80f2baf570 Failed InvalidInput: "The input file is not a video',
    )
  })

  it('decodes several files, heads each one, and fails if one fails', async () => {
    const { status, out, err } = await cli([
      path('workflow.xml'),
      path('../invalid/MalformedBody/truncated.xml'),
      path('api.xml'),
    ])
    expect(status).toBe(1)
    expect(out.match(/^==> .* <==$/gm)).toHaveLength(2)
    expect(err).toContain('truncated.xml:\n✖')
  })

  it('uses --format as the Content-Type for a body that does not say', async () => {
    const body = new TextEncoder().encode('  ')
    expect((await cli(['--format', 'json'], body)).err).toContain('(JSON)')
    expect((await cli(['--format', 'xml'], body)).err).toContain('(XML)')
  })

  it('exits 2 on a usage or read error', async () => {
    expect((await cli(['--format', 'yaml'])).status).toBe(2)
    expect((await cli(['--nope'])).status).toBe(2)
    const missing = await cli([path('no-such-file.xml')])
    expect(missing.status).toBe(2)
    expect(missing.err).toContain('cannot read')
  })

  it('applies --max-bytes', async () => {
    const { status, err } = await cli(['--max-bytes', '100', path('workflow.xml')])
    expect(status).toBe(1)
    expect(err).toContain('over the limit of 100 bytes')
  })
})
