import type { Transporter } from 'nodemailer'
import type { MailSender } from './deliver.ts'

/** How to reach the SMTP server (README: SMTP_* variables). */
export interface SmtpConfig {
  host: string
  port: number
  /** TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. */
  secure: boolean
  user?: string
  password?: string
  from: string
}

/**
 * A MailSender over SMTP with nodemailer; one pooled transport per process, made (and nodemailer
 * imported: a noticeable part of a start, issue 20) when the first mail leaves.
 */
export function createSmtpSender(config: SmtpConfig): MailSender {
  let transport: Promise<Transporter> | undefined
  const connect = async () => (await import('nodemailer')).default.createTransport({
    host: config.host,
    port: config.port,
    secure: config.secure,
    ...(config.user ? { auth: { user: config.user, pass: config.password ?? '' } } : {}),
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  })
  return async (mail) => {
    transport ??= connect()
    await (await transport).sendMail({ from: config.from, to: mail.to, subject: mail.subject, text: mail.text })
  }
}
