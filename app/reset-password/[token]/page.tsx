import type { Metadata } from "next";
import Link from "next/link";
import { PasswordForm } from "@/components/portal/account/password-form";
import { AuthScreen } from "@/components/portal/auth-screen";
import { findPasswordReset } from "@/server/services/staff/find-password-reset";
import { resetPasswordAction } from "./actions";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Choose a new password",
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

type ResetPasswordPageProps = { params: Promise<{ token: string }> };

/** Where a password reset email's link lands. */
const ResetPasswordPage = async ({ params }: ResetPasswordPageProps) => {
  const { token } = await params;
  const reset = await findPasswordReset({ token });
  if (!reset) {
    return (
      <AuthScreen
        title="This link no longer works"
        description="A reset link works once, for an hour, and only the newest one."
      >
        <p className="text-center text-sm">
          <Link href="/forgot-password" className="underline">
            Ask for a new link
          </Link>
          .
        </p>
      </AuthScreen>
    );
  }
  return (
    <AuthScreen
      title="Choose a new password"
      description={`For ${reset.email}. Every other session of your account ends, and this link stops working.`}
    >
      <PasswordForm email={reset.email} action={resetPasswordAction.bind(null, token)} mode="choose" />
    </AuthScreen>
  );
};

export default ResetPasswordPage;
