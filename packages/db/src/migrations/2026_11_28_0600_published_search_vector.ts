import { sql, type Kysely } from 'kysely'

// The national search looks only at published revisions (issue 20, ADR 028). Matching them in
// agreement_revision meant joining every match to its agreement to see whether it is the published
// one; a copy of the published revision's vector on the agreement, with its own GIN index, finds them
// directly. Triggers keep the copy true whoever writes: publishing sets `published_revision`, and a
// revision inserted after its agreement already names it (bulk seeds) fills it in afterwards.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table agreement add column published_search_vector tsvector`.execute(db)
  await sql`create function agreement_copy_published_search_vector() returns trigger language plpgsql as $$
    begin
      new.published_search_vector := (select r.search_vector from agreement_revision r
        where r.agreement_id = new.id and r.revision = new.published_revision);
      return new;
    end $$`.execute(db)
  await sql`create trigger agreement_published_search_vector before insert or update of published_revision on agreement
    for each row execute function agreement_copy_published_search_vector()`.execute(db)
  await sql`create function agreement_revision_fill_published_search_vector() returns trigger language plpgsql as $$
    begin
      update agreement a set published_search_vector = n.search_vector
        from inserted n where a.id = n.agreement_id and a.published_revision = n.revision;
      return null;
    end $$`.execute(db)
  await sql`create trigger agreement_revision_published_search_vector after insert on agreement_revision
    referencing new table as inserted for each statement execute function agreement_revision_fill_published_search_vector()`.execute(db)
  await sql`update agreement a set published_search_vector = r.search_vector
    from agreement_revision r where r.agreement_id = a.id and r.revision = a.published_revision`.execute(db)
  await db.schema.createIndex('agreement_published_search').on('agreement').using('gin').column('published_search_vector').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger agreement_revision_published_search_vector on agreement_revision`.execute(db)
  await sql`drop function agreement_revision_fill_published_search_vector()`.execute(db)
  await sql`drop trigger agreement_published_search_vector on agreement`.execute(db)
  await sql`drop function agreement_copy_published_search_vector()`.execute(db)
  await db.schema.dropIndex('agreement_published_search').execute()
  await sql`alter table agreement drop column published_search_vector`.execute(db)
}
