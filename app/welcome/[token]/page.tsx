import type { Metadata } from "next";
import Link from "next/link";
import { AuthScreen } from "@/components/portal/auth-screen";
import { PasswordForm } from "@/components/portal/account/password-form";
import { SIGN_IN_PATH } from "@/server/auth/config";
import { findSignInLink } from "@/server/services/staff/find-sign-in-link";
import { chooseFirstPasswordAction } from "./actions";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Choose your password", robots: { index: false, follow: false }, referrer: "no-referrer" };

type WelcomePageProps = { params: Promise<{ token: string }> };

/** Where the sign-in link an operator printed (npm run linx) lands: the new owner chooses a password. */
const WelcomePage = async ({ params }: WelcomePageProps) => {
  const { token } = await params;
  const link = await findSignInLink({ token });
  if (!link) {
    return (
      <AuthScreen title="This link no longer works" description="A sign-in link works once, for 72 hours. Ask whoever sent it for a new one.">
        <p className="text-center text-sm">
          Already chose your password? <Link href={SIGN_IN_PATH} className="underline">Sign in</Link>.
        </p>
      </AuthScreen>
    );
  }
  return (
    <AuthScreen title="Choose your password" description={`Welcome to LinX, ${link.name}. Choose the password you will sign in with as ${link.email}. This link then stops working.`}>
      <PasswordForm email={link.email} action={chooseFirstPasswordAction.bind(null, token)} mode="choose" />
    </AuthScreen>
  );
};

export default WelcomePage;
