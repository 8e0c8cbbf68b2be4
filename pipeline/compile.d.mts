// Types of compile.mjs (plain JavaScript, so the launcher runs before any TypeScript loader).
import type { BuildOptions } from 'esbuild'
export declare const BUNDLE_OPTIONS: Readonly<BuildOptions>
export declare function cacheBundle(name: string, text: string): URL
export declare function compileEntry(source: URL, name: string): Promise<URL | null>
