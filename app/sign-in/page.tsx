import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthScreen } from "@/components/portal/auth-screen";
import { SignInForm } from "@/components/portal/sign-in-form";
import { safeCallbackPath } from "@/server/auth/safe-callback-path";
import { getSessionUser } from "@/server/auth/session-user";

export const metadata: Metadata = { title: "Sign in" };

type SearchParams = Promise<{
  callbackUrl?: string | string[];
  signedOut?: string;
  passwordChanged?: string;
  error?: string;
}>;

const noticeFor = (params: Awaited<SearchParams>) => {
  if (params.signedOut !== undefined) return "You are signed out.";
  if (params.passwordChanged !== undefined) return "Your password is changed. Sign in with the new one.";
  if (params.error) return "Signing in did not work. Try again.";
  return undefined;
};

const SignInPage = async ({ searchParams }: { searchParams: SearchParams }) => {
  const params = await searchParams;
  const callbackPath = safeCallbackPath(Array.isArray(params.callbackUrl) ? params.callbackUrl[0] : params.callbackUrl);
  if (await getSessionUser()) redirect(callbackPath);
  return (
    <AuthScreen title="Sign in to the Portal" description="For staff of businesses using LinX.">
      <SignInForm callbackPath={callbackPath} notice={noticeFor(params)} />
    </AuthScreen>
  );
};

export default SignInPage;
