// Set-based seed for scripts/bench-workflow-list.ts: one business's customers, templates,
// workflows and steps, made by INSERT … SELECT over generate_series, in slices so progress shows.
// Every "random" choice is a hash of the row number, so a run can name rows it will look for
// (a customer's phone, a workflow's id) without reading them back.
import type pg from "pg";

export type SeededBusiness = { id: string; tag: string; workflows: number; customers: number };

const FIRST_NAMES = [
  "James",
  "Mary",
  "Robert",
  "Patricia",
  "John",
  "Jennifer",
  "Michael",
  "Linda",
  "David",
  "Elizabeth",
  "William",
  "Barbara",
  "Richard",
  "Susan",
  "Joseph",
  "Jessica",
  "Thomas",
  "Sarah",
  "Carlos",
  "Karen",
  "Daniel",
  "Lisa",
  "Matthew",
  "Nancy",
  "Anthony",
  "Betty",
  "Mark",
  "Sandra",
  "Wei",
  "Ashley",
  "Steven",
  "Kimberly",
  "Paul",
  "Emily",
  "Andrew",
  "Donna",
  "Joshua",
  "Michelle",
  "Kenneth",
  "Carol",
  "Kevin",
  "Amanda",
  "Brian",
  "Melissa",
  "Priya",
  "Deborah",
  "Timothy",
  "Stephanie",
  "Ronald",
  "Rebecca",
  "Jason",
  "Sharon",
  "Jose",
  "Laura",
  "Ryan",
  "Cynthia",
  "Jacob",
  "Amy",
  "Gary",
  "Kathleen",
  "Nicholas",
  "Angela",
  "Eric",
  "Shirley",
  "Jonathan",
  "Brenda",
  "Aisha",
  "Emma",
  "Larry",
  "Anna",
  "Justin",
  "Pamela",
  "Scott",
  "Nicole",
  "Brandon",
  "Samantha",
  "Benjamin",
  "Katherine",
  "Samuel",
  "Christine",
  "Hiroshi",
  "Helen",
  "Frank",
  "Debra",
  "Gregory",
  "Rachel",
  "Raymond",
  "Carolyn",
  "Alexander",
  "Janet",
  "Patrick",
  "Maria",
  "Jack",
  "Olivia",
  "Dennis",
  "Heather",
];
const LAST_NAMES = [
  "Smith",
  "Johnson",
  "Williams",
  "Brown",
  "Jones",
  "Garcia",
  "Miller",
  "Davis",
  "Rodriguez",
  "Martinez",
  "Hernandez",
  "Lopez",
  "Gonzalez",
  "Wilson",
  "Anderson",
  "Thomas",
  "Taylor",
  "Moore",
  "Jackson",
  "Martin",
  "Lee",
  "Perez",
  "Thompson",
  "White",
  "Harris",
  "Sanchez",
  "Clark",
  "Ramirez",
  "Lewis",
  "Robinson",
  "Walker",
  "Young",
  "Allen",
  "King",
  "Wright",
  "Scott",
  "Torres",
  "Nguyen",
  "Hill",
  "Flores",
  "Green",
  "Adams",
  "Nelson",
  "Baker",
  "Hall",
  "Rivera",
  "Campbell",
  "Mitchell",
  "Carter",
  "Roberts",
  "Patel",
  "Kim",
  "Chen",
  "Singh",
  "Okafor",
  "Kowalski",
  "Novak",
  "Haddad",
  "Tanaka",
  "Schmidt",
];
// A third of the customers get a rarer surname built from syllables (about 8,000 of them).
const SYLLABLES = [
  "ka",
  "lo",
  "mar",
  "ven",
  "dri",
  "sol",
  "ber",
  "ton",
  "ash",
  "quin",
  "del",
  "ro",
  "fen",
  "gal",
  "ith",
  "mor",
  "ul",
  "zan",
  "pe",
  "wick",
];
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
// Titles of workflows made without a template; %1$s is a month, %2$s a number. Earlier ones are commoner.
const TITLES = [
  "Rent for %1$s",
  "Invoice %2$s",
  "Security deposit for unit %2$s",
  "Debit authorization",
  "Utility bill for %1$s",
  "Account opening",
  "Loan repayment %2$s",
  "Membership renewal",
  "Insurance premium for %1$s",
  "Updated terms of service",
  "Rebate %2$s",
  "Tuition fee for %1$s",
  "Parking permit %2$s",
  "Service agreement",
  "Refund of order %2$s",
  "Gym membership freeze",
];
const TEMPLATES = [
  ["Monthly rent", "Rent for this month"],
  ["Card on file", "Confirm your card"],
  ["Direct debit", "Debit authorization"],
  ["Onboarding", "Welcome aboard"],
  ["Late fee", "Late payment fee"],
  ["Deposit", "Security deposit"],
  ["Rebate", "Your rebate"],
  ["Terms", "New terms of service"],
  ["Utilities", "Utility bill"],
  ["Insurance", "Insurance premium"],
  ["Tuition", "Tuition installment"],
  ["Winter promo", "Winter promotion refund"],
] as const;

