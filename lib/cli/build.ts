import { getEnv } from "@/lib/env";
import { buildSite } from "./build-site";
import { runCli } from "./run-cli";

/**
 * `npm run build`: the production build `npm start` serves. A real
 * deployment builds once per release with this, then starts (start never
 * builds there); the build is stamped with the sources it was made from
 * (not SITE_URL: one build serves any address, lib/cli/build-stamp.ts), so
 * a start on other sources says "build first".
 */
runCli(async () => {
  await buildSite(getEnv());
});
