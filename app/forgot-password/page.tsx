import type { Metadata } from "next";
import Link from "next/link";
import { AuthScreen } from "@/components/portal/auth-screen";
import { SIGN_IN_PATH } from "@/server/auth/config";
import { ForgotPasswordForm } from "./forgot-password-form";

export const metadata: Metadata = { title: "Forgot your password?", robots: { index: false, follow: false } };

const ForgotPasswordPage = () => (
  <AuthScreen
    title="Forgot your password?"
    description="Enter the email you sign in with. We email you a link to choose a new password; your other sessions end when you do."
    footer={
      <p className="text-center text-sm">
        Remembered it?{" "}
        <Link href={SIGN_IN_PATH} className="underline">
          Sign in
        </Link>
        .
      </p>
    }
  >
    <ForgotPasswordForm />
  </AuthScreen>
);

export default ForgotPasswordPage;
