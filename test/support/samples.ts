import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'

export const SAMPLES_DIR = join(__dirname, '..', '..', 'samples')

export interface Sample {
  /** Path relative to samples/, with `/` separators. */
  readonly name: string
  readonly format: 'xml' | 'json'
  readonly bytes: Buffer
  /** The `_tag` the sample must fail with (from `invalid/<Tag>/`), or undefined if it must decode. */
  readonly expectedError: string | undefined
  /** The `EventName` the decoded callback must have (from its folder), when it must decode. */
  readonly expectedEvent: string | undefined
}

/** Which family each folder holds: the first pattern that matches a sample's path names its `EventName`. */
const FAMILIES: ReadonlyArray<readonly [RegExp, (m: RegExpExecArray) => string]> = [
  [/^legacy\/workflow/, () => 'WorkflowFinish'],
  [/^(smart-cover|reference|constructed|legacy|unknown\/tag)\//, () => 'TaskFinish'],
  [/^workflow\/start/, () => 'WorkflowStart'],
  [/^workflow\//, () => 'WorkflowFinish'],
  [/^moderation\/[a-z]+\/test-request/, () => 'TestRequest'],
  [/^moderation\/([a-z])([a-z]+)\//, (m) => `Review${(m[1] ?? '').toUpperCase()}${m[2] ?? ''}`],
  [/^unknown\/event-name\//, () => 'Unknown'],
]

const expectedEvent = (name: string): string | undefined => {
  for (const [pattern, event] of FAMILIES) {
    const m = pattern.exec(name)
    if (m !== null) return event(m)
  }
  return undefined
}

const walk = (dir: string): ReadonlyArray<string> =>
  readdirSync(dir)
    .sort()
    .flatMap((entry) => {
      const path = join(dir, entry)
      return statSync(path).isDirectory() ? walk(path) : [path]
    })

/** Every `.xml` and `.json` file under `dir`, in name order, with its name relative to `dir` (`/` separators). */
export const payloadFiles = (dir: string): ReadonlyArray<{ readonly path: string; readonly name: string }> =>
  walk(dir)
    .filter((path) => path.endsWith('.xml') || path.endsWith('.json'))
    .map((path) => ({ path, name: relative(dir, path).split(sep).join('/') }))

/** Every callback payload under samples/, read once (job API answers, under `responses/`, are not callbacks). */
export const samples: ReadonlyArray<Sample> = payloadFiles(SAMPLES_DIR)
  .filter(({ name }) => !name.startsWith('responses/'))
  .map(({ path, name }) => {
    const invalid = /^invalid\/([A-Za-z]+)\//.exec(name)
    return {
      name,
      format: path.endsWith('.xml') ? 'xml' : 'json',
      bytes: readFileSync(path),
      expectedError: invalid?.[1],
      expectedEvent: invalid === null ? expectedEvent(name) : undefined,
    }
  })

/** Samples by name, for tests that need one in particular. */
export const sample = (name: string): Sample => {
  const found = samples.find((s) => s.name === name)
  if (found === undefined) throw new Error(`no sample ${name}`)
  return found
}

/** Every `X.xml` that has an `X.json` beside it. */
export const pairs: ReadonlyArray<readonly [Sample, Sample]> = samples.flatMap((xml) => {
  if (xml.format !== 'xml') return []
  const json = samples.find((s) => s.name === xml.name.replace(/\.xml$/, '.json'))
  return json === undefined ? [] : [[xml, json] as const]
})
