import { expectTypeOf } from 'expect-type'
import {
  AudioSection,
  PageResult,
  SceneLabels,
  TextSection,
  VideoSnapshot,
  type PageResults,
  type ModerationSimpleData,
} from '../../../src/codecs/index'
import { parseCallback } from '../../../src/parse-callback'
import { getRight } from '../../support/either'
import { sample } from '../../support/samples'

const decode = (name: string) => getRight(parseCallback(sample(name).bytes, 'application/json'))

describe('moderation sections, pages and labels: named nodes with their own codecs', () => {
  it('types and validates the frames of a live-stream result', () => {
    const cb = decode('moderation/video/live-detail-1.json')
    if (cb.EventName !== 'ReviewVideo' || cb.ContentVersion !== 'Detail') throw new Error('not a ReviewVideo Detail')
    const frame = cb.JobsDetail.Snapshot?.[0]
    expectTypeOf(frame).toEqualTypeOf<VideoSnapshot | undefined>()
    expectTypeOf(cb.JobsDetail.AudioSection?.[0]).toEqualTypeOf<AudioSection | undefined>()
    expect(frame).toMatchObject({ SnapshotTime: 1628600470000, Result: 1 })
    expect(VideoSnapshot.is(frame)).toBe(true)
  })

  it('types and validates the pages and labels of a document result', () => {
    const cb = decode('moderation/document/detail-2.json')
    if (cb.EventName !== 'ReviewDocument' || cb.ContentVersion !== 'Detail') throw new Error('not a document')
    expectTypeOf(cb.JobsDetail.PageSegment).toEqualTypeOf<PageResults | undefined>()
    expectTypeOf(cb.JobsDetail.Labels).toEqualTypeOf<SceneLabels | undefined>()
    const page = cb.JobsDetail.PageSegment?.Results?.[0]
    expectTypeOf(page).toEqualTypeOf<PageResult | undefined>()
    expect(page).toBeDefined()
    expect(PageResult.is(page)).toBe(true)
    expect(SceneLabels.is(cb.JobsDetail.Labels)).toBe(true)
  })

  it('decodes a text part and an audio segment with their numbers read', () => {
    expect(getRight(TextSection.decode({ StartByte: '12', Result: 0 }))).toStrictEqual({ StartByte: 12, Result: 0 })
    expect(getRight(AudioSection.decode({ OffsetTime: 0, Duration: '3000' }))).toStrictEqual({
      OffsetTime: 0,
      Duration: 3000,
    })
    expect(TextSection.decode({ StartByte: 'twelve' })._tag).toBe('Left')
  })

  it('types a Simple callback’s data by its kind', () => {
    const cb = decode('moderation/image/simple-2.json')
    if (cb.EventName !== 'ReviewImage' || cb.ContentVersion !== 'Simple') throw new Error('not a ReviewImage Simple')
    expectTypeOf(cb.data).toEqualTypeOf<ModerationSimpleData<'ReviewImage'>>()
    expect(cb.data.event).toBe('ReviewImage')
  })
})
