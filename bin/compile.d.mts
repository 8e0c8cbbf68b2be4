// Types of compile.mjs (plain JavaScript, so the launcher runs before any TypeScript loader).
export declare function compileEntry(source: URL, name: string): Promise<URL | null>
