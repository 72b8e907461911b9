import { parseCallback } from '../../src/parse-callback'
import { encodeJobResponse } from '../../src/job-response/encode-job-response'
import type { JobResponse } from '../../src/job-response/job-response'
import { parseJobResponse } from '../../src/job-response/parse-job-response'
import { getLeft, getRight } from '../support/either'
import { responsePairs, responseSample, responseSamples, type ResponseSample } from './response-samples'

interface Expected {
  readonly Kind: JobResponse['Kind']
  /** `JobId` of each job, or `RunId` of each run. */
  readonly ids: ReadonlyArray<string>
  /** `Tag` of each job (`Type` of each task for a run; the kind for an auditing answer). */
  readonly tags: ReadonlyArray<string>
  readonly states: ReadonlyArray<string>
  readonly NonExistJobIds?: ReadonlyArray<string>
  readonly NextToken?: string
}

/** What each answer (both formats) must decode to, by base name. */
const EXPECTED: Readonly<Record<string, Expected>> = {
  'jobs/create-media-jobs-concat': {
    Kind: 'Jobs',
    ids: ['je8f65004eb8511eaaed4f377124a303c'],
    tags: ['Concat'],
    states: ['Submitted'],
  },
  'jobs/describe-media-job-running': {
    Kind: 'Jobs',
    ids: ['j8d121820f5e411ec926ef19d53ba9c6f'],
    tags: ['Transcode'],
    states: ['Running'],
  },
  'jobs/describe-media-job-success': {
    Kind: 'Jobs',
    ids: ['j9c0a4726f6ac11ec96aaa9b64ab18d00'],
    tags: ['Transcode'],
    states: ['Success'],
  },
  'jobs/describe-doc-process-jobs': {
    Kind: 'Jobs',
    ids: ['JobId', 'JobId'],
    tags: ['DocProcess', 'DocProcess'],
    states: ['Submitted', 'Submitted'],
    NextToken: '19193',
  },
  'jobs/describe-media-jobs-nonexist': {
    Kind: 'Jobs',
    ids: ['j8d121820f5e411ec926ef19d53ba9c6f'],
    tags: ['Transcode'],
    states: ['Running'],
    NonExistJobIds: ['j00000000000000000000000000000000'],
  },
  'jobs/describe-media-jobs-none-exist': {
    Kind: 'Jobs',
    ids: [],
    tags: [],
    states: [],
    NonExistJobIds: ['j00000000000000000000000000000000', 'j00000000000000000000000000000001'],
  },
  'jobs/describe-media-jobs-empty-page': { Kind: 'Jobs', ids: [], tags: [], states: [] },
  'jobs/describe-pic-job-poster': {
    Kind: 'Jobs',
    ids: ['c93984788066911ed89ed352d4d9d2084'],
    tags: ['PosterProduction'],
    states: ['Submitted'],
  },
  'jobs/describe-ai-job-translation': {
    Kind: 'Jobs',
    ids: ['a8d121820f5e411ec926ef19d53ba9c6f'],
    tags: ['Translation'],
    states: ['Running'],
  },
  'workflow/describe-workflow-executions': {
    Kind: 'WorkflowExecutions',
    ids: ['i166ee19017b011eda8a5525400c540df', 'i769bd26517af11ed917f525400a3c59f'],
    tags: [],
    states: ['Success', 'Success'],
    NextToken: '115716',
  },
  'jobs/virus-detect-no-tag': {
    Kind: 'Jobs',
    ids: ['ssd0c4ab1c5a9811ed9d3a525400a28986'],
    tags: ['Unknown'],
    states: ['Success'],
  },
  'workflow/describe-workflow-execution': {
    Kind: 'WorkflowExecutions',
    ids: ['i166ee19017b011eda8a5525400c540df'],
    tags: ['Snapshot', 'Transcode'],
    states: ['Success'],
  },
  'auditing/image/query': {
    Kind: 'Auditing',
    ids: ['si8e6586b0a6e411edb8db525400a28986'],
    tags: ['ReviewImage'],
    states: ['Success'],
  },
  'auditing/text/submit-content': {
    Kind: 'Auditing',
    ids: ['vab1ca9fc8a3ed11ea834c525400863904'],
    tags: ['ReviewText'],
    states: ['Success'],
  },
}

const baseName = (s: ResponseSample): string => s.name.replace(/\.(xml|json)$/, '')
const contentType = (s: ResponseSample): string => (s.format === 'xml' ? 'application/xml' : 'application/json')
const decode = (s: ResponseSample, body: string | Buffer = s.bytes) =>
  parseJobResponse(body, contentType(s), s.kind === undefined ? undefined : { kind: s.kind })

