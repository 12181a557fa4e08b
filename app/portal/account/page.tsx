import type { Metadata } from "next";
import { changePasswordAction, renameAccountAction } from "./actions";
import { AccountNameForm } from "@/components/portal/account/account-name-form";
import { PasswordForm } from "@/components/portal/account/password-form";
import { PageHeader } from "@/components/portal/page-header";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { requirePortalUser } from "@/server/auth/portal-access";

export const metadata: Metadata = { title: "Your account" };

// The signed-in user's own account; it belongs to no one business, so any staff user may open it.
const AccountPage = async ({ searchParams }: { searchParams: Promise<{ passwordChanged?: string }> }) => {
  const { user } = await requirePortalUser("/portal/account");
  const { passwordChanged } = await searchParams;
  return (
    <>
      <PageHeader
        title="Your account"
        description="Your name and password for the LinX Portal, in every business you belong to."
      />
      <div className="space-y-6">
        <Card>
          <CardHeader title="Profile" />
          <CardBody className="max-w-md space-y-4">
            <div className="space-y-1">
              <p className="text-sm font-medium text-slate-800">Email</p>
              <p className="text-sm text-slate-900" data-testid="account-email">
                {user.email}
              </p>
              <p className="text-sm text-slate-500">You sign in with this address.</p>
            </div>
            <AccountNameForm name={user.name} action={renameAccountAction} />
          </CardBody>
        </Card>
        <Card>
          <CardHeader
            title="Password"
            description="Changing it signs you out everywhere else; this browser stays signed in."
          />
          <CardBody className="max-w-md space-y-4">
            {passwordChanged !== undefined ? (
              <Alert tone="success">
                Your password is changed. You stay signed in here; everywhere else you are signed out.
              </Alert>
            ) : null}
            <PasswordForm email={user.email} action={changePasswordAction} mode="change" />
          </CardBody>
        </Card>
      </div>
    </>
  );
};

export default AccountPage;
