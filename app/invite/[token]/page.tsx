import type { Metadata } from "next";
import Link from "next/link";
import { signOutAction } from "@/app/portal/sign-out-action";
import { PasswordForm } from "@/components/portal/account/password-form";
import { AuthScreen } from "@/components/portal/auth-screen";
import { Button, buttonClasses } from "@/components/ui/button";
import { SIGN_IN_PATH } from "@/server/auth/config";
import { signInRedirectPath } from "@/server/auth/portal-access";
import { ROLE_LABEL } from "@/server/contracts/team/roles";
import { getSessionUser } from "@/server/auth/session-user";
import { findInvitation } from "@/server/services/staff/find-invitation";
import { AcceptButton } from "./accept-button";
import { acceptSignedInAction, acceptWithPasswordAction } from "./actions";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Your invitation to LinX",
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

type InvitePageProps = { params: Promise<{ token: string }> };

/**
 * Where an invitation email's link lands. A new address chooses its password here; an existing
 * account accepts while signed in as the invited address, and nothing is attached before.
 */
const InvitePage = async ({ params }: InvitePageProps) => {
  const { token } = await params;
  const [invitation, user] = await Promise.all([findInvitation({ token }), getSessionUser()]);
  if (!invitation) {
    return (
      <AuthScreen
        title="This invitation no longer works"
        description="An invitation works once, for 7 days, until it is resent or revoked. Ask whoever invited you for a new one."
      >
        <p className="text-center text-sm">
          Already joined?{" "}
          <Link href={SIGN_IN_PATH} className="underline">
            Sign in
          </Link>
          .
        </p>
      </AuthScreen>
    );
  }
  const joining = `Join ${invitation.businessName} on LinX with the ${ROLE_LABEL[invitation.role]} role.`;
  if (!invitation.hasAccount) {
    return (
      <AuthScreen
        title={`Welcome, ${invitation.name}`}
        description={`${joining} Choose the password you will sign in with as ${invitation.email}. This link then stops working.`}
      >
        <PasswordForm email={invitation.email} action={acceptWithPasswordAction.bind(null, token)} mode="choose" />
      </AuthScreen>
    );
  }
  if (!user) {
    return (
      <AuthScreen
        title={`Join ${invitation.businessName}`}
        description={`${joining} Sign in as ${invitation.email} with your own password to accept.`}
      >
        <Link href={signInRedirectPath(`/invite/${token}`)} className={`${buttonClasses()} w-full`}>
          Sign in to accept
        </Link>
      </AuthScreen>
    );
  }
  if (user.email.toLowerCase() !== invitation.email.toLowerCase()) {
    return (
      <AuthScreen
        title={`Join ${invitation.businessName}`}
        description={`This invitation is for ${invitation.email}, and you are signed in as ${user.email}. Sign out, then sign in as ${invitation.email} to accept.`}
      >
        <form action={signOutAction}>
          <Button type="submit" variant="secondary" className="w-full">
            Sign out
          </Button>
        </form>
      </AuthScreen>
    );
  }
  return (
    <AuthScreen
      title={`Join ${invitation.businessName}`}
      description={`${joining} You are signed in as ${user.email}.`}
    >
      <AcceptButton action={acceptSignedInAction.bind(null, token)} label={`Join ${invitation.businessName}`} />
    </AuthScreen>
  );
};

export default InvitePage;
