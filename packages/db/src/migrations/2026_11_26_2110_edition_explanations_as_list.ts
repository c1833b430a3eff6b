import { sql, type Kysely } from 'kysely'

// A region's explanations per consistency finding are stored as a list of { findingKey, text }: as
// object keys the finding keys (snake_case) were renamed by the CamelCasePlugin on reading. Rows
// written before keep '{}' (frozen editions cannot change); the repository reads that as no explanations.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table edition_region alter column explanations set default '[]'::jsonb`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table edition_region alter column explanations set default '{}'::jsonb`.execute(db)
}
