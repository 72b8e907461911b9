import * as E from 'fp-ts/lib/Either.js'
import { ImageInspectResult } from '../../../src/codecs/tags/image-inspect'
import { parseCallback } from '../../../src/parse-callback'
import { sample } from '../../support/samples'
import { taskFinish } from '../../support/callbacks'

const inspectJob = (name: string) => {
  const job = taskFinish(parseCallback(sample(name).bytes)).JobsDetail[0]
  if (job?.Tag !== 'ImageInspect') throw new Error(`expected an ImageInspect job in ${name}`)
  return job
}

describe('ImageInspect', () => {
  it.each(['constructed/image-inspect/suspicious.xml', 'constructed/image-inspect/suspicious.json'])(
    'decodes the finding of %s: a boolean and byte positions',
    (name) => {
      const op = inspectJob(name).Operation
      expect(op.ImageInspect).toStrictEqual({ AutoProcess: false })
      expect(op.ImageInspectResult).toStrictEqual({
        Code: 'Success',
        InputObjectName: 'uploads/banner.png',
        InputObjectUrl: 'https://test-1234567890.cos.ap-guangzhou.myqcloud.com/uploads/banner.png',
        ProcessResult: {
          PicSize: 1097476,
          PicType: 'PNG',
          Suspicious: true,
          SuspiciousBeginByte: 120,
          SuspiciousEndByte: 1097475,
          SuspiciousSize: 1097356,
          SuspiciousType: 'MPEG-TS',
        },
        State: 'Success',
      })
    },
  )

  it('accepts Suspicious as text or as a JSON boolean, and nothing else', () => {
    const suspicious = (value: unknown) =>
      E.map((r: ImageInspectResult) => r.ProcessResult?.Suspicious)(
        ImageInspectResult.decode({ ProcessResult: { Suspicious: value } }),
      )
    expect(suspicious('false')).toStrictEqual(E.right(false))
    expect(suspicious(true)).toStrictEqual(E.right(true))
    expect(E.isLeft(suspicious('maybe'))).toBe(true)
  })
})
