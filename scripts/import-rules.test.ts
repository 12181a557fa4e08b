import { describe, expect, it } from "vitest";
import { layerProblem, mustBeServerOnly } from "./import-rules";

describe("the layers' import rules", () => {
  it("refuses what crosses a layer the wrong way", () => {
    expect(layerProblem("server/jobs/dispatch-jobs.ts", "inngest/functions.ts", false)).toMatch(/server\/ never/);
    expect(layerProblem("server/api/trpc/rsc.tsx", "components/trpc/query-client.ts", false)).toMatch(/server\/ never/);
    expect(layerProblem("components/portal/form.tsx", "server/services/workflows/create-workflow.ts", false)).toMatch(
      /only types/,
    );
    expect(layerProblem("components/portal/form.tsx", "server/db.ts", false)).toMatch(/only types/);
    expect(layerProblem("server/services/a/b.ts", "server/api/rest/respond.ts", false)).toMatch(/services never/);
    expect(layerProblem("server/contracts/a.ts", "server/services/a/b.ts", false)).toMatch(/contracts import only/);
  });

  it("lets through types, contracts and the ways down", () => {
    expect(
      layerProblem("components/portal/form.tsx", "server/services/workflows/create-workflow.ts", true),
    ).toBeUndefined();
    expect(
      layerProblem("components/portal/form.tsx", "server/contracts/workflows/step-parameters.ts", false),
    ).toBeUndefined();
    expect(layerProblem("app/portal/page.tsx", "server/services/workflows/create-workflow.ts", false)).toBeUndefined();
    expect(layerProblem("server/contracts/a.ts", "server/i18n/locales.ts", false)).toBeUndefined();
    expect(layerProblem("server/services/a/b.ts", "server/db.ts", false)).toBeUndefined();
    // A folder whose name only starts like a layer's is not that layer.
    expect(layerProblem("server/apiary.ts", "inngest-like/x.ts", false)).toBeUndefined();
  });

  it("asks server-only of services, db, auth and env, not of contracts or the browser", () => {
    for (const file of [
      "server/services/a/b.ts",
      "server/db.ts",
      "server/db/sql.ts",
      "server/env.ts",
      "server/auth/config.ts",
    ])
      expect(mustBeServerOnly(file)).toBe(true);
    for (const file of ["server/contracts/a.ts", "server/dbx.ts", "components/x.tsx", "server/i18n/locales.ts"])
      expect(mustBeServerOnly(file)).toBe(false);
  });
});
