import type { TransactionStatus, TransactionType } from "@/server/generated/prisma/enums";

// Where money would move. The sandbox rail below stands in for a payment provider's test mode;
// a real rail implements the same two questions.
export type RailTransaction = {
  id: string;
  status: TransactionStatus;
  amount: string;
  transactionType: TransactionType;
};

export type RailStep = { status: TransactionStatus; reason?: string; afterMs: number };

export type Rail = {
  name: string;
  /** What happens next to a transaction in this status, or null when it is final. */
  nextStep: (transaction: RailTransaction) => RailStep | null;
};
