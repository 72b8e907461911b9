import * as fc from 'fast-check'
import { JobsDetail } from '../../src/codecs/job/jobs-detail'
import { jobOutputs } from '../../src/job-helpers/job-outputs'
import { getRight } from '../support/either'

describe('job helpers, for any input', () => {
  it('jobOutputs lists prefix + name once per distinct name, with the MD5 of that key', () => {
    const name = fc.stringMatching(/^[a-z0-9/._-]{1,12}$/)
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9/_-]{0,8}$/), fc.array(name, { maxLength: 6 }), (prefix, names) => {
        const md5 = (n: string) => `md5-of-${prefix}${n}`
        const job = getRight(
          JobsDetail.decode({
            Tag: 'Snapshot',
            JobId: 'j1',
            CreationTime: '2024-03-12T10:21:05+0800',
            Operation: {
              MediaResult: {
                OutputFile: {
                  Bucket: 'b-1',
                  Region: 'ap-guangzhou',
                  ObjectPrefix: prefix,
                  ObjectName: names,
                  Md5Info: names.map((n) => ({ Md5: md5(n), ObjectName: `${prefix}${n}` })),
                },
              },
            },
          }),
        )
        const distinct = [...new Set(names.map((n) => `${prefix}${n}`))]
        expect(jobOutputs(job).map((o) => o.key)).toStrictEqual(distinct)
        for (const o of jobOutputs(job)) expect(o.md5).toBe(`md5-of-${o.key}`)
      }),
    )
  })
})
