import { z } from 'zod'

// The closed union of notification kinds. Adding a kind means adding ONE entry to NOTIFICATION_KINDS
// below (payload schema, Dutch text, link, who receives it, whether it may be mailed); the compiler
// then asks api for its recipients (packages/api/src/notifications/README.md).

/** What every kind declares: its payload, how it reads in Dutch, where it links, and who gets it. */
export interface NotificationKindDefinition<P> {
  /** Dutch name of the kind, shown in the mail settings. */
  label: string
  /** Dutch description of who receives it, shown in the mail settings. */
  recipients: string
  /** Whether it may be mailed at all (some kinds only belong on "Mijn werk"). */
  mailable: boolean
  /** The facts stored with each notification, enough to render it without further lookups. */
  payload: z.ZodType<P>
  /** One Dutch sentence for the inbox and the mail subject. */
  text: (payload: P) => string
  /** The portal path it points to. */
  link: (payload: P) => string
}

function defineKind<P>(definition: NotificationKindDefinition<P>): NotificationKindDefinition<P> {
  return definition
}

const CommentAddedPayload = z.object({
  agreementId: z.number().int().positive(),
  agreementTitle: z.string(),
  regionSlug: z.string(),
  commentId: z.number().int().positive(),
  authorLabel: z.string(),
  excerpt: z.string(),
})

const AdoptionConfirmedPayload = z.object({
  adoptionId: z.number().int().positive(),
  regionSlug: z.string(),
  municipalityName: z.string(),
  versionNumber: z.number().int().positive(),
  confirmedByLabel: z.string(),
})

/** Every notification kind, keyed by its stored name. */
export const NOTIFICATION_KINDS = {
  comment_added: defineKind({
    label: 'Nieuwe reactie op een afspraak',
    recipients: 'De maker van de afspraak en wie er eerder op reageerde',
    mailable: true,
    payload: CommentAddedPayload,
    text: (p) => `${p.authorLabel} reageerde op de afspraak “${p.agreementTitle}”`,
    link: (p) => `/regio/${p.regionSlug}/afspraken/${p.agreementId}#reactie-${p.commentId}`,
  }),
  adoption_confirmed: defineKind({
    label: 'Vaststelling door de raad bevestigd',
    recipients: 'De redacteuren van de regio',
    mailable: true,
    payload: AdoptionConfirmedPayload,
    text: (p) => `${p.confirmedByLabel} bevestigde de vaststelling van regiovisie ${p.versionNumber} door ${p.municipalityName}`,
    link: (p) => `/regio/${p.regionSlug}/regiovisie`,
  }),
} as const

/** One notification kind's stored name. */
export type NotificationKind = keyof typeof NOTIFICATION_KINDS

/** The payload a kind carries. */
export type NotificationPayload<K extends NotificationKind> = z.output<(typeof NOTIFICATION_KINDS)[K]['payload']>

/** Every kind's name, in the order the settings page lists them. */
export const NOTIFICATION_KIND_KEYS = Object.keys(NOTIFICATION_KINDS) as NotificationKind[]

/** Validates a kind's name with a Dutch message naming the unknown one. */
export const NotificationKindSchema = z
  .string({ error: 'Kies een soort melding.' })
  .refine((value): value is NotificationKind => Object.hasOwn(NOTIFICATION_KINDS, value), {
    error: (issue) => `Onbekend soort melding: ${String(issue.input)}.`,
  })
  .transform((value) => value as NotificationKind)

/** Whether a stored string is a kind this code still knows (old rows may name a removed kind). */
export function isNotificationKind(value: string): value is NotificationKind {
  return Object.hasOwn(NOTIFICATION_KINDS, value)
}

/**
 * Render a stored notification: its Dutch text and link. Throws a ZodError when the stored payload no
 * longer fits its kind (a schema change without a migration is a bug, not data to hide).
 */
export function describeNotification(kind: NotificationKind, payload: unknown): { text: string; link: string } {
  const definition = NOTIFICATION_KINDS[kind] as NotificationKindDefinition<unknown>
  const parsed = definition.payload.parse(payload)
  return { text: definition.text(parsed), link: definition.link(parsed) }
}
