"use client";

import { Button } from "@/components/ui/button";
import { Card, CardBody } from "@/components/ui/card";

/**
 * A Portal page that failed to load, inside the Portal's own header and navigation. It says what
 * to do, not what broke; the reference matches the server's log entry for support.
 */
const PortalError = ({ error, retry }: { error: unknown; retry: () => void }) => {
  const reference =
    error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;
  return (
    <Card>
      <CardBody className="space-y-3 py-6">
        <h1 className="text-lg font-semibold text-slate-900">This page could not be loaded</h1>
        <p className="max-w-xl text-sm text-slate-600">
          Something went wrong on our side. Try again in a moment; if it keeps happening, tell your LinX administrator
          {reference ? " and give them the reference below" : ""}.
        </p>
        {reference ? <p className="font-mono text-xs text-slate-500">Reference {reference}</p> : null}
        <Button onClick={() => retry()}>Try again</Button>
      </CardBody>
    </Card>
  );
};

export default PortalError;