const sqlArray = (values: readonly string[]) => `ARRAY[${values.map((v) => `'${v.replaceAll("'", "''")}'`).join(",")}]`;

// r(g, salt): a uniform number in [0, 1) from the row number; pick(array, r) one element.
// cuid(at, …): ids that grow with creation time, as Prisma's cuid() does. `anchor` is "now", fixed
// for the whole seed so a customer's id can be computed again when its workflows are made.
const helpers = (anchor: string) => `
CREATE FUNCTION pg_temp.r(g bigint, salt bigint) RETURNS float8 LANGUAGE sql IMMUTABLE AS
  $$ SELECT ((hashint8extended(g, salt) >> 11) & 9007199254740991)::float8 / 9007199254740992.0 $$;
CREATE FUNCTION pg_temp.pick(a text[], r float8) RETURNS text LANGUAGE sql IMMUTABLE AS
  $$ SELECT a[1 + floor(r * array_length(a, 1))::int] $$;
CREATE FUNCTION pg_temp.anchor() RETURNS timestamp LANGUAGE sql IMMUTABLE AS $$ SELECT timestamp '${anchor}' $$;
CREATE FUNCTION pg_temp.cuid(at timestamp, kind text, tag text, n bigint) RETURNS text LANGUAGE sql IMMUTABLE AS
  $$ SELECT 'c' || lpad(to_hex(floor(extract(epoch FROM at) * 1000)::bigint), 12, '0') || substr(md5(kind || tag || n), 1, 12) $$;
CREATE FUNCTION pg_temp.phone(g bigint, salt bigint) RETURNS text LANGUAGE sql IMMUTABLE AS
  $$ SELECT '+1' || (201 + floor(pg_temp.r(g, salt) * 780))::int || lpad(floor(pg_temp.r(g, salt + 1) * 10000000)::int::text, 7, '0') $$;
CREATE FUNCTION pg_temp.customer_created(k bigint, customers bigint) RETURNS timestamp LANGUAGE sql IMMUTABLE AS
  $$ SELECT date_trunc('second', pg_temp.anchor() - interval '400 days' + (k::float8 / customers) * interval '395 days') $$;
CREATE FUNCTION pg_temp.customer_id(tag text, k bigint, customers bigint) RETURNS text LANGUAGE sql IMMUTABLE AS
  $$ SELECT pg_temp.cuid(pg_temp.customer_created(k, customers), 'cu', tag, k) $$;`;

export const createSeedHelpers = (client: pg.Client) =>
  client.query(helpers(new Date().toISOString().slice(0, 19).replace("T", " ")));

const tokenHash = (tag: string, g: string) => `md5('t' || ${tag} || ${g}) || md5('h' || ${tag} || ${g})`;

/** The id of workflow number `g` of a seeded business (found by its unique token hash). */
export const workflowIdOf = async (client: pg.Client, tag: string, g: number) =>
  (
    await client.query<{ id: string }>(
      `SELECT id FROM "Workflow" WHERE "tokenHash" = ${tokenHash("$1::text", "$2::bigint")}`,
      [tag, g],
    )
  ).rows[0]!.id;

const customersSql = `
INSERT INTO "Customer" (id, "businessId", status, "firstName", "lastName", email, "phoneNumber", "createdAt", "updatedAt")
SELECT pg_temp.customer_id($2::text, g, $5::bigint), $1::text,
       (ARRAY['ACTIVE','ACTIVE','ACTIVE','NEW','PENDING','INACTIVE','SUSPENDED','ARCHIVED'])[1 + floor(pg_temp.r(g, 71) * 8)::int]::"CustomerStatus",
       n.first, n.last, lower(n.first) || '.' || lower(n.last) || (g % 997) || '@mail.test', pg_temp.phone(g, 70), n.created, n.created
FROM generate_series($3::bigint, $4::bigint) g,
LATERAL (SELECT pg_temp.pick(${sqlArray(FIRST_NAMES)}, pg_temp.r(g, 72)) AS first,
                CASE WHEN pg_temp.r(g, 73) < 0.33
                     THEN initcap(pg_temp.pick(${sqlArray(SYLLABLES)}, pg_temp.r(g, 74)) || pg_temp.pick(${sqlArray(SYLLABLES)}, pg_temp.r(g, 75)) || pg_temp.pick(${sqlArray(SYLLABLES)}, pg_temp.r(g, 76)))
                     ELSE pg_temp.pick(${sqlArray(LAST_NAMES)}, power(pg_temp.r(g, 77), 1.6)) END AS last,
                pg_temp.customer_created(g, $5::bigint) AS created) n`;

