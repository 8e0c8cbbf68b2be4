// Which legacy encoding a font name stands for. The "fonts as encodings" are known by name:
// the ABC (TCVN3) fonts start with ".Vn" (.VnTime, .VnArial Narrow…), those ending in H are
// their all-capitals versions (.VnTimeH, .VnArialH); the VNI fonts start with "VNI-" (VNI-Times,
// VNI-Helve). PDFs prefix a subset tag ("ABCDEF+.VnTime"), drop the dot ("VnTime") and add a
// style (".VnTime,Bold", "VNI-Times-Bold").
import type { LegacyEncoding } from './tables.ts'

export interface FontEncoding { readonly encoding: LegacyEncoding; readonly caps: boolean }

const SUBSET = /^[A-Z]{6}\+/
const STYLE = /[,-](bold|italic|oblique|bolditalic|boldoblique|regular|normal)+$/i
// ".Vn" + a capital: .VnTime, VnTimeH, _VnArial (the dot replaced where names cannot start with one)
const ABC = /^[._]?Vn[A-Z]/
const VNI = /^VNI[- _]/i

const cache = new Map<string, FontEncoding | null>()

export function encodingOfFont(name: string | null | undefined): FontEncoding | null {
  if (!name) return null
  let found = cache.get(name)
  if (found !== undefined) return found
  const family = name.trim().replace(SUBSET, '').replace(STYLE, '').replace(/\s*(bold|italic)$/i, '').trim()
  found = ABC.test(family) ? { encoding: 'tcvn3', caps: /H$/.test(family) }
    : VNI.test(family) ? { encoding: 'vni', caps: false }
    : null
  cache.set(name, found)
  return found
}
