// Tables that remember a pure function's answers (same input, same answer: they change no
// result, only its cost). Each is bounded, and extractRecord empties them all for each document,
// so that what one document costs never hangs on the ones read before it.
const tables: Map<unknown, unknown>[] = []

export function memoTable<K, V>(): Map<K, V> {
  const table = new Map<K, V>()
  tables.push(table as Map<unknown, unknown>)
  return table
}

export function remember<K, V>(table: Map<K, V>, key: K, compute: (key: K) => V, limit = 4096): V {
  let value = table.get(key)
  if (value === undefined && !table.has(key)) {
    if (table.size >= limit) table.clear()
    table.set(key, value = compute(key))
  }
  return value as V
}

export const clearMemos = (): void => { for (const t of tables) t.clear() }
