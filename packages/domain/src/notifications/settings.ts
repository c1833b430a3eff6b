import { z } from 'zod'
import { NOTIFICATION_KIND_KEYS, NotificationKindSchema } from './kinds.ts'

/** How a person receives a kind by mail: at once, in a daily digest, or not (it stays on "Mijn werk"). */
export const MAIL_DELIVERIES = ['immediate', 'digest', 'off'] as const

/** One way of receiving mail for a kind. */
export type MailDelivery = (typeof MAIL_DELIVERIES)[number]

/** Dutch label per delivery. */
export const MAIL_DELIVERY_LABELS: Record<MailDelivery, string> = {
  immediate: 'Direct een mail',
  digest: 'In het dagelijkse overzicht',
  off: 'Geen mail (alleen in Mijn werk)',
}

/** The delivery of a kind nobody has chosen for yet. */
export const DEFAULT_MAIL_DELIVERY: MailDelivery = 'immediate'

const MailDeliverySchema = z.enum(MAIL_DELIVERIES, { error: 'Kies direct, dagelijks overzicht of geen mail.' })

/**
 * A person's mail settings: their own user id (the form carries it so a request for someone else is
 * refused plainly) and a delivery per kind.
 */
export const SaveMailSettingsSchema = z.object({
  userId: z.string({ error: 'Gebruiker ontbreekt.' }).min(1, { error: 'Gebruiker ontbreekt.' }).max(40, { error: 'Onbekende gebruiker.' }),
  settings: z
    .array(z.object({ kind: NotificationKindSchema, delivery: MailDeliverySchema }))
    .max(NOTIFICATION_KIND_KEYS.length, { error: 'Te veel instellingen.' }),
})

/** Mark one notification read, or all of them (ids omitted). */
export const MarkNotificationsReadSchema = z.object({
  // Notification ids are bigserial: any safe positive integer.
  ids: z
    .array(z.coerce.number({ error: 'Onbekende melding.' }).int({ error: 'Onbekende melding.' }).positive({ error: 'Onbekende melding.' }).max(Number.MAX_SAFE_INTEGER, { error: 'Onbekende melding.' }))
    .max(500, { error: 'Te veel meldingen tegelijk.' })
    .optional(),
})
