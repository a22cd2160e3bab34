import { afterEach, describe, expect, it, vi } from "vitest";
import { outbox } from "../../db/schema";
import { createTestDatabase, testDrivers } from "../../db/test/test-db";
import { sendMail } from "./mail.server";

describe.each(testDrivers)("outbox mail on %s", (driver) => {
  afterEach(() => vi.restoreAllMocks());

  it("writes every mail to the outbox and, without SMTP, prints it to the console unsent", async () => {
    const database = await createTestDatabase(driver);
    try {
      const lines: string[] = [];
      vi.spyOn(console, "log").mockImplementation((line: string) => void lines.push(line));
      const mail = { to: "a@gmina.pl", subject: "Temat", body: "Link: http://localhost/zaproszenie/abc" };
      await sendMail(database.db, { NODE_ENV: "development" }, mail);
      const rows = await database.db.select().from(outbox);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ ...mail, sentAt: null });
      expect(lines.join("\n")).toContain("http://localhost/zaproszenie/abc");
    } finally {
      await database.close();
    }
  });

  it("keeps the mail unsent in the outbox when SMTP fails, and logs no body", async () => {
    const database = await createTestDatabase(driver);
    try {
      const errors: string[] = [];
      vi.spyOn(console, "error").mockImplementation((line: string) => void errors.push(line));
      const mail = { to: "b@gmina.pl", subject: "Temat", body: "secret-link-body" };
      await sendMail(database.db, { NODE_ENV: "production", SMTP_URL: "smtp://127.0.0.1:1" }, mail);
      const rows = await database.db.select().from(outbox);
      expect(rows[0]).toMatchObject({ to: "b@gmina.pl", sentAt: null });
      expect(errors.join("\n")).toMatch(/sending outbox #\d+ failed/);
      expect(errors.join("\n")).not.toContain("secret-link-body");
    } finally {
      await database.close();
    }
  });
});
