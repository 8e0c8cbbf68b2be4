import { describe, expect, it } from 'vitest'
import { findDates } from '../../extract/fields/dates.ts'

describe('dates', () => {
  it.each([
    ['a full written date', 'Huế, ngày 18 tháng 8 năm 2017', { iso: '2017-08-18', year: 2017, month: 8, day: 18 }],
    ['a numeric date', 'ngày 07/5/2013 ban hành', { iso: '2013-05-07' }],
    ['a draft date without a day is partial', 'Quảng Ngãi, ngày      tháng 9 năm 2020', { iso: null, year: 2020, month: 9, day: null }],
    ['an impossible date is flagged and has no ISO form', 'ngày 31/02/2020', { iso: null, valid: false }],
    ['a leading zero in the month is read', 'ngày 30 tháng 01 năm 2019', { iso: '2019-01-30' }],
  ])('%s', (_, text, expected) => {
    expect(findDates(text)[0]).toMatchObject(expected)
  })

  it('a fraction such as 16/19 is not a date', () => {
    expect(findDates('có 16/19 văn bản đạt')).toEqual([])
  })
})