/** The fields the table pins, read from a decoded answer. */
const summary = (answer: JobResponse): Expected => {
  const page = {
    ...(answer.Kind !== 'WorkflowExecutions' && answer.NonExistJobIds !== undefined
      ? { NonExistJobIds: answer.NonExistJobIds }
      : {}),
    ...(answer.Kind !== 'Auditing' && answer.NextToken !== undefined ? { NextToken: answer.NextToken } : {}),
  }
  switch (answer.Kind) {
    case 'Jobs':
      return {
        Kind: answer.Kind,
        ids: answer.JobsDetail.map((job) => job.JobId),
        tags: answer.JobsDetail.map((job) => job.Tag),
        states: answer.JobsDetail.map((job) => job.State ?? '-'),
        ...page,
      }
    case 'WorkflowExecutions':
      return {
        Kind: answer.Kind,
        ids: answer.WorkflowExecution.map((run) => run.RunId),
        tags: answer.WorkflowExecution.flatMap((run) => (run.Tasks ?? []).map((task) => task.Type ?? '-')),
        states: answer.WorkflowExecution.map((run) => run.State ?? '-'),
        ...page,
      }
    case 'Auditing':
      return {
        Kind: answer.Kind,
        ids: answer.JobsDetail.map((job) => job.JobId),
        tags: answer.JobsDetail.map(() => answer.ModerationKind),
        states: answer.JobsDetail.map((job) => job.State ?? '-'),
        ...page,
      }
  }
}

describe('every answer under samples/responses/', () => {
  it('has an expectation for each sample, and a sample for each expectation', () => {
    expect([...new Set(responseSamples.map(baseName))].sort()).toStrictEqual(Object.keys(EXPECTED).sort())
    expect(responsePairs.length).toBeGreaterThanOrEqual(7)
  })

  it.each(responseSamples.map((s) => [s.name, s] as const))('%s decodes to its Kind, jobs and page', (_n, s) => {
    expect(summary(getRight(decode(s)))).toStrictEqual(EXPECTED[baseName(s)])
  })

  it.each(responseSamples.map((s) => [s.name, s] as const))('%s carries no callback marker', (_n, s) => {
    const answer = getRight(decode(s))
    expect(answer).not.toHaveProperty('EventName')
    expect(answer).not.toHaveProperty('EventNameInferred')
  })

  it.each(responseSamples.map((s) => [s.name, s] as const))('%s decodes the same without a Content-Type', (_n, s) => {
    expect(parseJobResponse(s.bytes, undefined, s.kind === undefined ? {} : { kind: s.kind })).toStrictEqual(decode(s))
  })
})

describe('XML/JSON parity', () => {
  it.each(responsePairs.map(([xml, json]) => [xml.name, xml, json] as const))(
    '%s and its .json decode to deep-equal values',
    (_n, xml, json) => {
      const fromXml = getRight(decode(xml))
      expect(getRight(decode(json))).toStrictEqual(fromXml)
    },
  )
})

describe('typed jobs', () => {
  it('reads the API-only state, the progress and an unset time', () => {
    const answer = getRight(decode(responseSample('jobs/describe-media-job-running.xml')))
    if (answer.Kind !== 'Jobs') throw new Error(answer.Kind)
    const [job] = answer.JobsDetail
    if (job?.Tag !== 'Transcode') throw new Error('expected a Transcode job')
    expect(job.State).toBe('Running')
    expect(job.Progress).toBe(30)
    expect(job.CreationTime).toStrictEqual(new Date('2022-06-27T07:23:12Z'))
    expect(job).toHaveProperty('EndTime', undefined)
    expect(job.Operation.WatermarkTemplateId).toHaveLength(3)
  })

  it('reads the outputs of a finished job', () => {
    const answer = getRight(decode(responseSample('jobs/describe-media-job-success.xml')))
    if (answer.Kind !== 'Jobs') throw new Error(answer.Kind)
    const [job] = answer.JobsDetail
    if (job?.Tag !== 'Transcode') throw new Error('expected a Transcode job')
    expect(job.Operation.MediaResult?.OutputFile?.ObjectName).toStrictEqual(['output/out.mp4'])
    expect(job.EndTime).toStrictEqual(new Date('2022-06-27T07:24:33Z'))
  })

  it('reads a workflow run, its tasks, and passes Topology through', () => {
    const answer = getRight(decode(responseSample('workflow/describe-workflow-execution.xml')))
    if (answer.Kind !== 'WorkflowExecutions') throw new Error(answer.Kind)
    const [run] = answer.WorkflowExecution
    expect(run?.CreateTime).toStrictEqual(new Date('2022-08-09T06:54:17Z'))
    expect(run?.Tasks?.map((task) => task.JobId)).toStrictEqual([
      'j23c11e1e17b011edaab4ab15ec33d076',
      'j168668b217b011ed8efb27bb229e2d11',
    ])
    expect(run).toHaveProperty('Topology.Dependencies.Start', 'Transcode_1581665960537')
  })

  it('reads a moderation answer with the kind given, numbers as numbers', () => {
    const answer = getRight(decode(responseSample('auditing/text/submit-content.xml')))
    if (answer.Kind !== 'Auditing' || answer.ModerationKind !== 'ReviewText') throw new Error(answer.Kind)
    const [job] = answer.JobsDetail
    expect(job?.Result).toBe(2)
    expect(job?.Section?.map((section) => section.StartByte)).toStrictEqual([0])
  })
})

