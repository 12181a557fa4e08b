import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { Card, CardBody } from "@/components/ui/card";

/** After creation: the passcode, shown this one time (only its hash is kept), and where to go next. */
type Props = { id: string; title: string; passcode: string | null; smsCode: boolean; onAnother: () => void };

export const CreatedWorkflow = ({ id, title, passcode, smsCode, onAnother }: Props) => (
  <Card>
    <CardBody className="space-y-4 py-6">
      <Alert tone="success">“{title}” was created and its link is being texted to the customer.</Alert>
      {passcode ? (
        <div className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-4">
          <p className="text-sm font-semibold text-amber-900">Passcode — shown only this once</p>
          <p data-testid="passcode" className="font-mono text-3xl tracking-[0.3em] text-slate-900">
            {passcode}
          </p>
          <p className="text-sm text-amber-900">
            Give it to the customer another way than by text (in person or by phone). LinX keeps only a hash and cannot
            show it again.
          </p>
        </div>
      ) : null}
      {smsCode ? (
        <p className="text-sm text-slate-700">
          When the customer opens the link, LinX texts them a one-time code (or emails it, for a request by email) to
          enter first. Nothing more to do on your side.
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Link href={`/portal/workflows/${id}`} className={buttonClasses()}>
          Open the workflow
        </Link>
        <button type="button" onClick={onAnother} className={buttonClasses({ variant: "secondary" })}>
          Send another
        </button>
      </div>
    </CardBody>
  </Card>
);
