import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { type RunningServer, stopper, waitForAnswer } from "./served-process";

type Options = {
  /** The app instances behind it, in the recipe's upstream. */
  appPorts: number[];
  /** Also serve saved files from `<folder>/static` under /__static/ (the benchmark's machine ceiling). */
  staticFiles?: boolean;
};

/**
 * nginx with the production recipe (lib/deploy/nginx-site.conf), its port,
 * upstream servers and folders swapped in, running in `folder`.
 */
export async function startNginx(
  folder: string,
  port: number,
  { appPorts, staticFiles = false }: Options,
): Promise<RunningServer> {
  const recipe = fs.readFileSync(path.resolve("lib/deploy/nginx-site.conf"), "utf8");
  if (!recipe.includes("server 127.0.0.1:3000;"))
    throw new Error("The nginx recipe's upstream line changed: update tests/support/nginx.ts");
  const extra = staticFiles ? `\n    location /__static/ { alias ${path.join(folder, "static")}/; }` : "";
  const site = recipe
    .replace("/var/cache/nginx/encuentros", path.join(folder, "cache"))
    .replace("server 127.0.0.1:3000;", appPorts.map((appPort) => `server 127.0.0.1:${appPort};`).join("\n    "))
    .replace("listen 80;", `listen 127.0.0.1:${port};${extra}`);
  // As root, workers would run as nobody and could not read the temp folder.
  const config = `daemon off;
${process.getuid?.() === 0 ? "user root;" : ""}
worker_processes auto;
pid ${path.join(folder, "nginx.pid")};
error_log ${path.join(folder, "error.log")} warn;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path ${path.join(folder, "body")};
  proxy_temp_path ${path.join(folder, "proxy")};
  fastcgi_temp_path ${path.join(folder, "fastcgi")};
  uwsgi_temp_path ${path.join(folder, "uwsgi")};
  scgi_temp_path ${path.join(folder, "scgi")};
  keepalive_requests 100000;
${site}
}
`;
  fs.mkdirSync(path.join(folder, "static"), { recursive: true });
  fs.writeFileSync(path.join(folder, "nginx.conf"), config);
  const nginx = fs.existsSync("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx";
  const child = spawn(nginx, ["-c", path.join(folder, "nginx.conf"), "-p", folder], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForAnswer(`${url}/api/health`, child, "nginx");
  return { url, stop: stopper(child) };
}