describe('parseCallback is unchanged', () => {
  it('still reads a job answer as a legacy TaskFinish callback', () => {
    const cb = getRight(parseCallback(responseSample('jobs/describe-media-job-success.xml').bytes))
    expect(cb).toMatchObject({ EventName: 'TaskFinish', EventNameInferred: true })
  })
})

describe('what parseJobResponse refuses', () => {
  const issues = (result: ReturnType<typeof parseJobResponse>) => {
    const error = getLeft(result)
    return error._tag === 'InvalidPayload' ? error.issues : []
  }

  it('says to pass kind for a moderation answer decoded without it', () => {
    const [issue] = issues(parseJobResponse(responseSample('auditing/image/query.xml').bytes))
    expect(issue).toMatchObject({ path: 'JobsDetail[0].Tag', line: 2, column: 3 })
    expect(issue?.message).toMatch(/pass options\.kind, e\.g\. \{ kind: 'ReviewImage' \}/)
  })

  it('refuses a job with no Tag under unknown: reject, moderation-looking or not', () => {
    const virus = responseSample('jobs/virus-detect-no-tag.xml').bytes
    expect(issues(parseJobResponse(virus, undefined, { unknown: 'reject' }))).toMatchObject([
      { path: 'JobsDetail[0].Tag', message: 'Missing required field' },
    ])
    const [issue] = issues(
      parseJobResponse(responseSample('auditing/text/submit-content.xml').bytes, undefined, {
        unknown: 'reject',
      }),
    )
    expect(issue?.message).toMatch(/pass options\.kind/)
  })

  it('refuses a callback: it has EventName', () => {
    const [issue] = issues(parseJobResponse('<Response><EventName>TaskFinish</EventName><JobsDetail/></Response>'))
    expect(issue).toMatchObject({ path: 'EventName' })
    expect(issue?.message).toMatch(/read it with parseCallback/)
  })

  it('refuses an answer with none of the nodes (an error body)', () => {
    const [issue] = issues(parseJobResponse('<Response><Code>NoSuchJob</Code><Message>x</Message></Response>'))
    expect(issue?.message).toMatch(/^Expected JobsDetail, NonExistJobIds or WorkflowExecution/)
  })

  it('locates a bad field in an answer', () => {
    const body = responseSample('jobs/describe-media-job-running.xml')
      .bytes.toString('utf8')
      .replace('<CreationTime>2022-06-27T15:23:12+0800', '<CreationTime>yesterday')
    expect(issues(parseJobResponse(body, 'application/xml'))).toMatchObject([
      { path: 'JobsDetail[0].CreationTime', received: '"yesterday"', line: 8 },
    ])
  })

  it('locates a bad run in a listing under WorkflowExecutionList, as the wire names it', () => {
    const body = responseSample('workflow/describe-workflow-executions.xml')
      .bytes.toString('utf8')
      .replace('<CreateTime>2022-08-09T14:49:49+08:00', '<CreateTime>later')
    expect(issues(parseJobResponse(body, 'application/xml'))).toMatchObject([
      { path: 'WorkflowExecutionList[1].CreateTime', received: '"later"', line: 14 },
    ])
  })

  it('refuses an undocumented Tag only under unknown: reject', () => {
    const body =
      '<Response><JobsDetail><JobId>j1</JobId><CreationTime>2022-06-27T15:23:12+0800</CreationTime><Tag>Nope</Tag></JobsDetail></Response>'
    const kept = getRight(parseJobResponse(body))
    expect(kept.Kind === 'Jobs' ? kept.JobsDetail[0]?.Tag : kept.Kind).toBe('Unknown')
    expect(issues(parseJobResponse(body, undefined, { unknown: 'reject' }))).toMatchObject([
      { path: 'JobsDetail[0].Tag' },
    ])
  })

  it.each([
    ['a kind that is not a moderation kind', { kind: 'ReviewPicture' }, /options\.kind must be a moderation kind/],
    ['a kind that is not text', { kind: 1 }, /received 1/],
    ['a bad limit beside a good kind', { kind: 'ReviewImage', maxBytes: -1 }, /options\.maxBytes/],
  ])('refuses %s as an InvalidArgument', (_n, options, message) => {
    const result: unknown = Reflect.apply(parseJobResponse, undefined, ['<Response/>', undefined, options])
    expect(result).toMatchObject({
      _tag: 'Left',
      left: { _tag: 'InvalidArgument', argument: 'options', message: expect.stringMatching(message) },
    })
  })

  it('refuses options whose kind getter throws, without throwing', () => {
    const options = Object.defineProperty({}, 'kind', {
      get: () => {
        throw new Error('boom')
      },
    })
    expect(getLeft(parseJobResponse('<Response/>', undefined, options))).toMatchObject({ _tag: 'InvalidArgument' })
  })

  it('keeps the limits: a body over maxBytes is a LimitExceeded before parsing', () => {
    const body = responseSample('jobs/describe-media-job-success.xml').bytes
    expect(getLeft(parseJobResponse(body, 'application/xml', { maxBytes: 100 }))).toMatchObject({
      _tag: 'LimitExceeded',
      unit: 'bytes',
    })
  })
})

