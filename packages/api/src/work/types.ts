import type { DB, Kysely } from '@bt/db'
import type { Actor } from '@bt/auth'

/** One thing on someone's list: what, where to go, and a short detail (a date, a region). */
export interface WorkItem {
  label: string
  href: string
  detail: string | null
}

/** A titled list on "Mijn werk"; `emptyText` says in Dutch what an empty list means. */
export interface WorkSection {
  key: string
  title: string
  description: string | null
  items: WorkItem[]
  emptyText: string
}

/** What a provider gets: the database, the signed-in actor, and today's date in Amsterdam. */
export interface WorkContext {
  db: Kysely<DB>
  actor: Actor
  today: string
}

/**
 * A source of tasks on "Mijn werk": the sections it adds for this actor (none when the actor's roles
 * give it nothing to say). Register a new one in `./providers/index.ts`.
 */
export type TaskProvider = (ctx: WorkContext) => Promise<WorkSection[]>
