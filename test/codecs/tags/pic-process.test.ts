import { parseCallback } from '../../../src/parse-callback'
import { getLeft } from '../../support/either'
import { sample } from '../../support/samples'
import { taskFinish } from '../../support/callbacks'

const picJob = (name: string) => {
  const job = taskFinish(parseCallback(sample(name).bytes)).JobsDetail[0]
  if (job?.Tag !== 'PicProcess') throw new Error(`expected a PicProcess job in ${name}`)
  return job
}

describe('PicProcess', () => {
  it.each(['reference/pic-process/sample-1.xml', 'reference/pic-process/sample-2.xml'])(
    'decodes the documented shape of %s, the ETag with its double quotes',
    (name) => {
      const result = picJob(name).Operation.PicProcessResult
      expect(result).toStrictEqual({
        ObjectName: 'output/out.jpg',
        OriginalInfo: {
          Etag: '"d5a491cd3d8d071e3212c3478e8e35a1"',
          ImageInfo: { Ave: '0xc64847', Format: 'JPEG', Height: 417, Orientation: 0, Quality: 68, Width: 500 },
        },
        // `<Etag/>` is empty: absent.
        ProcessResult: { Format: 'JPEG', Height: 500, Quality: 68, Size: 24911, Width: 417 },
      })
    },
  )

  it.each(['constructed/pic-process/documented.xml', 'constructed/pic-process/documented.json'])(
    'keeps the quotes of an ETag in XML and JSON alike (%s)',
    (name) => {
      const op = picJob(name).Operation
      expect(op.PicProcess).toStrictEqual({ IsPicInfo: true, ProcessRule: 'imageMogr2/thumbnail/!50p/format/webp' })
      const result = op.PicProcessResult
      if (result === undefined || result.UploadResult !== undefined) throw new Error('expected the documented shape')
      expect(result.OriginalInfo?.Etag).toBe('"0a3b5c7d9e1f2a4b6c8d0e2f4a6b8c0d"')
      expect(result.ProcessResult?.Etag).toBe('"9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a"')
      expect(result.ProcessResult?.Size).toBe(48213)
    },
  )

  it.each(['constructed/pic-process/upload-result.xml', 'constructed/pic-process/upload-result.json'])(
    'decodes the SDK shape of %s, told apart by UploadResult, one Object as a list',
    (name) => {
      const result = picJob(name).Operation.PicProcessResult
      if (result === undefined || result.UploadResult === undefined) throw new Error('expected the SDK shape')
      expect(result.UploadResult.OriginalInfo?.ETag).toBe('"5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b"')
      expect(result.UploadResult.OriginalInfo?.ImageInfo?.Width).toBe(500)
      expect(result.UploadResult.ProcessResults?.Object).toStrictEqual([
        {
          Key: 'rotated/dog.jpg',
          Location: 'test-1234567890.cos.ap-beijing.myqcloud.com/rotated/dog.jpg',
          Format: 'JPEG',
          Width: 417,
          Height: 500,
          Size: 24911,
          Quality: 68,
          Etag: '"1f2e3d4c5b6a7f8e9d0c1b2a3f4e5d6c"',
        },
      ])
    },
  )

  it.each([
    ['constructed/pic-process/upload-result.xml', '<Width>417</Width>', 'UploadResult.ProcessResults.Object[0].Width'],
    ['constructed/pic-process/upload-result.json', '"Width": "417"', 'UploadResult.ProcessResults.Object[0].Width'],
    ['constructed/pic-process/documented.xml', '<Width>800</Width>', 'ProcessResult.Width'],
    ['constructed/pic-process/documented.json', '"Width": "800"', 'ProcessResult.Width'],
  ])('reports a bad field of %s once, in the shape that was sent', (name, field, path) => {
    const bad = field.replace(/\d+/, 'wide')
    const error = getLeft(
      parseCallback(sample(name).bytes.toString('utf8').replace(field, bad), undefined, { invalidFields: 'reject' }),
    )
    expect(error._tag === 'InvalidPayload' && error.issues.map((i) => i.path)).toStrictEqual([
      `JobsDetail[0].Operation.PicProcessResult.${path}`,
    ])
  })
})
