// "Confirm before acting": Tencent signs none of its callbacks, so before acting on a job callback,
// ask CI itself — a signed `GET /jobs/<JobId>` with cos-nodejs-sdk-v5 — and act only when the answer
// agrees. Run: `npx tsx examples/confirm-job.ts` (with COS_SECRET_ID, COS_SECRET_KEY, CI_BUCKET,
// CI_REGION set, and a callback body on stdin).
import COS from 'cos-nodejs-sdk-v5'
import * as E from 'fp-ts/lib/Either.js'
import {
  formatCallbackError,
  jobOutputs,
  parseCallback,
  parseJobResponse,
  type JobOutput,
  type JobsDetail,
} from 'tencent-ci-callback'

/** What the query said about one job a callback reported. */
export type Confirmation =
  | { readonly confirmed: true; readonly job: JobsDetail }
  | { readonly confirmed: false; readonly jobId: string; readonly reason: string }

/** `https://<bucket>.ci.<region>.myqcloud.com`: where a bucket's CI job APIs answer. */
export const ciEndpoint = (bucket: string, region: string): string => `https://${bucket}.ci.${region}.myqcloud.com`

const outputKey = ({ bucket, region, key }: JobOutput): string => `${bucket}/${region}/${key}`

/** The objects `job` reports writing, as a sorted list of `bucket/region/key`. */
const outputsOf = (job: JobsDetail): ReadonlyArray<string> => jobOutputs(job).map(outputKey).sort()

/** Why the answer does not back the callback's claim, or `undefined` when it does. */
const disagreement = (claimed: JobsDetail, queried: JobsDetail): string | undefined => {
  if (queried.State !== 'Success') return `the query says ${queried.State ?? 'no state'}`
  if (queried.Tag !== claimed.Tag) return `the query says Tag ${queried.Tag}, the callback ${claimed.Tag}`
  const [want, have] = [outputsOf(claimed), outputsOf(queried)]
  if (want.join('\n') !== have.join('\n')) {
    return `the outputs differ: callback [${want.join(', ')}], query [${have.join(', ')}]`
  }
  return undefined
}

/** A signed `GET /jobs/<JobId>`: the body as text (`RawBody: true`), or why there is none. */
const fetchJob = async (cos: COS, endpoint: string, jobId: string): Promise<E.Either<string, string | Buffer>> => {
  try {
    const data = await cos.request({
      Method: 'GET',
      Url: `${endpoint}/jobs/${encodeURIComponent(jobId)}`,
      RawBody: true,
    })
    return data.Body === undefined ? E.left('the query answered no body') : E.right(data.Body)
  } catch (e) {
    // The SDK rejects with a CosError (`{ code, message, statusCode, … }`), not always an `Error`.
    const message = typeof e === 'object' && e !== null && 'message' in e ? String(e.message) : String(e)
    return E.left(`the query failed: ${message}`)
  }
}

/**
 * Asks CI about a job a callback reported as `Success`, and says whether the answer agrees: same
 * `JobId`, `State` `Success` there too, same `Tag`, the same output objects. A job the callback
 * reports in another state is refused without asking.
 */
export const confirmJob = async (cos: COS, endpoint: string, claimed: JobsDetail): Promise<Confirmation> => {
  const jobId = claimed.JobId
  const refuse = (reason: string): Confirmation => ({ confirmed: false, jobId, reason })
  // Nothing to act on: no need to ask.
  if (claimed.State !== 'Success') return refuse(`the callback says ${claimed.State ?? 'no state'}`)
  const body = await fetchJob(cos, endpoint, jobId)
  if (E.isLeft(body)) return refuse(body.left)
  const answer = parseJobResponse(body.right, 'application/xml')
  if (E.isLeft(answer)) return refuse(`the answer does not decode:\n${formatCallbackError(answer.left)}`)
  if (answer.right.Kind !== 'Jobs') return refuse(`the answer is ${answer.right.Kind}, not jobs`)
  if (answer.right.NonExistJobIds?.includes(jobId) === true) return refuse('CI knows no such job')
  const queried = answer.right.JobsDetail.find((job) => job.JobId === jobId)
  if (queried === undefined) return refuse('the answer does not hold the job')
  const reason = disagreement(claimed, queried)
  return reason === undefined ? { confirmed: true, job: queried } : refuse(reason)
}

/**
 * Decodes a callback body and confirms each job it reports; `act` runs only for the confirmed ones,
 * with the job as the query answered it. Returns every confirmation, refused ones included.
 */
export const confirmCallback = async (
  cos: COS,
  endpoint: string,
  body: string | Uint8Array,
  contentType: string | undefined,
  act: (job: JobsDetail) => Promise<void> | void,
): Promise<E.Either<string, ReadonlyArray<Confirmation>>> => {
  const callback = parseCallback(body, contentType)
  if (E.isLeft(callback)) return E.left(formatCallbackError(callback.left))
  if (callback.right.EventName !== 'TaskFinish') return E.right([])
  const confirmations: Array<Confirmation> = []
  for (const job of callback.right.JobsDetail) {
    const confirmation = await confirmJob(cos, endpoint, job)
    if (confirmation.confirmed) await act(confirmation.job)
    confirmations.push(confirmation)
  }
  return E.right(confirmations)
}

if (process.argv[1]?.endsWith('confirm-job.ts')) {
  const env = (name: string): string => process.env[name] ?? ''
  const cos = new COS({ SecretId: env('COS_SECRET_ID'), SecretKey: env('COS_SECRET_KEY') })
  const chunks: Array<Buffer> = []
  process.stdin.on('data', (chunk: Buffer) => chunks.push(chunk))
  process.stdin.on('end', () => {
    const endpoint = ciEndpoint(env('CI_BUCKET'), env('CI_REGION'))
    void confirmCallback(cos, endpoint, Buffer.concat(chunks), undefined, (job) => {
      console.log(`confirmed ${job.Tag} ${job.JobId}: acting on it`)
    }).then((result) => console.log(JSON.stringify(result, null, 2)))
  })
}
