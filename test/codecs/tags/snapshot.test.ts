import { issuePaths, jobOf, jobPairOf } from '../../support/job-of'

const base = { JobId: 'j1', CreationTime: '2022-06-30T19:25:11+0800', Tag: 'Snapshot' }

describe('Snapshot jobs', () => {
  it("types Tencent's sample: frames as prefix + relative names, the sprite sheet, the placeholders kept", () => {
    for (const name of ['reference/snapshot/sample-2.xml', 'reference/snapshot/sample-2.json']) {
      const job = jobOf(name, 'Snapshot')
      expect(job.Operation.Output).toStrictEqual({
        Bucket: 'test-123456789',
        Object: 'output/snapshot-${Number}.jpg',
        Region: 'ap-chongqing',
        SpriteObject: 'output/sprite-${Number}.jpg',
      })
      expect(job.Operation.MediaResult?.OutputFile).toStrictEqual({
        Bucket: 'test-123456789',
        ObjectName: ['0.jpg', '1.jpg', '2.jpg', '3.jpg', '4.jpg', '5.jpg'],
        ObjectPrefix: 'output/snapshot-',
        Region: 'ap-chongqing',
        SpriteOutputFile: {
          Bucket: 'test-123456789',
          ObjectName: ['0.jpg'],
          ObjectPrefix: 'output/sprite-',
          Region: 'ap-chongqing',
        },
      })
      expect(job.Operation.TemplateName).toBe('template_snapshot')
      // Tencent's hollow <MediaInfo><Stream/></MediaInfo>: empty nodes are absent.
      expect(job.Operation.MediaInfo).toBeUndefined()
    }
  })

  it('types the Snapshot echo node with numbers, booleans and the sprite layout', () => {
    for (const job of jobPairOf('constructed/snapshot/sprite-config', 'Snapshot')) {
      expect(job.Operation.Snapshot).toStrictEqual({
        BlackLevel: 30,
        CIParam: 'imageMogr2/thumbnail/320x',
        Count: 1,
        Height: 720,
        IsCheckBlack: true,
        IsCheckCount: false,
        Mode: 'Interval',
        PixelBlackThreshold: 10,
        SnapshotOutMode: 'SnapshotAndSprite',
        SpriteSnapshotConfig: {
          CellHeight: 90,
          CellWidth: 160,
          Color: 'White',
          Columns: 10,
          Lines: 10,
          Margin: 0,
          Padding: 2,
          ScaleMethod: 'MaxWHScaleAndPad',
        },
        Start: 0.5,
        TimeInterval: 2.5,
        Width: 1280,
      })
    }
  })

  it('keeps one-item lists as arrays in XML and JSON, sprite sheets included', () => {
    for (const job of jobPairOf('constructed/snapshot/sprite-config', 'Snapshot')) {
      const file = job.Operation.MediaResult?.OutputFile
      expect(file?.ObjectName).toStrictEqual(['0.jpg'])
      expect(file?.Md5Info).toStrictEqual([
        { Md5: '7d3a2e8c9b1f4a6d5e0c1b2a3f4e5d6c', ObjectName: 'output/frame-0.jpg' },
      ])
      expect(file?.SpriteOutputFile?.ObjectName).toStrictEqual(['0.jpg'])
      expect(file?.SpriteOutputFile?.Md5Info).toStrictEqual([
        { Md5: 'a1b2c3d4e5f60718293a4b5c6d7e8f90', ObjectName: 'output/sprite-0.jpg' },
      ])
    }
  })

  it('rejects values the echo node cannot hold, at their path', () => {
    expect(issuePaths({ ...base, Operation: { Snapshot: { Count: 'six', IsCheckBlack: 'yes' } } })).toStrictEqual([
      'Operation.Snapshot.Count',
      'Operation.Snapshot.IsCheckBlack',
    ])
    expect(
      issuePaths({ ...base, Operation: { Snapshot: { SpriteSnapshotConfig: { Columns: '1.5' } } } }),
    ).toStrictEqual(['Operation.Snapshot.SpriteSnapshotConfig.Columns'])
    expect(issuePaths({ ...base, Operation: { Output: { SpriteObject: 7 } } })).toStrictEqual([
      'Operation.Output.SpriteObject',
    ])
  })
})
