import { Card, CardHeader } from "@/components/ui/card";
import { TableCard } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import type { WorkflowDetailOutput as WorkflowDetail } from "@/server/api/trpc/routers/workflows/workflow-outputs";
import { StatusBadge } from "./status-badge";
import { formatDateTime, statusLabel } from "./workflow-format";

const cell = "px-4 py-2.5";

/** Every text and email sent for the workflow, in sending order, with its channel, where it came from and how it went. */
export const NotificationHistory = ({
  notifications,
  sending,
}: {
  notifications: WorkflowDetail["notifications"];
  sending: boolean;
}) => (
  <TableCard label="Notification history">
    <CardHeader
      title="Notification history"
      description={
        sending
          ? "Every text and email sent for this workflow. A message is on its way and shows here once sent."
          : "Every text and email sent for this workflow."
      }
    />
    {notifications.length === 0 ? (
      <EmptyState title="No message sent yet">
        The first message leaves within moments of creation; reminders follow the business's schedule.
      </EmptyState>
    ) : (
      <table className="w-full text-sm">
        <caption className="sr-only">SMS messages and emails sent for this workflow</caption>
        <thead className="border-b border-slate-100 text-left text-slate-500">
          <tr>
            <th scope="col" className={`${cell} font-medium`}>
              #
            </th>
            <th scope="col" className={`${cell} font-medium`}>
              Channel
            </th>
            <th scope="col" className={`${cell} font-medium`}>
              Origin
            </th>
            <th scope="col" className={`${cell} font-medium`}>
              Sent by
            </th>
            <th scope="col" className={`${cell} font-medium`}>
              To
            </th>
            <th scope="col" className={`${cell} font-medium`}>
              Delivery
            </th>
            <th scope="col" className={`${cell} font-medium`}>
              When
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {notifications.map((n) => (
            <tr key={n.id}>
              <th scope="row" className={`${cell} text-left font-medium text-slate-900`}>
                {n.serial}
              </th>
              <td className={cell}>{n.channel === "EMAIL" ? "Email" : "SMS"}</td>
              <td className={cell}>{statusLabel(n.origin)}</td>
              <td className={`${cell} text-slate-700`}>
                {n.notifiedBy === "system" ? "LinX" : n.notifiedBy.startsWith("user:") ? "Staff" : "API key"}
              </td>
              <td className={`${cell} text-slate-700`}>{n.channel === "EMAIL" ? n.toAddress : n.toNumber}</td>
              <td className={cell}>
                <StatusBadge status={n.status} />
                {n.errorCode ? <span className="ml-2 text-xs text-slate-500">error {n.errorCode}</span> : null}
              </td>
              <td className={`${cell} whitespace-nowrap text-slate-700`}>{formatDateTime(n.notifiedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    )}
  </TableCard>
);

/** All events of the workflow, oldest first. */
export const WorkflowTimeline = ({ timeline }: { timeline: WorkflowDetail["timeline"] }) => (
  <Card>
    <CardHeader title="Timeline" description="Everything that happened to this workflow, oldest first." />
    <ol className="space-y-0 px-5 py-4">
      {timeline.map((event, _index) => (
        <li
          key={`${event.at}-${event.kind}-${event.title}`}
          className="relative border-l border-slate-200 pb-4 pl-5 last:pb-0"
        >
          <span
            aria-hidden
            className="absolute -left-1.5 top-1 h-3 w-3 rounded-full border-2 border-white bg-brand-600"
          />
          <p className="text-sm font-medium text-slate-900">{event.title}</p>
          <p className="text-xs text-slate-600">
            <time dateTime={event.at}>{formatDateTime(event.at)}</time>
            {event.actor ? ` · ${event.actor}` : ""}
          </p>
          {event.detail ? <p className="text-xs text-slate-600">{event.detail}</p> : null}
        </li>
      ))}
    </ol>
  </Card>
);