const templatesSql = `
INSERT INTO "WorkflowTemplate" (id, "businessId", name, "currentVersion", "createdAt", "updatedAt")
SELECT pg_temp.cuid(pg_temp.anchor() - interval '400 days', 'tp', $2::text, t), $1::text, (${sqlArray(TEMPLATES.map(([name]) => name))})[t + 1], 2,
       pg_temp.anchor() - interval '400 days', pg_temp.anchor()
FROM generate_series(0, ${TEMPLATES.length - 1}) t`;

const templateVersionsSql = `
INSERT INTO "WorkflowTemplateVersion" (id, "templateId", version, title, steps, "createdAt")
SELECT pg_temp.cuid(pg_temp.anchor() - interval '400 days', 'tv', $1::text, t * 10 + v), pg_temp.cuid(pg_temp.anchor() - interval '400 days', 'tp', $1::text, t), v,
       (${sqlArray(TEMPLATES.map(([, title]) => title))})[t + 1], '[]'::jsonb, pg_temp.anchor() - interval '400 days'
FROM generate_series(0, ${TEMPLATES.length - 1}) t, generate_series(1, 2) v`;

// Workflows arrive evenly over the year, a fifth of them in the same second as the one before
// (ties on createdAt, as bulk sends make). Statuses follow age: only the last 90 days (a link's
// lifetime) can still be open. Each gets three steps: the text, the customer's account, the payment.
const workflowsSql = `
WITH w AS (
  INSERT INTO "Workflow" (id, "businessId", "templateVersionId", "customerId", title, "phoneNumber", status, "expireAt", "tokenHash", "linkNonce",
                          "declineReason", "openedAt", "completedAt", "createdAt", "updatedAt")
  SELECT pg_temp.cuid(x.created, 'wf', $2::text, g), $1::text, x.version, CASE WHEN x.k IS NOT NULL THEN pg_temp.customer_id($2::text, x.k, $5::bigint) END,
         coalesce(x.template_title, format(pg_temp.pick(${sqlArray(TITLES)}, power(pg_temp.r(g, 10), 1.5)), pg_temp.pick(${sqlArray(MONTHS)}, pg_temp.r(g, 11)), 1000 + floor(pg_temp.r(g, 12) * 90000)::int)),
         CASE WHEN x.k IS NULL THEN pg_temp.phone(g, 80) ELSE pg_temp.phone(x.k, 70) END,
         s.status::"WorkflowStatus", x.created + interval '90 days', ${tokenHash("$2::text", "g")}, md5('n' || $2::text || g),
         CASE WHEN s.status = 'DECLINED' THEN (ARRAY['DONT_KNOW_BUSINESS_SENDER','INCORRECT_AMOUNT','INCORRECT_DETAILS','NO_LONGER_NEEDED','OTHER'])[1 + floor(pg_temp.r(g, 13) * 5)::int]::"DeclineReason" END,
         CASE WHEN s.status IN ('COMPLETED', 'DECLINED') OR (s.status = 'ACTIVE' AND pg_temp.r(g, 14) < 0.5) THEN x.opened END,
         CASE WHEN s.status = 'COMPLETED' THEN least(pg_temp.anchor(), x.opened + power(pg_temp.r(g, 15), 2) * interval '5 days') END,
         x.created,
         least(pg_temp.anchor(), x.created + CASE WHEN s.status IN ('ACTIVE', 'CREATED') THEN interval '0' ELSE pg_temp.r(g, 16) * interval '20 days' END)
  FROM generate_series($3::bigint, $4::bigint) g,
  LATERAL (SELECT CASE WHEN pg_temp.r(g, 1) < 0.7 THEN 1 + floor(pg_temp.r(g, 2) * $5::bigint)::bigint END AS k,
                  date_trunc('second', pg_temp.anchor() - interval '365 days' + ((g - CASE WHEN pg_temp.r(g, 3) < 0.2 THEN 1 ELSE 0 END)::float8 / $6::bigint) * interval '365 days') AS created,
                  CASE WHEN pg_temp.r(g, 4) < 0.4 THEN floor(power(pg_temp.r(g, 5), 2) * ${TEMPLATES.length})::int END AS t) b,
  LATERAL (SELECT b.k, b.created, b.created + pg_temp.r(g, 17) * interval '36 hours' AS opened,
                  CASE WHEN b.t IS NOT NULL THEN pg_temp.cuid(pg_temp.anchor() - interval '400 days', 'tv', $2::text, b.t * 10 + 1 + floor(pg_temp.r(g, 6) * 2)::int) END AS version,
                  CASE WHEN b.t IS NOT NULL THEN (${sqlArray(TEMPLATES.map(([, title]) => title))})[b.t + 1] END AS template_title) x,
  LATERAL (SELECT CASE WHEN x.created > pg_temp.anchor() - interval '90 days'
                       THEN (ARRAY['ACTIVE','ACTIVE','ACTIVE','COMPLETED','COMPLETED','COMPLETED','COMPLETED','DECLINED','CANCELLED','CREATED'])[1 + floor(pg_temp.r(g, 7) * 10)::int]
                       ELSE (ARRAY['COMPLETED','COMPLETED','COMPLETED','COMPLETED','COMPLETED','EXPIRED','EXPIRED','DECLINED','CANCELLED','ARCHIVED'])[1 + floor(pg_temp.r(g, 7) * 10)::int] END AS status) s
  RETURNING id, status, "customerId", "phoneNumber", "openedAt", "completedAt", "updatedAt"
)
INSERT INTO "WorkflowStep" (id, "workflowId", position, name, status, parameters, "completedAt", "updatedAt")
SELECT substr(w.id, 1, 24) || p, w.id, p,
       (CASE p WHEN 0 THEN 'notification' WHEN 1 THEN CASE WHEN w."customerId" IS NULL THEN 'customer-account' ELSE 'lookup-profile' END ELSE 'move-money' END)::"StepName",
       (CASE WHEN w.status = 'COMPLETED' OR (p = 0 AND w."openedAt" IS NOT NULL) THEN 'COMPLETED'
             WHEN w.status = 'ACTIVE' AND p = CASE WHEN w."openedAt" IS NULL THEN 0 ELSE 1 END THEN 'ACTIVE'
             WHEN w.status = 'DECLINED' AND p = 1 THEN 'DECLINED' ELSE 'CREATED' END)::"StepStatus",
       CASE p WHEN 0 THEN jsonb_build_object('phoneNumber', w."phoneNumber", 'channel', 'SMS') WHEN 1 THEN '{}'::jsonb
              ELSE '{"transactionType":"REQUEST","solution":"ach","amount":"125.00","currency":"USD"}'::jsonb END,
       CASE WHEN w.status = 'COMPLETED' THEN w."completedAt" END, w."updatedAt"
FROM w CROSS JOIN generate_series(0, 2) p`;

