"use client";

import { useActionState } from "react";
import { signInAction, type SignInState } from "@/app/sign-in/sign-in-action";
import { Alert } from "@/components/ui/alert";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

export const SignInForm = ({ callbackPath, notice }: { callbackPath: string; notice?: string }) => {
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, {});
  return (
    <form action={action} className="space-y-5">
      <input type="hidden" name="callbackUrl" value={callbackPath} />
      {state.error ? <Alert tone="error">{state.error}</Alert> : notice ? <Alert tone="info">{notice}</Alert> : null}
      <div className="space-y-1.5">
        <Label htmlFor="email">Email</Label>
        <Input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state.email}
          aria-invalid={state.error ? true : undefined}
        />
      </div>
      <div className="space-y-1.5">
        <Label htmlFor="password">Password</Label>
        <Input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={state.error ? true : undefined}
        />
      </div>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </Button>
      <p className="text-center text-sm">
        <Link href="/forgot-password" className="font-medium text-brand-700 underline underline-offset-2">
          Forgot your password?
        </Link>
      </p>
    </form>
  );
};