describe('graded decoding', () => {
  /** The answer with each Dropped entry's line and column left out: a body written again has its own layout. */
  const unplaced = (answer: JobResponse) => ({
    ...answer,
    Dropped: (answer.Dropped ?? []).map(({ line: _line, column: _column, ...rest }) => rest),
  })
  const roundTrip = (answer: JobResponse, format: 'xml' | 'json') =>
    unplaced(getRight(parseJobResponse(encodeJobResponse(answer, format))))

  it('leaves an invalid optional value out of a job, says so in Dropped, and writes it back on encode', () => {
    const body = responseSample('jobs/describe-media-job-running.xml')
      .bytes.toString('utf8')
      .replace('<Progress>30</Progress>', '<Progress>thirty</Progress>')
    const answer = getRight(parseJobResponse(body, 'application/xml'))
    expect(answer.Dropped).toMatchObject([{ path: 'JobsDetail[0].Progress', raw: 'thirty', line: 7 }])
    expect(answer.Kind === 'Jobs' ? answer.JobsDetail[0] : undefined).not.toHaveProperty('Progress')
    expect(encodeJobResponse(answer, 'xml')).toContain('<Progress>thirty</Progress>')
    expect(encodeJobResponse(answer, 'json')).not.toContain('Dropped')
    expect(roundTrip(answer, 'xml')).toStrictEqual(unplaced(answer))
    expect(roundTrip(answer, 'json')).toStrictEqual(unplaced(answer))
    expect(getLeft(parseJobResponse(body, 'application/xml', { invalidFields: 'reject' }))).toMatchObject({
      _tag: 'InvalidPayload',
    })
  })

  it('restores a value left out of a listing under WorkflowExecutionList, where it came from', () => {
    const body = responseSample('workflow/describe-workflow-executions.xml')
      .bytes.toString('utf8')
      .replace(
        '<State>Success</State>',
        '<State>Success</State><Tasks><Type>Transcode</Type><JobId>j1</JobId><CreateTime>soon</CreateTime></Tasks>',
      )
    const answer = getRight(parseJobResponse(body, 'application/xml'))
    expect(answer.Dropped).toMatchObject([{ path: 'WorkflowExecutionList[0].Tasks[0].CreateTime', raw: 'soon' }])
    expect(roundTrip(answer, 'xml')).toStrictEqual(unplaced(answer))
    expect(roundTrip(answer, 'json')).toStrictEqual(unplaced(answer))
  })

  it('never leaves a run or a moderation job out: the answer is refused instead', () => {
    const run = responseSample('workflow/describe-workflow-executions.xml')
      .bytes.toString('utf8')
      .replace('<CreateTime>2022-08-09T14:49:49+08:00', '<CreateTime>later')
    expect(getLeft(parseJobResponse(run))).toMatchObject({ _tag: 'InvalidPayload' })
    const job = responseSample('auditing/image/query.xml')
      .bytes.toString('utf8')
      .replace('<JobId>si8e6586b0a6e411edb8db525400a28986</JobId>', '')
    expect(getLeft(parseJobResponse(job, undefined, { kind: 'ReviewImage' }))).toMatchObject({ _tag: 'InvalidPayload' })
  })
})
