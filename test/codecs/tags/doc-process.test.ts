import { issuePaths, jobPairOf } from '../../support/job-of'

describe('DocProcess jobs', () => {
  it('types the echo node and the result, with a single page kept a list, in XML and JSON', () => {
    for (const job of jobPairOf('constructed/doc-process/one-page', 'DocProcess')) {
      expect(job.Input).toStrictEqual({ Object: 'docs/report.pptx' })
      expect(job.Operation.Output?.Object).toBe('output/report-${Page}.png')
      expect(job.Operation.DocProcess).toStrictEqual({
        Comments: 0,
        EndPage: 1,
        PaperDirection: 0,
        Quality: 100,
        SrcType: 'pptx',
        StartPage: 1,
        TgtType: 'png',
        Zoom: 100,
      })
      expect(job.Operation.DocProcessResult).toStrictEqual({
        FailPageCount: 0,
        PageInfo: [{ PageNo: 1, TgtUri: 'output/report-1.png' }],
        SuccPageCount: 1,
        TgtType: 'png',
        TotalPageCount: 12,
      })
    }
  })

  it('keeps the wire name X-SheetPics and types spreadsheet pages', () => {
    for (const job of jobPairOf('constructed/doc-process/sheet-pictures', 'DocProcess')) {
      expect(job.Operation.DocProcess?.EndPage).toBe(-1)
      expect(job.Operation.DocProcess?.PaperSize).toBe('0')
      expect(job.Operation.DocProcessResult?.PageInfo).toStrictEqual([
        { PageNo: 1, PicIndex: 1, PicNum: 1, TgtUri: 'output/sheet-1.jpg', 'X-SheetPics': 2 },
        { PageNo: 2, PicIndex: 2, PicNum: 1, TgtUri: 'output/sheet-2.jpg', 'X-SheetPics': 2 },
      ])
      expect(job.Operation.DocProcessResult?.TotalSheetCount).toBe(1)
    }
  })

  it('rejects counts that are not whole numbers, at their path', () => {
    const base = { JobId: 'd1', CreationTime: '2024-03-12T10:21:05+0800', Tag: 'DocProcess' }
    const result = { PageInfo: [{ PageNo: 'one' }], SuccPageCount: '1.5' }
    expect(issuePaths({ ...base, Operation: { DocProcessResult: result } })).toStrictEqual([
      'Operation.DocProcessResult.PageInfo[0].PageNo',
      'Operation.DocProcessResult.SuccPageCount',
    ])
  })
})
