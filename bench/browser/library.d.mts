/** Types of what the browser tests take from the library bench (tests/e2e/libraryLarge.e2e.ts). */
/** Writes n generated assessments in their stored shape through the raw IndexedDB API; runs in the page. */
export function seedLibrary(n: number): Promise<void>
export function measureLibrary(app: { browser: unknown; url: string }): Promise<{ figure: string; value: string; goal: string; growth: string }[]>
