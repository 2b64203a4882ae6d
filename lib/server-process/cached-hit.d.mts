import type { IncomingMessage, ServerResponse } from "node:http";

export declare function sendCachedHit(request: IncomingMessage, response: ServerResponse): boolean;
