import { db } from "../../db";

/** Records the first time a customer opened the link. Later visits change nothing. */
export const markWorkflowOpened = async (workflowId: string) => {
  const { count } = await db().workflow.updateMany({ where: { id: workflowId, openedAt: null }, data: { openedAt: new Date() } });
  return { firstOpen: count === 1 };
};
