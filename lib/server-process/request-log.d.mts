export declare function pathOfRequestTarget(target: string | undefined): string;

export type RequestLogFields = {
  method: string;
  path: string;
  status: number;
  durationMs: number;
  requestId: string;
  aborted?: true;
};

export declare function requestLogFields(
  request: { method?: string; url?: string },
  response: { statusCode: number; writableFinished: boolean },
  timing: { requestId: string; durationMs: number },
): RequestLogFields;

export declare function markResidentPost(response: import("node:http").ServerResponse): void;
export declare function isResidentPost(response: object): boolean;
export declare function createPostTally(): {
  count(now?: number): void;
  flush(options?: { all?: boolean; now?: number }): { hour: string; count: number }[];
};
