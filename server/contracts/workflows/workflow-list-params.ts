import { z } from "zod";
import { WorkflowStatus } from "@/server/generated/prisma/enums";
import type {
  WorkflowFilters,
  WorkflowOrder,
  WorkflowSortField,
} from "@/server/services/workflows/workflow-list-query";

// The Portal's workflow list state as it sits in the URL (?q=&status=&template=&from=&to=&sort=&dir=),
// so a filtered list can be shared, bookmarked and exported as it is. The same schema is the list
// procedure's input and the CSV export's query.

const WORKFLOW_SORTS = { created: "createdAt", updated: "updatedAt", expiry: "expireAt" } as const satisfies Record<
  string,
  WorkflowSortField
>;

const DEFAULT_DIRECTION = { created: "desc", updated: "desc", expiry: "asc" } as const;

export const ZWorkflowListParams = z.object({
  q: z.string().trim().max(200).optional(),
  status: z.enum(WorkflowStatus).optional(),
  template: z.string().trim().min(1).max(64).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  sort: z.enum(["created", "updated", "expiry"]).optional(),
  dir: z.enum(["asc", "desc"]).optional(),
});

export type WorkflowListParams = z.infer<typeof ZWorkflowListParams>;

const LIST_PARAM_KEYS = Object.keys(ZWorkflowListParams.shape) as Array<keyof WorkflowListParams>;

/** Reads the state from a URL, dropping any value that is not valid rather than failing the page. */
export const readWorkflowListParams = (search: URLSearchParams): WorkflowListParams => {
  const params: Record<string, string> = {};
  for (const key of LIST_PARAM_KEYS) {
    const value = search.get(key);
    if (value && ZWorkflowListParams.shape[key].safeParse(value).success) params[key] = value;
  }
  return ZWorkflowListParams.parse(params);
};

const DAY_MS = 86_400_000;

/** Dates are whole days in UTC; `to` includes its day. */
export const toWorkflowListQuery = ({
  q,
  status,
  template,
  from,
  to,
  sort = "created",
  dir,
}: WorkflowListParams): { filters: WorkflowFilters; order: WorkflowOrder } => ({
  filters: {
    search: q || undefined,
    status,
    templateId: template,
    createdFrom: from ? new Date(`${from}T00:00:00Z`) : undefined,
    createdTo: to ? new Date(new Date(`${to}T00:00:00Z`).getTime() + DAY_MS) : undefined,
  },
  order: { field: WORKFLOW_SORTS[sort], direction: dir ?? DEFAULT_DIRECTION[sort] },
});
