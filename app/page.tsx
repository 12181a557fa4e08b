import Link from "next/link";

const HomePage = () => (
  <main className="mx-auto flex min-h-screen max-w-2xl flex-col justify-center gap-6 px-6 py-16">
    <p className="text-sm font-semibold uppercase tracking-wide text-brand-600">LinX</p>
    <h1 className="text-4xl font-bold tracking-tight">Get what you need from a customer, by text.</h1>
    <p className="text-lg text-slate-600">
      Send a secure link to a mobile number. The customer opens an account, adds a bank account or card, accepts your
      terms and confirms the payment, on their phone. Your backend hears about every step.
    </p>
    <div className="flex flex-wrap gap-3">
      <Link href="/portal" className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
        Open the Portal
      </Link>
      <a
        href="/api/v2/openapi.json"
        className="rounded-md border border-slate-300 bg-white px-4 py-2 font-medium hover:bg-slate-100"
      >
        REST API (OpenAPI)
      </a>
    </div>
  </main>
);

export default HomePage;
