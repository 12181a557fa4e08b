import { createCallerFactory, router } from "./init";
import { listMyBusinesses } from "./routers/business/list-mine";
import { renameBusiness } from "./routers/business/rename";
import { dashboardSummary } from "./routers/dashboard/summary";
import { listTeam } from "./routers/team/list";
import { cancelWorkflowProcedure } from "./routers/workflows/cancel";
import { createWorkflowProcedure } from "./routers/workflows/create";
import { createWorkflowFromTemplateProcedure } from "./routers/workflows/create-from-template";
import { extendWorkflowProcedure } from "./routers/workflows/extend";
import { workflowFormOptionsProcedure } from "./routers/workflows/form-options";
import { getWorkflowProcedure } from "./routers/workflows/get";
import { listWorkflowsProcedure } from "./routers/workflows/list";
import { resendWorkflowProcedure } from "./routers/workflows/resend";

// Only wiring: each procedure lives in its own file under routers/<area>/.
export const appRouter = router({
  business: router({ listMine: listMyBusinesses, rename: renameBusiness }),
  dashboard: router({ summary: dashboardSummary }),
  team: router({ list: listTeam }),
  workflows: router({
    list: listWorkflowsProcedure,
    get: getWorkflowProcedure,
    formOptions: workflowFormOptionsProcedure,
    create: createWorkflowProcedure,
    createFromTemplate: createWorkflowFromTemplateProcedure,
    resend: resendWorkflowProcedure,
    extend: extendWorkflowProcedure,
    cancel: cancelWorkflowProcedure,
  }),
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
