import { getJson } from './api.ts'

export interface AgencyRef { id: number; name: string; province: string | null }
export interface Facets { provinces: string[]; years: number[]; kinds: string[]; agencies: AgencyRef[] }

// Filter choices change only when documents are added, so one request serves every view until
// an upload stores something new.
let cached: Promise<Facets> | undefined
export function loadFacets(signal?: AbortSignal): Promise<Facets> {
  cached ??= getJson<Facets>('/facets', {}, signal).catch((e) => { cached = undefined; throw e })
  return cached
}
export const invalidateFacets = () => { cached = undefined }

// FindingRow carries the agency's name, not its id: the agency grid is reached through this map.
export function agencyIdOf(f: Facets, name: string | null, province: string | null): number | undefined {
  if (!name) return undefined
  const same = f.agencies.filter((a) => a.name === name)
  return (same.find((a) => a.province === province) ?? (same.length === 1 ? same[0] : undefined))?.id
}
