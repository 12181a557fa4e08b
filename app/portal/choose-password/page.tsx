import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { choosePasswordAction } from "@/app/portal/account/actions";
import { signOutAction } from "@/app/portal/sign-out-action";
import { PasswordForm } from "@/components/portal/account/password-form";
import { AuthScreen } from "@/components/portal/auth-screen";
import { Button } from "@/components/ui/button";
import { CHOOSE_PASSWORD_PATH, signInRedirectPath } from "@/server/auth/portal-access";
import { PORTAL_HOME } from "@/server/auth/safe-callback-path";
import { getSessionUser } from "@/server/auth/session-user";

export const metadata: Metadata = { title: "Choose your password" };

// Where every Portal page sends an invited member until they replace their one-time password
// (requirePortalUser); the layout shows no navigation to them.
const ChoosePasswordPage = async () => {
  const user = await getSessionUser();
  if (!user) redirect(signInRedirectPath(CHOOSE_PASSWORD_PATH));
  if (!user.passwordChangeRequired) redirect(PORTAL_HOME);
  return (
    <AuthScreen
      title="Choose your password"
      description={`Welcome, ${user.name}. You signed in with a one-time password; choose your own to continue. The one-time password then stops working.`}
      footer={
        <form action={signOutAction} className="text-center">
          <Button type="submit" variant="ghost" size="sm">
            Sign out
          </Button>
        </form>
      }
    >
      <PasswordForm email={user.email} action={choosePasswordAction} mode="choose" />
    </AuthScreen>
  );
};

export default ChoosePasswordPage;
