import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { CustomerDetailOutput } from "@/server/api/trpc/routers/customers/customer-outputs";
import { Fact } from "@/components/portal/fact";
import { formatDate, formatDateTime } from "@/components/portal/format";
import { statusLabel } from "@/components/portal/workflows/workflow-format";
import { CustomerStatusBadge, customerName } from "./customer-format";

type Customer = CustomerDetailOutput["customer"];

const Address = ({ address }: { address: Customer["addresses"][number] }) => (
  <address className="not-italic">
    {address.line1}
    {address.line2 ? <>, {address.line2}</> : null}
    <br />
    {address.city}
    {address.region ? `, ${address.region}` : ""} {address.postalCode}, {address.country}
  </address>
);

/** Who the customer is: status, contact details, profile, addresses and other phone numbers. */
export const CustomerProfile = ({ customer }: { customer: Customer }) => (
  <Card>
    <CardHeader
      title="Profile"
      description="As the customer entered it in their workflows."
      action={<CustomerStatusBadge status={customer.status} />}
    />
    <CardBody className="space-y-5">
      <dl className="grid grid-cols-2 gap-4 md:grid-cols-4">
        <Fact label="Name">{customerName(customer)}</Fact>
        <Fact label="Mobile number">{customer.phoneNumber}</Fact>
        <Fact label="Email">
          <span className="break-all">{customer.email ?? "—"}</span>
        </Fact>
        <Fact label="Date of birth">{customer.dateOfBirth ? formatDate(customer.dateOfBirth) : "—"}</Fact>
        <Fact label="Created">{formatDateTime(customer.createdAt)}</Fact>
        <Fact label="Last updated">{formatDateTime(customer.updatedAt)}</Fact>
        <Fact label="Customer id">
          <span className="break-all">{customer.id}</span>
        </Fact>
      </dl>
      <dl className="grid gap-4 border-t border-slate-100 pt-4 md:grid-cols-2">
        <div>
          <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">Addresses</dt>
          <dd className="mt-1 text-sm text-slate-900">
            {customer.addresses.length === 0 ? (
              <span className="text-slate-500">None given</span>
            ) : (
              <ul className="space-y-2">
                {customer.addresses.map((address) => (
                  <li key={address.type}>
                    <span className="text-xs font-medium text-slate-500">{statusLabel(address.type)}</span>
                    <Address address={address} />
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        <div>
          <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">Other phone numbers</dt>
          <dd className="mt-1 text-sm text-slate-900">
            {customer.phones.length === 0 ? (
              <span className="text-slate-500">None given</span>
            ) : (
              <ul className="space-y-1">
                {customer.phones.map((phone) => (
                  <li key={phone.type}>
                    {phone.phoneNumber} <span className="text-xs text-slate-500">({statusLabel(phone.type)})</span>
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
    </CardBody>
  </Card>
);
