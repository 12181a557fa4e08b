import Link from "next/link";
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";

/** The narrow centred screen of signing in and of choosing a first password. */
export const AuthScreen = ({
  title,
  description,
  children,
  footer,
}: {
  title: string;
  description: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
}) => (
  <main className="flex min-h-screen items-center justify-center px-4 py-12">
    <div className="w-full max-w-sm space-y-6">
      <div className="space-y-2 text-center">
        <Link href="/" className="text-sm font-semibold uppercase tracking-wide text-brand-600">
          LinX
        </Link>
        <h1 className="text-2xl font-bold tracking-tight">{title}</h1>
        <p className="text-sm text-slate-600">{description}</p>
      </div>
      <Card className="p-6">{children}</Card>
      {footer}
    </div>
  </main>
);
