import type http from "node:http";

export declare const OUTAGE_RETRY_AFTER_SECONDS: 30;
export declare function outageAwareResponse(databaseIsDown: () => boolean): typeof http.ServerResponse;
