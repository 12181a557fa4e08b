import { AsyncLocalStorage } from "node:async_hooks";

// The request a piece of server code runs for: its id, for log lines written while it runs and for
// the trace spans Next opens for it. Kept on globalThis: the request observer and the code in
// Next's bundle must share one store.

export type RequestContext = { requestId: string };

const globalForContext = globalThis as unknown as { linxRequestContext?: AsyncLocalStorage<RequestContext> };

export const requestContext = (): AsyncLocalStorage<RequestContext> =>
  (globalForContext.linxRequestContext ??= new AsyncLocalStorage());

export const currentRequestId = (): string | undefined => requestContext().getStore()?.requestId;
