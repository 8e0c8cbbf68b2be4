import type { Command } from 'commander'

export interface ParserFlags { concurrency?: string; timeoutMs?: string; maxBytes?: string; memoryMb?: string; ocrMaxPages?: string }

// The parser-pool options shared by every command that parses files (extract, import).
export const addParserOptions = (c: Command): Command => c
  .option('--concurrency <n>', 'files parsed in parallel (default: CPU count, one fewer beside the embedded database)')
  .option('--timeout-ms <n>', 'time limit per file in milliseconds (default: 60000)')
  .option('--max-bytes <n>', 'largest accepted file in bytes (default: 33554432)')
  .option('--memory-mb <n>', 'heap limit of each parser worker in MiB (default: 512)')
  .option('--ocr-max-pages <n>', 'most pages of one scanned file read by OCR (default: 200)')
