import type { Metadata } from "next";
import Link from "next/link";
import { Card, CardBody } from "@/components/ui/card";
import { buttonClasses } from "@/components/ui/button";
import { requirePortalUser } from "@/server/auth/portal-access";
import { ROLE_LABEL } from "@/server/contracts/team/roles";
import { Role } from "@/server/generated/prisma/enums";

export const metadata: Metadata = { title: "No access" };

const NoAccessPage = async ({ searchParams }: { searchParams: Promise<{ need?: string }> }) => {
  const portal = await requirePortalUser("/portal");
  const { need } = await searchParams;
  const needed = need && need in Role ? ROLE_LABEL[need as Role] : null;
  return (
    <Card>
      <CardBody className="space-y-3 py-6">
        <h1 className="text-lg font-semibold text-slate-900">
          {portal.active ? "You cannot open that page" : "No business yet"}
        </h1>
        <p className="max-w-xl text-sm text-slate-600">
          {portal.active
            ? `That page needs the ${needed ?? "a higher"} role or higher in ${portal.active.businessName}; you are ${ROLE_LABEL[portal.active.role].toLowerCase()}. Ask an owner if you need it.`
            : "Your account is not a member of any business. Ask an owner of your business to add you to their team."}
        </p>
        {portal.active ? (
          <Link href="/portal" className={buttonClasses({ variant: "secondary" })}>
            Back to the dashboard
          </Link>
        ) : null}
      </CardBody>
    </Card>
  );
};

export default NoAccessPage;
