import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/portal/sign-in-form";
import { Card } from "@/components/ui/card";
import { safeCallbackPath } from "@/server/auth/safe-callback-path";
import { getSessionUser } from "@/server/auth/session-user";

export const metadata: Metadata = { title: "Sign in" };

type SearchParams = Promise<{ callbackUrl?: string | string[]; signedOut?: string; error?: string }>;

const noticeFor = (params: Awaited<SearchParams>) => {
  if (params.signedOut !== undefined) return "You are signed out.";
  if (params.error) return "Signing in did not work. Try again.";
  return undefined;
};

const SignInPage = async ({ searchParams }: { searchParams: SearchParams }) => {
  const params = await searchParams;
  const callbackPath = safeCallbackPath(Array.isArray(params.callbackUrl) ? params.callbackUrl[0] : params.callbackUrl);
  if (await getSessionUser()) redirect(callbackPath);
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm space-y-6">
        <div className="space-y-2 text-center">
          <Link href="/" className="text-sm font-semibold uppercase tracking-wide text-brand-600">
            LinX
          </Link>
          <h1 className="text-2xl font-bold tracking-tight">Sign in to the Portal</h1>
          <p className="text-sm text-slate-600">For staff of businesses using LinX.</p>
        </div>
        <Card className="p-6">
          <SignInForm callbackPath={callbackPath} notice={noticeFor(params)} />
        </Card>
      </div>
    </main>
  );
};

export default SignInPage;
