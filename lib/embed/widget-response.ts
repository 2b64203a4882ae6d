import { cacheableResponse } from "@/lib/http/cacheable-response";
import { renderWidgetHtml, WIDGET_CSP, type WidgetContent } from "./widget-html";

/** The widget page with the one policy on this site that lets other sites frame it. */
export function widgetResponse(request: Request, content: WidgetContent): Response {
  return cacheableResponse(request, renderWidgetHtml(content), {
    contentType: "text/html; charset=utf-8",
    maxAge: 300,
    extraHeaders: { "Content-Security-Policy": WIDGET_CSP },
  });
}
