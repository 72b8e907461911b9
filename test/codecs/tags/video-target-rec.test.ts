import { parseCallback } from '../../../src/parse-callback'
import { sample } from '../../support/samples'
import { toTencentJson, toXml } from '../../support/wire'
import { taskFinish } from '../../support/callbacks'

const targetJob = (body: string | Buffer) => {
  const job = taskFinish(parseCallback(body)).JobsDetail[0]
  if (job?.Tag !== 'VideoTargetRec') throw new Error(`expected a VideoTargetRec job, got ${job?.Tag}`)
  return job
}

describe('VideoTargetRec', () => {
  it.each(['constructed/video-target-rec/pets-and-cars.xml', 'constructed/video-target-rec/pets-and-cars.json'])(
    'decodes the frames of %s, one frame per kind still a list',
    (name) => {
      const job = targetJob(sample(name).bytes)
      expect(job.Message).toBe('TaskFinish')
      expect(job.Operation.VideoTargetRec).toStrictEqual({ Body: false, Car: true, Pet: true })
      const result = job.Operation.VideoTargetRecResult
      expect(result?.PetRecognition).toStrictEqual([
        {
          PetInfo: [{ Location: { Height: 140, Width: 160, X: 900, Y: 480 }, Name: 'dog', Score: 93 }],
          Time: '12000',
          Url: 'https://test-123456789.cos.ap-chongqing.myqcloud.com/target-rec/street-12000.jpg',
        },
      ])
      expect(result?.CarRecognition?.[0]?.CarInfo?.map((c) => [c.Name, c.Score])).toStrictEqual([
        ['sedan', 88],
        ['bus', 76],
      ])
    },
  )

  // The Java SDK's shape, every list with one item.
  const javaShape = {
    EventName: 'TaskFinish',
    JobsDetail: {
      Tag: 'VideoTargetRec',
      JobId: 'a1',
      CreationTime: '2024-09-10T18:40:02+0800',
      Operation: {
        VideoTargetRecResult: {
          FaceRecognitionResult: {
            FusionScore: '91',
            ResultDetails: { Time: '0', Url: 'u', ResultInfo: { Name: 'face', Score: '91' } },
          },
          LicenseRecognitionResult: { Time: '0', PlateInfo: { Name: '京A12345', Score: '97' } },
        },
      },
    },
  }

  it.each([
    ['XML', toXml(javaShape)],
    ['JSON', toTencentJson(javaShape)],
  ])("also types the Java SDK's shape (%s)", (_format, body) => {
    expect(targetJob(body).Operation.VideoTargetRecResult).toStrictEqual({
      FaceRecognitionResult: [
        { FusionScore: '91', ResultDetails: [{ Time: '0', Url: 'u', ResultInfo: [{ Name: 'face', Score: 91 }] }] },
      ],
      LicenseRecognitionResult: [{ Time: '0', PlateInfo: [{ Name: '京A12345', Score: 97 }] }],
    })
  })

  const kinds = [
    ['BodyRecognition', 'BodyInfo'],
    ['PetRecognition', 'PetInfo'],
    ['CarRecognition', 'CarInfo'],
    ['FaceRecognition', 'FaceInfo'],
    ['LicenseRecognitionResult', 'PlateInfo'],
  ] as const
  const oneFrameOf = (kind: string, info: string) => ({
    EventName: 'TaskFinish',
    JobsDetail: {
      Tag: 'VideoTargetRec',
      JobId: 'a1',
      CreationTime: '2024-09-10T18:40:02+0800',
      Operation: { VideoTargetRecResult: { [kind]: { Time: '0', [info]: { Name: 'x', Score: '1' } } } },
    },
  })

  it.each(kinds.flatMap(([kind, info]) => [[kind, info, 'XML'] as const, [kind, info, 'JSON'] as const]))(
    'makes one %s frame with one %s a list of lists (%s)',
    (kind, info, format) => {
      const tree = oneFrameOf(kind, info)
      const result = targetJob(format === 'XML' ? toXml(tree) : toTencentJson(tree)).Operation.VideoTargetRecResult
      expect(result).toStrictEqual({ [kind]: [{ Time: '0', [info]: [{ Name: 'x', Score: 1 }] }] })
    },
  )

  it.each(
    ['BodyRecognitionResult', 'PetRecognitionResult', 'CarRecognitionResult', 'FaceRecognitionResult'].flatMap(
      (kind) => [[kind, 'XML'] as const, [kind, 'JSON'] as const],
    ),
  )('makes one %s with one detail and one target lists (%s)', (kind, format) => {
    const tree = {
      EventName: 'TaskFinish',
      JobsDetail: {
        Tag: 'VideoTargetRec',
        JobId: 'a1',
        CreationTime: '2024-09-10T18:40:02+0800',
        Operation: {
          VideoTargetRecResult: {
            [kind]: { FusionScore: '80', ResultDetails: { Time: '0', ResultInfo: { Score: '80' } } },
          },
        },
      },
    }
    const result = targetJob(format === 'XML' ? toXml(tree) : toTencentJson(tree)).Operation.VideoTargetRecResult
    expect(result).toStrictEqual({
      [kind]: [{ FusionScore: '80', ResultDetails: [{ Time: '0', ResultInfo: [{ Score: 80 }] }] }],
    })
  })
})
