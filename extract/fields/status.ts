import type { Status } from '../../schemas/record.ts'
import { phraseSet } from '../lexicon/lexicon.ts'
import { STATUS_WORDS } from '../lexicon/phrases.ts'

// Remediation progress as reported: "chưa có sáng kiến", "chưa thể khắc phục" → not done;
// "đang triển khai" → in progress; "đã hoàn thành" → done. The wording is the lexicon's
// STATUS_WORDS; negations win over "đã …" openings ("Đã tuyên truyền … nhưng đến nay chưa có
// sáng kiến"), then work under way, then work done.
const ORDER: readonly [Exclude<Status, 'unknown'>, ReturnType<typeof phraseSet>][] = [
  ['not_done', phraseSet(STATUS_WORDS.not_done)], ['in_progress', phraseSet(STATUS_WORDS.in_progress)], ['done', phraseSet(STATUS_WORDS.done)],
]

export function classifyStatus(text: string | null | undefined): Status {
  if (!text || !text.trim()) return 'unknown'
  for (const [status, words] of ORDER) if (words.test(text)) return status
  return 'unknown'
}
