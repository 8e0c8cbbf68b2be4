// The embedded server shares the importer's process and its memory budget. Its pages live in the
// operating system's file cache anyway (NODEFS), so a small buffer pool costs an import little:
// 16 MB instead of 128 MB kept a 400-document import ~120 MB smaller at the same speed. A
// long-lived reader (the API) gains from a larger one (each page read from the file cache is a
// call out of WebAssembly): with 64 MB the words search over 100,000 findings went from 32 to
// 23 ms (p50). For the same reason a random read costs about what a sequential one does; at the
// default 4.0 the planner scanned all 100k findings rather than follow the concept index for a
// words search.
export const IMPORT_CACHE_MB = 16
export const QUERY_CACHE_MB = 64
// A one-query command (search, show …) pays for its pool at start-up: PGlite zeroes it, ~3.5 ms
// per MB (64 MB: +0.23 s against 4 MB on the samples), while one query gains a few ms from it.
export const ONE_QUERY_CACHE_MB = 4
