import { bothFormats, jobOf } from './media-support'

describe('FillConcat job', () => {
  it.each(bothFormats('constructed/fill-concat/echo'))('%s: FillInput is an array of one', (name) => {
    const job = jobOf(name)
    if (job.Tag !== 'FillConcat') throw new Error(`unexpected Tag ${job.Tag}`)
    expect(job.Operation.FillConcat).toStrictEqual({
      FillInput: [
        { FillTime: 5, Url: 'https://examplebucket-1250000000.cos.ap-guangzhou.myqcloud.com/clips/part2.mp4' },
      ],
      Format: 'mp4',
      RefIndex: '0',
      RefMode: '0',
    })
  })
})
