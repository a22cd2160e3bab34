import { eq } from "drizzle-orm";
import nodemailer, { type Transporter } from "nodemailer";
import type { Db } from "../../db/client";
import { outbox } from "../../db/schema";

export interface Mail {
  to: string;
  subject: string;
  body: string;
}

export interface MailConfig {
  SMTP_URL?: string;
  NODE_ENV: string;
  /** Sender address; defaults to no-reply@<host of PUBLIC_ORIGIN> or no-reply@localhost. */
  MAIL_FROM?: string;
  PUBLIC_ORIGIN?: string;
}

const transports = new Map<string, Transporter>();

function transportFor(url: string): Transporter {
  let transport = transports.get(url);
  if (!transport) {
    transport = nodemailer.createTransport(url);
    transports.set(url, transport);
  }
  return transport;
}

/**
 * Every mail is written to the outbox first, so nothing is lost when SMTP is down. With SMTP_URL it is sent
 * at once and marked sent; without (a development machine) the body — which carries the link — is printed
 * to the console instead. Bodies never contain passwords or session tokens.
 */
export async function sendMail(db: Db, config: MailConfig, mail: Mail): Promise<void> {
  const [row] = await db.insert(outbox).values(mail).returning({ id: outbox.id });
  if (config.SMTP_URL) {
    const from =
      config.MAIL_FROM ?? `no-reply@${config.PUBLIC_ORIGIN ? new URL(config.PUBLIC_ORIGIN).hostname : "localhost"}`;
    try {
      await transportFor(config.SMTP_URL).sendMail({ from, to: mail.to, subject: mail.subject, text: mail.body });
      await db.update(outbox).set({ sentAt: new Date() }).where(eq(outbox.id, row.id));
    } catch (error) {
      // The row stays unsent in the outbox; the reason is logged without the body.
      console.error(`[mail] sending outbox #${row.id} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    return;
  }
  if (config.NODE_ENV !== "test") {
    console.log(`[mail] (no SMTP_URL: not sent) to ${mail.to} — ${mail.subject}\n${mail.body}\n[mail] end`);
  }
}
