import { join } from 'node:path'
import { run } from '../../src/cli/run'

/** The repository's `samples/` folder. */
export const SAMPLES = join(__dirname, '..', '..', 'samples')

/** A file under `samples/`. */
export const sample = (...parts: ReadonlyArray<string>): string => join(SAMPLES, ...parts)

/** Runs the CLI in-process with the real file system and network and a given stdin; collects its output. */
export const cli = async (argv: ReadonlyArray<string>, stdin: Uint8Array | string = new Uint8Array()) => {
  const out: string[] = []
  const err: string[] = []
  const status = await run(argv, {
    readStdin: async () => (typeof stdin === 'string' ? new TextEncoder().encode(stdin) : stdin),
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  })
  return { status, out: out.join('\n'), err: err.join('\n'), outLines: out, errLines: err }
}
