import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'

/** One body to decode: a file, or stdin (`path` `-`). */
export interface Input {
  /** How output and errors name it: the path as given (joined under its directory), or `<stdin>`. */
  readonly label: string
  readonly path: string
}

/** An argument that names nothing decodable, with the reason (printed after the argument). */
export interface InputError {
  readonly label: string
  readonly reason: string
}

/** What the arguments stand for, in order: a directory's files in name order, where it was. */
export interface Inputs {
  readonly inputs: ReadonlyArray<Input | InputError>
  /** True when an argument was a directory: the output is then NDJSON, however many files it held. */
  readonly hadDirectory: boolean
}

/** The files a directory stands for: `.xml` and `.json` at any depth, not hidden, in name order. */
const SAMPLE = /^[^.].*\.(?:xml|json)$/i

const filesUnder = async (dir: string): Promise<ReadonlyArray<string>> => {
  const entries = await readdir(dir, { withFileTypes: true })
  const sorted = [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  const files: string[] = []
  for (const entry of sorted) {
    const path = join(dir, entry.name)
    if (entry.isDirectory() && !entry.name.startsWith('.')) files.push(...(await filesUnder(path)))
    else if (entry.isFile() && SAMPLE.test(entry.name)) files.push(path)
  }
  return files
}

const reasonOf = (e: unknown): string => (e instanceof Error ? e.message : String(e))

/**
 * Expands the arguments: `-` is stdin, a file is itself (whatever its name), a directory is the
 * `.xml` and `.json` files in it and below it. Never throws: what cannot be read is an `InputError`.
 */
export const expandInputs = async (args: ReadonlyArray<string>): Promise<Inputs> => {
  const inputs: Array<Input | InputError> = []
  let hadDirectory = false
  for (const arg of args) {
    if (arg === '-') {
      inputs.push({ label: '<stdin>', path: '-' })
      continue
    }
    try {
      if (!(await stat(arg)).isDirectory()) {
        inputs.push({ label: arg, path: arg })
        continue
      }
      hadDirectory = true
      const files = await filesUnder(arg)
      if (files.length === 0) inputs.push({ label: arg, reason: 'a directory with no .xml or .json file in it' })
      for (const path of files) inputs.push({ label: path, path })
    } catch (e) {
      inputs.push({ label: arg, reason: `cannot read: ${reasonOf(e)}` })
    }
  }
  return { inputs, hadDirectory }
}

/** True for an `InputError`. */
export const isInputError = (u: Input | InputError): u is InputError => 'reason' in u
