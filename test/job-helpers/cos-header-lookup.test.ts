import { JobsDetail } from '../../src/codecs/job/jobs-detail'
import { cosHeaderLookup, cosHeaders } from '../../src/job-helpers/cos-header-lookup'
import { parseCallback } from '../../src/parse-callback'
import { sample } from '../support/samples'
import { taskFinish } from '../support/callbacks'

const firstJob = (name: string): JobsDetail => {
  const job = taskFinish(parseCallback(sample(name).bytes)).JobsDetail[0]
  if (job === undefined) throw new Error(`${name}: no job`)
  return job
}

describe('cosHeaders', () => {
  it('looks headers up by name in any letter case (Input.CosHeaders)', () => {
    for (const name of ['reference/snapshot/sample-2.xml', 'reference/snapshot/sample-2.json']) {
      const headers = cosHeaders(firstJob(name))
      expect(headers.get('content-type')).toBe('video/mp4')
      expect(headers.get('CONTENT-TYPE')).toBe('video/mp4')
      expect(headers.get('X-Cos-Request-Id')).toBe('NjJiZDYwYTFfNjUzYTYyNjRfZjEwZl8xMmZhYzY5')
      expect(headers.get('eventname')).toBe('cos:ObjectCreated:Put')
      expect(headers.get('size')).toBe('1424687')
      expect(headers.has('SIZE')).toBe(true)
      expect(headers.has('x-cos-meta-author')).toBe(false)
      expect(headers.get('x-cos-meta-author')).toBeUndefined()
      expect(headers.size).toBe(4)
      expect(headers.headers.map((h) => h.Key)).toStrictEqual(['Content-Type', 'x-cos-request-id', 'EventName', 'Size'])
    }
  })

  it('finds a Tts job’s headers under Operation.Input', () => {
    expect(cosHeaders(firstJob('reference/tts/sample-2.xml')).get('size')).toBe('265')
    expect(cosHeaders(firstJob('constructed/tts/template-workflow.json')).get('Content-Type')).toBe('text/plain')
  })

  it('is empty for a job no workflow started', () => {
    const headers = cosHeaders(firstJob('reference/media-info/sample-1.xml'))
    expect(headers.size).toBe(0)
    expect(headers.get('content-type')).toBeUndefined()
    expect(cosHeaders(firstJob('reference/tts/sample-1.xml')).size).toBe(0)
  })
})

describe('cosHeaderLookup', () => {
  it('keeps the first of two values sent under one name, and tells an empty value from a missing one', () => {
    const headers = cosHeaderLookup([
      { Key: 'x-cos-meta-Tag', Value: 'first' },
      { Key: 'X-COS-META-TAG', Value: 'second' },
      { Key: 'x-cos-meta-empty' },
    ])
    expect(headers.get('x-cos-meta-tag')).toBe('first')
    expect(headers.get('x-cos-meta-empty')).toBe('')
    expect(headers.get('x-cos-meta-missing')).toBeUndefined()
    expect(headers.size).toBe(2)
    expect(headers.headers).toHaveLength(3)
  })

  it('does not treat inherited object properties as headers', () => {
    const headers = cosHeaderLookup([{ Key: 'Size', Value: '1' }])
    expect(headers.get('__proto__')).toBeUndefined()
    expect(headers.has('constructor')).toBe(false)
    expect(headers.has('toString')).toBe(false)
  })
})