const SLICE = 100_000;

/** Seeds one business; `log` hears progress. Needs createSeedHelpers on the same connection first. */
export const seedBusiness = async (
  client: pg.Client,
  { name, tag, workflows, log }: { name: string; tag: string; workflows: number; log: (line: string) => void },
): Promise<SeededBusiness> => {
  const id = `c${tag.padEnd(24, "0").slice(0, 24)}`;
  const customers = Math.max(1, Math.round(workflows * 0.3));
  await client.query(`INSERT INTO "Business" (id, name, slug, "updatedAt") VALUES ($1, $2, $3, now())`, [
    id,
    name,
    `bench-${tag}`,
  ]);
  await client.query(templatesSql, [id, tag]);
  await client.query(templateVersionsSql, [tag]);
  for (let from = 1; from <= customers; from += SLICE) {
    await client.query(customersSql, [id, tag, from, Math.min(customers, from + SLICE - 1), customers]);
  }
  log(`${name}: ${customers.toLocaleString("en")} customers`);
  for (let from = 1; from <= workflows; from += SLICE) {
    const to = Math.min(workflows, from + SLICE - 1);
    await client.query(workflowsSql, [id, tag, from, to, customers, workflows]);
    log(`${name}: ${to.toLocaleString("en")} of ${workflows.toLocaleString("en")} workflows (3 steps each)`);
  }
  return { id, tag, workflows, customers };
};

/** The id of template number `t` (0 is the commonest) of a seeded business. */
export const templateIdOf = async (client: pg.Client, businessId: string, t: number) =>
  (
    await client.query<{ id: string }>(`SELECT id FROM "WorkflowTemplate" WHERE "businessId" = $1 AND name = $2`, [
      businessId,
      TEMPLATES[t]![0],
    ])
  ).rows[0]!.id;
