import Link from "next/link";
import { Card } from "@/components/ui/card";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/portal/page-header";

/** A customer id that is not this business's: it may not exist, or belong to another business. */
const CustomerNotFound = () => (
  <>
    <PageHeader title="Customer not found" />
    <Card>
      <EmptyState
        title="There is no such customer in this business"
        action={
          <Link href="/portal/customers" className={buttonClasses({ variant: "secondary" })}>
            All customers
          </Link>
        }
      >
        Check the link, or switch to the business the customer belongs to.
      </EmptyState>
    </Card>
  </>
);

export default CustomerNotFound;
