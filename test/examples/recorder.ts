import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Log } from '../../examples/receiver'

const SAMPLES = join(__dirname, '..', '..', 'samples', 'smart-cover')

/** The seed's samples, and the failed-job sample, as the recipes' tests send them. */
export const XML = readFileSync(join(SAMPLES, 'workflow.xml'))
export const JSON_BODY = readFileSync(join(SAMPLES, 'workflow.json'))
export const FAILED_XML = readFileSync(join(SAMPLES, 'failed.xml'))
export const MALFORMED = '<Response><EventName>TaskFinish</EventName><JobsDetail>'

export const SECRET = 's3cret-0123456789abcdef'
export const JOB_ID = 'j6842765cf84611ecb8546d80f2baf56f'

/** The line the recipes log for the seed's job. */
export const SEED_JOB_LINE =
  `SmartCover job ${JOB_ID} succeeded (workflow run ic90edd59f84f11ec9d4f525400a3c59f): ` +
  'output/smartcover-0.jpg, output/smartcover-1.jpg, output/smartcover-2.jpg, output/smartcover-3.jpg, output/smartcover-4.jpg'

/** A `Log` that keeps every line, by level. */
export const recorder = () => {
  const lines: string[] = []
  const log: Log = {
    info: (line) => lines.push(`info ${line}`),
    warn: (line) => lines.push(`warn ${line}`),
    error: (line) => lines.push(`error ${line}`),
  }
  return { log, lines }
}
