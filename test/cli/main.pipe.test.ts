import { spawn } from 'node:child_process'
import { rm } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { buildCli, runChild } from './built-cli'
import { SAMPLES } from './cli-harness'

const REPO = join(SAMPLES, '..')
/** Valid samples only, several times over: far more than a pipe buffer holds. */
const MANY = Array.from({ length: 4 }, () => ['samples/constructed', 'samples/reference', 'samples/smart-cover']).flat()

let cli = ''
beforeAll(async () => {
  cli = await buildCli()
}, 60_000)
afterAll(() => rm(dirname(cli), { recursive: true, force: true }))

describe('the built CLI through real pipes', () => {
  it('writes NDJSON a line reader can parse, one line per file, and fails when one input does', async () => {
    const done = await runChild(
      process.execPath,
      [cli, 'samples/workflow', 'samples/smart-cover/api.xml', 'samples/invalid/MalformedBody/truncated.json'],
      REPO,
    )
    expect(done.status).toBe(1)
    const lines = done.stdout.split('\n')
    expect(lines.pop()).toBe('')
    const docs = lines.map((line) => JSON.parse(line))
    expect(docs.map((doc) => doc.file)).toEqual([
      'samples/workflow/finish-result-info.json',
      'samples/workflow/finish-result-info.xml',
      'samples/workflow/finish.json',
      'samples/workflow/finish.xml',
      'samples/workflow/start.json',
      'samples/workflow/start.xml',
      'samples/smart-cover/api.xml',
    ])
    expect(docs[2].callback.WorkflowExecution.CreateTime).toBe('2022-08-09T14:54:17+08:00')
    expect(done.stderr).toMatch(/^samples\/invalid\/MalformedBody\/truncated\.json: ✖ Malformed/)
  })

  it('stops quietly, exit 0, when the reader closes the pipe (| head -1)', async () => {
    // `sh` has no pipefail: the CLI's own status comes back on stderr.
    const script = `{ "${process.execPath}" "${cli}" ${MANY.join(' ')}; echo "cli-status=$?" >&2; } | head -1`
    const done = await runChild('sh', ['-c', script], REPO)
    expect(done.status).toBe(0)
    expect(done.stderr).toBe('cli-status=0\n')
    expect(done.stdout.split('\n')).toHaveLength(2)
    expect(JSON.parse(done.stdout).file).toBe('samples/constructed/animation/echo.json')
  })

  it('stops quietly when its stdout is closed after the first chunk', async () => {
    const child = spawn(process.execPath, [cli, ...MANY], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] })
    let stderr = ''
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.stdout.once('data', () => child.stdout.destroy())
    const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)))
    expect({ status, stderr }).toEqual({ status: 0, stderr: '' })
  })

  it('prints its version', async () => {
    const done = await runChild(process.execPath, [cli, '--version'], REPO)
    expect(done.stdout).toMatch(/^\d+\.\d+\.\d+\S*\n$/)
  })
})
