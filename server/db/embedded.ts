import "server-only";
import net from "node:net";
import path from "node:path";
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export type EmbeddedPostgres = { url: string; stop: () => Promise<void> };

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

/**
 * PGlite (PostgreSQL compiled to WASM) served on a loopback port, so the app talks to it
 * with the same driver and SQL as to any PostgreSQL. `dataDir` undefined keeps it in memory.
 */
export const startEmbeddedPostgres = async (dataDir?: string): Promise<EmbeddedPostgres> => {
  if (dataDir) mkdirSync(path.dirname(path.resolve(dataDir)), { recursive: true });
  // The extensions the migrations create (CREATE EXTENSION) must be bundled into PGlite first.
  const db = await PGlite.create({ dataDir: dataDir ? path.resolve(dataDir) : undefined, extensions: { pg_trgm } });
  const port = await freePort();
  // Connections are multiplexed over PGlite's single session; a transaction holds the others.
  const server = new PGLiteSocketServer({ db, port, host: "127.0.0.1", maxConnections: 50 });
  await server.start();
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
};
