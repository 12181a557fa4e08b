import Link from "next/link";
import type { ReactNode } from "react";

type Props = {
  title: string;
  intro: string;
  /** The page's own path: the form opens an inbox with `?to=`. */
  path: string;
  wide?: boolean;
  field: { label: string; type: "email" | "tel"; placeholder: string; invalid: (typed: string) => string };
  /** What was asked for, and the same as a valid address or number (null when it is not one). */
  typed: string | null;
  to: string | null;
  recent: { heading: string; items: string[]; hrefOf: (item: string) => string };
  /** The open inbox, when `to` is valid. */
  children: ReactNode;
};

/** A local inbox page (/dev/phone, /dev/mail): its heading, the address form, the recent recipients, then the inbox. */
export const DevInboxFrame = ({ title, intro, path, wide, field, typed, to, recent, children }: Props) => (
  <main className={`mx-auto flex min-h-screen w-full ${wide ? "max-w-2xl" : "max-w-md"} flex-col gap-5 px-4 py-6`}>
    <header>
      <h1 className="text-2xl font-bold tracking-tight">{title}</h1>
      <p className="mt-1 text-sm text-slate-600">{intro}</p>
    </header>

    <form method="get" action={path} className="flex items-end gap-2">
      <div className="flex-1">
        <label htmlFor="to" className="block text-sm font-medium text-slate-800">
          {field.label}
        </label>
        <input
          id="to"
          name="to"
          type={field.type}
          inputMode={field.type === "tel" ? "tel" : undefined}
          autoComplete="off"
          placeholder={field.placeholder}
          defaultValue={typed ?? ""}
          aria-invalid={typed && !to ? true : undefined}
          aria-describedby={typed && !to ? "to-error" : undefined}
          className="mt-1 w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base"
        />
      </div>
      <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
        Open inbox
      </button>
    </form>
    {typed && !to && (
      <p id="to-error" role="alert" className="-mt-3 text-sm text-red-700">
        {field.invalid(typed)}
      </p>
    )}

    {recent.items.length > 0 && (
      <nav aria-labelledby="recent-recipients">
        <h2 id="recent-recipients" className="text-sm font-medium text-slate-800">
          {recent.heading}
        </h2>
        <ul className="mt-2 flex flex-wrap gap-2">
          {recent.items.map((item) => (
            <li key={item}>
              <Link
                href={recent.hrefOf(item)}
                aria-current={item === to ? "page" : undefined}
                className="inline-block rounded-full border border-slate-300 bg-white px-3 py-1 text-sm hover:bg-slate-100 aria-[current=page]:border-brand-600 aria-[current=page]:bg-brand-50"
              >
                {item}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    )}

    {children}
  </main>
);
