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

/** A portal path a notification points to (never an outside address). */
const PortalPath = z.string().regex(/^\/(?!\/)/)
/** The records a mention, a co-authorship or a due date can be about. */
const RecordPayload = z.object({ recordLabel: z.string(), recordTitle: z.string(), link: PortalPath })

const MentionedPayload = RecordPayload.extend({ authorLabel: z.string(), excerpt: z.string() })
const CoAuthorAddedPayload = RecordPayload.extend({ addedByLabel: z.string() })
const RecordChangedPayload = RecordPayload.extend({ changedByLabel: z.string(), change: z.string() })
const ItemDuePayload = RecordPayload.extend({ dueDate: z.iso.date() })
const ActionItemAssignedPayload = z.object({
  meetingTitle: z.string(),
  actionText: z.string(),
  dueDate: z.iso.date(),
  assignedByLabel: z.string(),
  link: PortalPath,
})
const DecisionTakenPayload = z.object({ meetingTitle: z.string(), itemTitle: z.string(), decisionExcerpt: z.string(), link: PortalPath })

/** 2026-12-01 → 1-12-2026: notifications carry ISO dates and read as Dutch ones. */
function dutchDate(iso: string): string {
  const [year, month, day] = iso.split('-')
  return `${Number(day)}-${Number(month)}-${year}`
}

const BottleneckPayload = z.object({
  bottleneckId: z.number().int().positive(),
  title: z.string(),
  actorLabel: z.string(),
})

const EditionStepPayload = z.object({
  editionKey: z.string(),
  regionSlug: z.string(),
  regionName: z.string(),
  stepLabel: z.string(),
  byLabel: z.string(),
})

const EditionReminderPayload = z.object({
  editionKey: z.string(),
  regionSlug: z.string(),
  regionName: z.string(),
  dueDate: z.string(),
  afterDue: z.boolean(),
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
  mentioned: defineKind({
    label: 'U bent genoemd in een reactie',
    recipients: 'Wie met @ in een reactie wordt genoemd (alleen wie het stuk mag lezen)',
    mailable: true,
    payload: MentionedPayload,
    text: (p) => `${p.authorLabel} noemde u in een reactie op ${p.recordLabel} “${p.recordTitle}”`,
    link: (p) => p.link,
  }),
  co_author_added: defineKind({
    label: 'U bent mede-auteur geworden',
    recipients: 'Wie als mede-auteur van een afspraak of knelpunt wordt genoemd',
    mailable: true,
    payload: CoAuthorAddedPayload,
    text: (p) => `${p.addedByLabel} noemde u als mede-auteur van ${p.recordLabel} “${p.recordTitle}”`,
    link: (p) => p.link,
  }),
  record_changed: defineKind({
    label: 'Wijziging in een stuk waarvan u mede-auteur bent',
    recipients: 'De mede-auteurs van de afspraak of het knelpunt',
    mailable: true,
    payload: RecordChangedPayload,
    text: (p) => `${p.changedByLabel} wijzigde ${p.recordLabel} “${p.recordTitle}”: ${p.change}`,
    link: (p) => p.link,
  }),
  item_due: defineKind({
    label: 'Binnenkort te doen',
    recipients: 'De redacteuren en mede-auteurs van een afspraak, de eigenaar van een actiepunt, een week voor de datum',
    mailable: true,
    payload: ItemDuePayload,
    text: (p) => `${p.recordLabel.charAt(0).toUpperCase()}${p.recordLabel.slice(1)} “${p.recordTitle}” moet klaar zijn op ${dutchDate(p.dueDate)}`,
    link: (p) => p.link,
  }),
  action_item_assigned: defineKind({
    label: 'Actiepunt aan u toegewezen',
    recipients: 'De eigenaar van een actiepunt uit een overleg',
    mailable: true,
    payload: ActionItemAssignedPayload,
    text: (p) => `${p.assignedByLabel} wees u in “${p.meetingTitle}” een actiepunt toe, klaar op ${dutchDate(p.dueDate)}: ${p.actionText}`,
    link: (p) => p.link,
  }),
  decision_taken: defineKind({
    label: 'Besluit over wat u meldde of uw regio raakt',
    recipients: 'Wie het knelpunt meldde, de mede-auteurs, en de gebruikers van de regio’s die het besluit raakt',
    mailable: true,
    payload: DecisionTakenPayload,
    text: (p) => `Besluit in “${p.meetingTitle}” over “${p.itemTitle}”: ${p.decisionExcerpt}`,
    link: (p) => p.link,
  }),
  bottleneck_raised: defineKind({
    label: 'Nieuw knelpunt gemeld',
    recipients: 'De leden van de stuurgroep',
    mailable: true,
    payload: BottleneckPayload,
    text: (p) => `${p.actorLabel} meldde het knelpunt “${p.title}”`,
    link: (p) => `/stuurgroep/knelpunten/${p.bottleneckId}`,
  }),
  bottleneck_assigned: defineKind({
    label: 'Knelpunt aan u toegewezen',
    recipients: 'De nieuwe eigenaar van het knelpunt',
    mailable: true,
    payload: BottleneckPayload,
    text: (p) => `${p.actorLabel} maakte u eigenaar van het knelpunt “${p.title}”`,
    link: (p) => `/stuurgroep/knelpunten/${p.bottleneckId}`,
  }),
  edition_step: defineKind({
    label: 'Stap in een halfjaareditie',
    recipients: 'De redacteuren en de VNG-regioadviseur van de regio',
    mailable: true,
    payload: EditionStepPayload,
    text: (p) => `Editie ${p.editionKey}, ${p.regionName}: ${p.stepLabel} door ${p.byLabel}`,
    link: (p) => `/edities/${p.editionKey}/${p.regionSlug}`,
  }),
  edition_reminder: defineKind({
    label: 'Herinnering aan een halfjaareditie',
    recipients: 'De redacteuren van een regio die nog niet heeft ingediend',
    mailable: true,
    payload: EditionReminderPayload,
    text: (p) =>
      p.afterDue
        ? `Editie ${p.editionKey}: het beeld van ${p.regionName} is nog niet ingediend, de uiterste datum ${dutchDate(p.dueDate)} is voorbij`
        : `Editie ${p.editionKey}: dien het beeld van ${p.regionName} uiterlijk ${dutchDate(p.dueDate)} in`,
    link: (p) => `/edities/${p.editionKey}/${p.regionSlug}`,
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
  .transform((value) => value)

/** Whether a stored string is a kind this code still knows (old rows may name a removed kind). */
export function isNotificationKind(value: string): value is NotificationKind {
  return Object.hasOwn(NOTIFICATION_KINDS, value)
}

/**
 * Render a stored notification: its Dutch text and link. Throws a ZodError when the stored payload no
 * longer fits its kind (a schema change without a migration is a bug, not data to hide).
 */
export function describeNotification(kind: NotificationKind, payload: unknown): { text: string; link: string } {
  // Each kind's payload type differs; the payload was parsed with this kind's own schema above.
  const definition = NOTIFICATION_KINDS[kind] as NotificationKindDefinition<unknown>
  const parsed = definition.payload.parse(payload)
  return { text: definition.text(parsed), link: definition.link(parsed) }
}
