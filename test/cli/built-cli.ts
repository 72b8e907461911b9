import { spawn } from 'node:child_process'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'esbuild'

/**
 * Builds `src/cli/main.ts` into one self-contained ES module in a temporary folder (as tsup builds
 * `dist/cli.js`, but from the current sources, with the library bundled in), so a test can run the
 * real command as a child process with real pipes. Returns the file's path.
 */
export const buildCli = async (): Promise<string> => {
  const dir = await mkdtemp(join(tmpdir(), 'ci-cli-build-'))
  const outfile = join(dir, 'cli.mjs')
  await build({
    entryPoints: [join(__dirname, '..', '..', 'src', 'cli', 'main.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    outfile,
    logLevel: 'silent',
  })
  return outfile
}

/** What a finished child process left. */
export interface Finished {
  readonly status: number | null
  readonly signal: NodeJS.Signals | null
  readonly stdout: string
  readonly stderr: string
}

/** Runs a command to its end without blocking the event loop (a test's server keeps answering). */
export const runChild = (command: string, args: ReadonlyArray<string>, cwd: string): Promise<Finished> =>
  new Promise((resolve, reject) => {
    const child = spawn(command, [...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr }))
  })
