/**
 * Demo data of selection (issue #16): a closed, announced pilot call whose selected list is the three Podlaskie
 * partnerships (forms and checklists filled, phases from the announcement), and an open call with four submitted
 * forms from warmińsko-mazurskie waiting for its marshal office — so the cap of 3 can be seen at work.
 */
import { eq, inArray } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { partnershipUnits, partnerships, selectionAssessments, selectionAttachments, selectionCalls, selectionForms, selectionRecommendationLists, selectionRecommendations, users } from "../../../db/schema";
import { hashPassword } from "../auth/password.server";
import { warsawInstant } from "../sessions/time";
import { createCall } from "./calls.server";
import { DEFAULT_CRITERIA } from "./criteria";
import { endOfWarsawDay } from "./actions.server";
import { createPhases } from "./phases.server";
import { warsawDay } from "./phases";
import type { AreaType } from "./enums";

export const DEMO_SELECTION_ACCOUNTS = [
  { email: "um@warminsko-mazurskie.demo", name: "Urząd Marszałkowski Województwa Warmińsko-Mazurskiego", description: "marshal_assessor — 28" },
  { email: "wnioskodawca@nabor.demo", name: "Tomasz Wnioskodawca", description: "applicant — four forms in warmińsko-mazurskie" },
];

/** A small valid PDF (the letter of intent of a demo form). */
const LETTER = new TextEncoder().encode("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");
const ALL_DECLARED = DEFAULT_CRITERIA.filter((c) => c.kind === "formal").map((c) => c.key);
const passed = Object.fromEntries(ALL_DECLARED.map((k) => [k, { value: 1 as const, note: "Potwierdzone w załącznikach." }]));

const PODLASKIE: Record<string, { lead: string; area: AreaType; idea: string; links: string; prior: string; merit: [number, number, number] }> = {
  "ziemia-wysokomazowiecka": {
    lead: "2013",
    area: "small_town",
    idea: "Wspólna strategia rozwoju powiatu wysokomazowieckiego i jego gmin: przedsiębiorczość oparta na przetwórstwie mleka, usługi społeczne i czyste środowisko.",
    links: "Dojazdy do pracy i szkół do Wysokiego Mazowieckiego, wspólny rynek pracy przemysłu mleczarskiego, wspólna sieć dróg powiatowych.",
    prior: "Porozumienie o wspólnym transporcie zbiorowym (2019), wspólne projekty drogowe powiatu i gmin.",
    merit: [5, 5, 4],
  },
  "wiele-gmin-jeden-cel": {
    lead: "2006",
    area: "marginalisation",
    idea: "Zatrzymanie odpływu mieszkańców przez wspólne usługi publiczne: opiekę nad seniorami, transport i edukację zawodową.",
    links: "Kolno jako ośrodek usług dla gmin powiatu i Jedwabnego; wspólny rynek pracy i szkoły ponadpodstawowe.",
    prior: "Wspólne zamówienia na odśnieżanie dróg i dowozy szkolne.",
    merit: [4, 4, 4],
  },
  "augustowsko-biebrzanski-park-turystyczny": {
    lead: "2001011",
    area: "marginalisation",
    idea: "Wspólny produkt turystyczny doliny Biebrzy i Kanału Augustowskiego: szlaki, promocja i obsługa ruchu turystycznego.",
    links: "Wspólne obszary przyrodnicze (Biebrzański Park Narodowy, Puszcza Augustowska), ruch turystyczny przekraczający granice gmin.",
    prior: "Wspólne szlaki rowerowe Green Velo i kajakowe, współpraca w lokalnej grupie działania.",
    merit: [5, 4, 5],
  },
};

const WARMIA = [
  { name: "Wielkie Jeziora Mazurskie", members: ["2806", "2806011", "2806042", "2806052", "2806062", "2806083", "2806102"], lead: "2806", area: "small_town" as const, idea: "Wspólna gospodarka turystyczna i usługi publiczne wokół Giżycka." },
  { name: "Ziemia Mrągowska", members: ["2810011", "2810023", "2810032", "2810042", "2810052"], lead: "2810011", area: "small_town" as const, idea: "Mrągowo i gminy powiatu: transport zbiorowy i opieka senioralna." },
  { name: "Partnerstwo Gołdapsko-Oleckie", members: ["2818012", "2818022", "2818033", "2813032", "2813043", "2813052", "2813062"], lead: "2818033", area: "marginalisation" as const, idea: "Przeciwdziałanie wyludnianiu pogranicza: wspólne szkolnictwo zawodowe i cyfrowe usługi urzędów." },
  { name: "Węgorzewska Brama Mazur", members: ["2819", "2819012", "2819022", "2819033"], lead: "2819", area: "marginalisation" as const, idea: "Wspólna marka turystyczna i gospodarka wodna jezior północnych Mazur." },
];

