// @ts-check
import fs from "node:fs";
import path from "node:path";

/**
 * Reads `.env` in the project folder, if there is one, into process.env,
 * for every command (`npm start`, `npm run dev`, the `db:*`, `admin:*` and
 * build scripts): a variable already set in the environment wins. One file
 * and one rule for all of them, so a setting never reaches the server but
 * not the migrations. `.env.example` lists every variable.
 * (Node's own process.loadEnvFile, v20.12+.)
 */
export function loadEnvFile(folder = process.cwd()) {
  const file = path.join(folder, ".env");
  if (fs.existsSync(file)) process.loadEnvFile(file);
}
