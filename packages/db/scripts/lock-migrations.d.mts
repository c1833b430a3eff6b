export function hashMigration(text: string): string
export function currentMigrations(): Record<string, string>
export function readLock(): Record<string, string>
