import { describe, expect, it } from 'vitest'
import { phraseSet } from '../../extract/lexicon/lexicon.ts'
import { headingRole } from '../../extract/tables/columns.ts'

// Where the longest phrase at a place does not agree with the text's diacritics, a shorter
// phrase at the same place still may.
describe('lexicon: a shorter phrase where the longest one does not agree', () => {
  it('finds "lĩnh vực" at the start of a heading whose "Tiêu chí" OCR misread as "Tiều chí"', () => {
    const set = phraseSet(['lĩnh vực', 'lĩnh vực/tiêu chí'])
    expect(set.find('Lĩnh vực/Tiều chí')).toMatchObject({ index: 0, text: 'Lĩnh vực' })
    expect(set.find('Lĩnh vực/Tiêu chí')).toMatchObject({ index: 0, text: 'Lĩnh vực/Tiêu chí' })
  })
  it('reads the misread heading as the criterion column', () => {
    expect(headingRole('Lĩnh vực/Tiều chí/Tiêu chí thành phân')).toBe('criterion')
  })
})
