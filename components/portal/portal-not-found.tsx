import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { Card, CardBody } from "@/components/ui/card";
import { loadPortalContext } from "@/server/auth/portal-access";
import type { PortalPage } from "./portal-pages";

/**
 * What a Portal detail page shows for an id that does not exist, or that belongs to another
 * business (the same answer, so it reveals nothing), with the way back to its list.
 */
export const PortalNotFound = async ({ thing, list }: { thing: string; list: Pick<PortalPage, "href" | "label"> }) => {
  const portal = await loadPortalContext();
  const several = (portal?.memberships.length ?? 0) > 1;
  return (
    <Card>
      <CardBody className="space-y-3 py-6">
        <h1 className="text-lg font-semibold text-slate-900">{`${thing.charAt(0).toUpperCase()}${thing.slice(1)} not found`}</h1>
        <p className="max-w-xl text-sm text-slate-600">
          {portal?.active
            ? `${portal.active.businessName} has no ${thing} at this address.`
            : `There is no ${thing} at this address.`}{" "}
          The link may be incomplete, or the {thing} may have been deleted.
          {several
            ? ` If it belongs to another of your businesses, switch business from your account menu and open the link again.`
            : ""}
        </p>
        <Link href={list.href} className={buttonClasses({ variant: "secondary" })}>
          Back to {list.label.toLowerCase()}
        </Link>
      </CardBody>
    </Card>
  );
};
