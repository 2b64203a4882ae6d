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
