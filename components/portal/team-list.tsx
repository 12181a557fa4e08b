"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { Card } from "@/components/ui/card";
import { useTRPC } from "@/components/trpc/trpc-provider";
import { ROLE_LABEL } from "@/server/auth/roles";

const dateFormat = new Intl.DateTimeFormat("en", { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" });

export const TeamList = ({ businessId }: { businessId: string }) => {
  const trpc = useTRPC();
  const { data: members } = useSuspenseQuery(trpc.team.list.queryOptions({ businessId }));
  return (
    <Card className="overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="sr-only">Team members and their roles</caption>
        <thead className="border-b border-slate-100 text-left text-slate-500">
          <tr>
            <th scope="col" className="px-5 py-3 font-medium">Name</th>
            <th scope="col" className="px-5 py-3 font-medium">Email</th>
            <th scope="col" className="px-5 py-3 font-medium">Role</th>
            <th scope="col" className="px-5 py-3 font-medium">Member since</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {members.map((member) => (
            <tr key={member.userId}>
              <th scope="row" className="px-5 py-3 text-left font-medium text-slate-900">{member.name}</th>
              <td className="px-5 py-3 text-slate-700">{member.email}</td>
              <td className="px-5 py-3">
                <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700">{ROLE_LABEL[member.role]}</span>
              </td>
              <td className="px-5 py-3 text-slate-700">{dateFormat.format(new Date(member.joinedAt))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
};
