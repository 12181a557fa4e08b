import { createCallerFactory, router } from "./init";
import { listMyBusinesses } from "./routers/business/list-mine";
import { renameBusiness } from "./routers/business/rename";
import { dashboardSummary } from "./routers/dashboard/summary";
import { listTeam } from "./routers/team/list";

// Only wiring: each procedure lives in its own file under routers/<area>/.
export const appRouter = router({
  business: router({ listMine: listMyBusinesses, rename: renameBusiness }),
  dashboard: router({ summary: dashboardSummary }),
  team: router({ list: listTeam }),
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
