import { AsyncLocalStorage } from "node:async_hooks";
import type { Prisma } from "@/server/generated/prisma/client";
import { db, type Tx } from "@/server/db";
import { stageIdempotentReply } from "@/server/idempotency/idempotency-scope";
import { dispatchJobs } from "@/server/jobs/dispatch-jobs";
import { insertJobsStatement, type JobInput, type QueuedJob } from "@/server/jobs/enqueue-jobs";

// One unit of work for every write (ARCHITECTURE.md, "The path of one job"). A service opens it, writes through its
// transaction, enqueues jobs and emits webhook events into it; the request's Idempotency-Key record
// and its response are written in the same transaction; after commit the new jobs go to the runner.
// Adapters never see jobs. A service called inside another's unit of work joins it.

export type UnitOfWork = {
  tx: Tx;
  /** Records jobs in this transaction (one statement); they start after commit. */
  enqueue: (...jobs: JobInput[]) => Promise<QueuedJob[]>;
  /** Jobs this transaction wrote with a statement of its own (emitEvent's deliveries), to start after commit. */
  track: (jobs: QueuedJob[]) => void;
};

const current = new AsyncLocalStorage<UnitOfWork>();

/** The unit of work this code runs in, if any (a service that writes with a statement of its own joins it). */
export const currentUnitOfWork = () => current.getStore();

// PGlite serves one session: a unit of work may wait for the others to finish before it starts.
const TRANSACTION_OPTIONS = { maxWait: 20_000, timeout: 60_000 };

/** Runs `work` in one transaction, then starts the jobs it enqueued. Returns what `work` returns. */
export const inUnitOfWork = async <T>(work: (uow: UnitOfWork) => Promise<T>): Promise<T> => {
  const joined = current.getStore();
  if (joined) return work(joined);
  const jobs: QueuedJob[] = [];
  const result = await db().$transaction(async (tx) => {
    const uow: UnitOfWork = {
      tx,
      enqueue: async (...inputs) => {
        if (inputs.length === 0) return [];
        const { statement, queued } = insertJobsStatement(inputs);
        await tx.$executeRaw(statement);
        jobs.push(...queued);
        return queued;
      },
      track: (queued) => void jobs.push(...queued),
    };
    const value = await current.run(uow, () => work(uow));
    await stageIdempotentReply((statement: Prisma.Sql) => tx.$queryRaw<unknown[]>(statement), value);
    return value;
  }, TRANSACTION_OPTIONS);
  await dispatchJobs(jobs);
  return result;
};
