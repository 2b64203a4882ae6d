import { describe, expect, it } from "vitest";
import { describeUserAgent } from "@/lib/auth/user-agent";

describe("the device a session is named by", () => {
  it.each([
    [
      "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
      "Chrome",
      "Android",
      "phone",
      null,
    ],
    // Chrome's reduced header, the same on every Android phone.
    [
      "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
      "Chrome",
      "Android",
      "phone",
      null,
    ],
    [
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
      "Safari",
      "iOS",
      "phone",
      "iPhone",
    ],
    [
      "Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.0.0 Mobile/15E148 Safari/604.1",
      "Chrome",
      "iOS",
      "tablet",
      "iPad",
    ],
    [
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
      "Edge",
      "Windows",
      "computer",
      null,
    ],
    [
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 14.5; rv:128.0) Gecko/20100101 Firefox/128.0",
      "Firefox",
      "macOS",
      "computer",
      null,
    ],
    [
      "Mozilla/5.0 (Linux; Android 13; SM-A515F) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36",
      "Samsung Internet",
      "Android",
      "phone",
      null,
    ],
    [
      "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
      "Chrome",
      "ChromeOS",
      "computer",
      null,
    ],
  ])("%s", (userAgent, browser, system, kind, model) => {
    expect(describeUserAgent(userAgent)).toEqual({ browser, system, kind, model });
  });

  it("says nothing it cannot tell", () => {
    const nothing = { browser: null, system: null, kind: null, model: null };
    expect(describeUserAgent(null)).toEqual(nothing);
    expect(describeUserAgent("")).toEqual(nothing);
    expect(describeUserAgent("curl/8.5.0")).toEqual(nothing);
  });
});
