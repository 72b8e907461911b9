import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import type { ModerationKind } from '../../src/codecs/moderation/kinds'
import { SAMPLES_DIR } from '../support/samples'

/** Where the job API answers are kept: `samples/responses/`. */
export const RESPONSES_DIR = join(SAMPLES_DIR, 'responses')

/** One job API answer under `samples/responses/`. */
export interface ResponseSample {
  /** Path relative to samples/responses/, with `/` separators. */
  readonly name: string
  readonly format: 'xml' | 'json'
  readonly bytes: Buffer
  /** `options.kind` for it: from its `auditing/<kind>/` folder; undefined for the others. */
  readonly kind: ModerationKind | undefined
}

const KINDS: Readonly<Record<string, ModerationKind>> = {
  image: 'ReviewImage',
  text: 'ReviewText',
  audio: 'ReviewAudio',
  video: 'ReviewVideo',
  document: 'ReviewDocument',
  html: 'ReviewHtml',
}

const walk = (dir: string): ReadonlyArray<string> =>
  readdirSync(dir)
    .sort()
    .flatMap((entry) => {
      const path = join(dir, entry)
      return statSync(path).isDirectory() ? walk(path) : [path]
    })

/** Every answer under samples/responses/, read once. */
export const responseSamples: ReadonlyArray<ResponseSample> = walk(RESPONSES_DIR)
  .filter((path) => path.endsWith('.xml') || path.endsWith('.json'))
  .map((path) => {
    const name = relative(RESPONSES_DIR, path).split(sep).join('/')
    const folder = /^auditing\/([a-z]+)\//.exec(name)?.[1]
    return {
      name,
      format: path.endsWith('.xml') ? 'xml' : 'json',
      bytes: readFileSync(path),
      kind: folder === undefined ? undefined : KINDS[folder],
    }
  })

/** Every `X.xml` answer that has an `X.json` beside it. */
export const responsePairs: ReadonlyArray<readonly [ResponseSample, ResponseSample]> = responseSamples.flatMap(
  (xml) => {
    if (xml.format !== 'xml') return []
    const json = responseSamples.find((s) => s.name === xml.name.replace(/\.xml$/, '.json'))
    return json === undefined ? [] : [[xml, json] as const]
  },
)

/** The answer called `name`, or a test failure. */
export const responseSample = (name: string): ResponseSample => {
  const found = responseSamples.find((s) => s.name === name)
  if (found === undefined) throw new Error(`no sample responses/${name}`)
  return found
}