export async function seedDemoSelection(db: Db, now = new Date()): Promise<void> {
  const passwordHash = await hashPassword("wspolnie-demo-2026");
  const [, applicant] = await db
    .insert(users)
    .values([
      { email: DEMO_SELECTION_ACCOUNTS[0].email, name: DEMO_SELECTION_ACCOUNTS[0].name, passwordHash, globalRole: "marshal_assessor", voivodeshipTeryt: "28" },
      { email: DEMO_SELECTION_ACCOUNTS[1].email, name: DEMO_SELECTION_ACCOUNTS[1].name, passwordHash },
    ])
    .returning();
  const [admin] = await db.select().from(users).where(eq(users.email, "admin@mfipr.demo"));
  const [umPodlaskie] = await db.select().from(users).where(eq(users.email, "um@podlaskie.demo"));

  // The pilot call: closed and announced; its selected list is the three Podlaskie partnerships.
  const pilot = await createCall(db, {
    name: "Nabór pilotażowy CWD 2026",
    formsDeadline: endOfWarsawDay("2026-03-20"),
    recommendationsDeadline: endOfWarsawDay("2026-03-31"),
    announcementDate: "2026-04-15",
  }, admin?.id ?? null);
  const announcedAt = warsawInstant("2026-04-15", "10:00")!;
  await db.update(selectionCalls).set({ openedAt: warsawInstant("2026-02-16", "09:00")!, announcedAt }).where(eq(selectionCalls.id, pilot.id));
  const rows = await db.select().from(partnerships).where(inArray(partnerships.slug, Object.keys(PODLASKIE)));
  let rank = 0;
  for (const slug of Object.keys(PODLASKIE)) {
    const p = rows.find((r) => r.slug === slug);
    if (!p) continue;
    const info = PODLASKIE[slug];
    const units = (await db.select({ teryt: partnershipUnits.teryt }).from(partnershipUnits).where(eq(partnershipUnits.partnershipId, p.id))).map((u) => u.teryt).sort();
    const [coordinator] = await db.select().from(users).where(eq(users.email, `koordynator@${slug}.demo`));
    const [form] = await db
      .insert(selectionForms)
      .values({
        callId: pilot.id,
        applicantId: coordinator.id,
        voivodeshipTeryt: "20",
        status: "submitted",
        name: p.name,
        memberTeryts: units,
        leadTeryt: info.lead,
        areaType: info.area,
        idea: info.idea,
        functionalLinks: info.links,
        priorCooperation: info.prior,
        declarations: ALL_DECLARED,
        coordinatorName: coordinator.name,
        coordinatorEmail: coordinator.email,
        submittedAt: warsawInstant("2026-03-1" + String(rank + 6), "12:00")!,
        selectedAt: warsawInstant("2026-04-14", "15:00")!,
        partnershipId: p.id,
      })
      .returning();
    await db.insert(selectionAttachments).values({ formId: form.id, kind: "letter_of_intent", fileName: "list-intencyjny.pdf", mime: "application/pdf", size: LETTER.byteLength, content: LETTER });
    const [m1, m2, m3] = info.merit;
    await db.insert(selectionAssessments).values({
      formId: form.id,
      formal: passed,
      merit: {
        m1: { score: m1, justification: "Cele partnerstwa wpisują się w Strategię Rozwoju Województwa Podlaskiego 2030." },
        m2: { score: m2, justification: "Idea współpracy opisuje rzeczywiste powiązania funkcjonalne między JST." },
        m3: { score: m3, justification: "JST mają udokumentowane wspólne przedsięwzięcia." },
      },
      assessedBy: umPodlaskie?.id ?? null,
    });
    rank += 1;
    await db.insert(selectionRecommendations).values({ formId: form.id, callId: pilot.id, voivodeshipTeryt: "20", rank, recommendedBy: umPodlaskie?.id ?? null });
    await createPhases(db, p.id, "2026-04-15");
  }
  await db.insert(selectionRecommendationLists).values({ callId: pilot.id, voivodeshipTeryt: "20", sentBy: umPodlaskie?.id ?? null, sentAt: warsawInstant("2026-03-30", "14:00")! });

  // The current call: open for forms (deadline in two weeks), four forms from warmińsko-mazurskie waiting.
  const today = warsawDay(now);
  const day = (offset: number) => new Date(Date.parse(`${today}T12:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
  const current = await createCall(db, {
    name: "Nabór CWD Plus 2027",
    formsDeadline: endOfWarsawDay(day(14)),
    recommendationsDeadline: endOfWarsawDay(day(28)),
    announcementDate: day(42),
  }, admin?.id ?? null);
  await db.update(selectionCalls).set({ openedAt: new Date(Date.parse(`${day(-20)}T08:00:00Z`)) }).where(eq(selectionCalls.id, current.id));
  for (const [i, w] of WARMIA.entries()) {
    const [form] = await db
      .insert(selectionForms)
      .values({
        callId: current.id,
        applicantId: applicant.id,
        voivodeshipTeryt: "28",
        status: "submitted",
        name: w.name,
        memberTeryts: w.members,
        leadTeryt: w.lead,
        areaType: w.area,
        idea: w.idea,
        functionalLinks: "Wspólny rynek pracy, dojazdy do szkół i usług w mieście powiatowym, wspólne obszary przyrodnicze.",
        priorCooperation: i % 2 === 0 ? "Wspólne projekty w ramach lokalnej grupy działania." : "",
        declarations: i === 3 ? ALL_DECLARED.filter((k) => k !== "f2") : ALL_DECLARED,
        coordinatorName: applicant.name,
        coordinatorEmail: applicant.email,
        submittedAt: new Date(Date.parse(`${day(-10 + i)}T10:00:00Z`)),
      })
      .returning();
    await db.insert(selectionAttachments).values({ formId: form.id, kind: i % 2 ? "agreement" : "letter_of_intent", fileName: i % 2 ? "porozumienie.pdf" : "list-intencyjny.pdf", mime: "application/pdf", size: LETTER.byteLength, content: LETTER });
  }

}
