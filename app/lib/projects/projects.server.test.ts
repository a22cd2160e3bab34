import { and, count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  projectContributions,
  projectDocuments,
  projectPartners,
  projects,
  projectTasks,
} from "../../../db/schema";
import { testDrivers } from "../../../db/test/test-db";
import { FicheRejected, createProject, getFiche, updateProject } from "./projects.server";
import { adoptFlagship, FlagshipError, listProjectDocuments } from "./project-documents.server";
import { sampleFiche, zwSuite } from "./test-fixtures";

describe.each(testDrivers)("project fiches on %s", (driver) => {
  const suite = zwSuite(driver);

  it("creates a fiche with its JSTs, money and documents", async () => {
    const project = await createProject(suite.database.db, suite.ctx.zw.id, sampleFiche(), suite.ctx.grupa.id);
    const fiche = (await getFiche(suite.database.db, suite.ctx.zw.id, project.id))!;
    expect(fiche.project).toMatchObject({ title: "Termomodernizacja szkół powiatu", totalCost: 1_000_000_00, rowVersion: 1, isFlagship: false });
    expect(fiche.partnerTeryts).toEqual(["2013011"]);
    expect(fiche.contributions).toEqual([
      { teryt: "2013", amount: 100_000_00 },
      { teryt: "2013011", amount: 50_000_00 },
    ]);
    expect(fiche.indicators[0]).toMatchObject({ baseline: "0.0000", target: "4.0000", year: 2028 });
    expect((await listProjectDocuments(suite.database.db, project.id)).map((d) => d.kind).sort()).toEqual(["feasibility_analysis", "project_description"]);
    // Another partnership's URL does not find it.
    expect(await getFiche(suite.database.db, suite.ctx.other.id, project.id)).toBeNull();
    expect(await getFiche(suite.database.db, suite.ctx.zw.id, "------------------------------------")).toBeNull();
  });

  it("refuses a stale save: nothing overwritten, the other person's values returned", async () => {
    const project = await createProject(suite.database.db, suite.ctx.zw.id, sampleFiche({ title: "Wspólny projekt" }), suite.ctx.grupa.id);
    // Both open version 1. Piotr saves first.
    const first = await updateProject(
      suite.database.db,
      suite.ctx.zw.id,
      project.id,
      1,
      sampleFiche({ title: "Wersja Piotra", totalCost: 1_200_000_00, partnerTeryts: ["2013023"] }),
      suite.ctx.grupa.id,
    );
    expect(first.status).toBe("saved");
    // Ewa saves her older copy (version 1).
    const second = await updateProject(
      suite.database.db,
      suite.ctx.zw.id,
      project.id,
      1,
      sampleFiche({ title: "Wersja Ewy", partnerTeryts: [], contributions: [{ teryt: "2013", amount: 150_000_00 }] }),
      suite.ctx.rada2.id,
    );
    expect(second.status).toBe("conflict");
    if (second.status !== "conflict") return;
    expect(second.current.project).toMatchObject({ title: "Wersja Piotra", rowVersion: 2, totalCost: 1_200_000_00 });
    expect(second.current.updatedByName).toBe(suite.ctx.grupa.name);
    // Nothing of Ewa's save reached the database: row, partners, contributions are Piotr's.
    const stored = (await getFiche(suite.database.db, suite.ctx.zw.id, project.id))!;
    expect(stored.project.title).toBe("Wersja Piotra");
    expect(stored.project.rowVersion).toBe(2);
    expect(stored.project.updatedBy).toBe(suite.ctx.grupa.id);
    expect(stored.partnerTeryts).toEqual(["2013023"]);
    expect(stored.contributions).toHaveLength(2);
    // With the current version her save goes through.
    const third = await updateProject(suite.database.db, suite.ctx.zw.id, project.id, 2, sampleFiche({ title: "Wersja Ewy" }), suite.ctx.rada2.id);
    expect(third.status).toBe("saved");
  });

  it("lets exactly one of two simultaneous saves of the same version win", async () => {
    const project = await createProject(suite.database.db, suite.ctx.zw.id, sampleFiche({ title: "Wyścig" }), suite.ctx.grupa.id);
    const results = await Promise.all(
      ["A", "B"].map((who) => updateProject(suite.database.db, suite.ctx.zw.id, project.id, 1, sampleFiche({ title: `Zapis ${who}` }), suite.ctx.grupa.id)),
    );
    expect(results.map((r) => r.status).sort()).toEqual(["conflict", "saved"]);
    const [row] = await suite.database.db.select().from(projects).where(eq(projects.id, project.id));
    expect(row.rowVersion).toBe(2);
  });

  it("accepts only member JSTs of the partnership, in the lib and in the database", async () => {
    const [{ n: before }] = await suite.database.db.select({ n: count() }).from(projects);
    // 2006011 (Kolno) belongs to another partnership; 1465011 (Warszawa) to none.
    const attempts = [
      sampleFiche({ leadTeryt: "2006011" }),
      sampleFiche({ partnerTeryts: ["1465011"] }),
      sampleFiche({ contributions: [{ teryt: "2013", amount: 100_000_00 }, { teryt: "2006011", amount: 50_000_00 }] }),
    ];
    const paths: string[][] = [];
    for (const input of attempts) {
      const error = await createProject(suite.database.db, suite.ctx.zw.id, input, suite.ctx.grupa.id).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(FicheRejected);
      paths.push((error as FicheRejected).issues.map((i) => i.path));
    }
    expect(paths).toEqual([["leadTeryt"], ["partnerTeryts[0]"], ["contributions[1].teryt"]]);
    const [{ n: after }] = await suite.database.db.select({ n: count() }).from(projects);
    expect(after).toBe(before);

    // The database refuses them too, whatever code writes.
    const project = await createProject(suite.database.db, suite.ctx.zw.id, sampleFiche(), suite.ctx.grupa.id);
    await expect(suite.database.db.insert(projectPartners).values({ projectId: project.id, partnershipId: suite.ctx.zw.id, teryt: "2006011" })).rejects.toThrow();
    await expect(
      suite.database.db.insert(projectContributions).values({ projectId: project.id, partnershipId: suite.ctx.zw.id, teryt: "1465011", amount: 1 }),
    ).rejects.toThrow();
    await expect(suite.database.db.update(projects).set({ leadTeryt: "2006011" }).where(eq(projects.id, project.id))).rejects.toThrow();
    // Nor can a child row claim another partnership to smuggle in its JSTs.
    await expect(suite.database.db.insert(projectPartners).values({ projectId: project.id, partnershipId: suite.ctx.other.id, teryt: "2006011" })).rejects.toThrow();
    await expect(
      suite.database.db.insert(projectTasks).values({
        projectId: project.id,
        partnershipId: suite.ctx.zw.id,
        name: "x",
        startDate: "2027-01-01",
        endDate: "2027-01-02",
        teryt: "2006011",
      }),
    ).rejects.toThrow();
  });

  it("refuses inconsistent costs and keeps the database's own checks", async () => {
    const error = await createProject(suite.database.db, suite.ctx.zw.id, sampleFiche({ eligibleCost: 1_000_000_01 }), suite.ctx.grupa.id).catch((e: unknown) => e);
    expect((error as FicheRejected).issues).toEqual([{ path: "eligibleCost", message: "projects:validation.eligibleAboveTotal" }]);
    const project = await createProject(suite.database.db, suite.ctx.zw.id, sampleFiche(), suite.ctx.grupa.id);
    await expect(suite.database.db.update(projects).set({ eligibleCost: 1_000_000_01 }).where(eq(projects.id, project.id))).rejects.toThrow();
    await expect(suite.database.db.update(projects).set({ maturity: 6 }).where(eq(projects.id, project.id))).rejects.toThrow();
  });

  it("adopts one flagship per partnership and creates its two documents from templates", async () => {
    const a = await createProject(suite.database.db, suite.ctx.zw.id, sampleFiche({ title: "Kandydat A" }), suite.ctx.grupa.id);
    const b = await createProject(suite.database.db, suite.ctx.zw.id, sampleFiche({ title: "Kandydat B" }), suite.ctx.grupa.id);
    const pollId = "33333333-3333-4333-8333-333333333333";
    const docs = await suite.database.db.transaction((tx) => adoptFlagship(tx, a.id, pollId, { userId: suite.ctx.koordynator.id }));
    expect(docs.map((d) => d.kind).sort()).toEqual(["application_outline", "feasibility_analysis", "project_description", "sector_analysis"]);
    expect(docs.find((d) => d.kind === "sector_analysis")!.title).toBe("Analiza sektorowa: Kandydat A");
    // Adopting again by the same poll changes nothing.
    expect(await adoptFlagship(suite.database.db, a.id, pollId, null)).toHaveLength(4);
    const [{ n }] = await suite.database.db.select({ n: count() }).from(projectDocuments).where(eq(projectDocuments.projectId, a.id));
    expect(n).toBe(4);
    // A second flagship is refused by the lib …
    const error = await adoptFlagship(suite.database.db, b.id, pollId, null).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FlagshipError);
    // … and by the suite.database.
    await expect(
      suite.database.db.update(projects).set({ isFlagship: true, flagshipPollId: pollId }).where(eq(projects.id, b.id)),
    ).rejects.toThrow();
    const flagships = await suite.database.db
      .select({ id: projects.id })
      .from(projects)
      .where(and(eq(projects.partnershipId, suite.ctx.zw.id), eq(projects.isFlagship, true)));
    expect(flagships).toEqual([{ id: a.id }]);
  });
});
