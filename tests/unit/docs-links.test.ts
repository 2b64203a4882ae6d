import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Every link from the README, CONTRIBUTING, SECURITY or docs/ to a file of this repository, or to a
 * heading, must arrive: moving a section is only done when the links to it
 * are moved too. Anchors are GitHub's: the heading in lower case, without
 * punctuation, spaces as hyphens, a number added to repeats.
 */

const root = path.resolve(import.meta.dirname, "../..");
const documents = [
  "README.md",
  "CONTRIBUTING.md",
  "SECURITY.md",
  ...fs
    .readdirSync(path.join(root, "docs"))
    .filter((name) => name.endsWith(".md"))
    .map((name) => `docs/${name}`),
];

/** The text outside fenced code blocks and inline code, where links are links. */
function prose(markdown: string): string {
  return markdown.replace(/^```[\s\S]*?^```/gm, "").replace(/`[^`\n]*`/g, "");
}

function anchorsOf(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const [, heading] of markdown.replace(/^```[\s\S]*?^```/gm, "").matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const base = heading!
      .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, "")
      .trim()
      .replace(/\s/g, "-");
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count === 0 ? base : `${base}-${count}`);
  }
  return anchors;
}

function localLinks(markdown: string): string[] {
  return [...prose(markdown).matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)]
    .map((match) => match[1]!)
    .filter((target) => !/^[a-z][a-z\d+.-]*:/i.test(target));
}

describe("links between the docs", () => {
  it("finds the documents", () => {
    expect(documents).toContain("README.md");
    expect(documents).toContain("docs/README.md");
  });

  for (const document of documents) {
    it(`every local link in ${document} arrives`, () => {
      const broken: string[] = [];
      for (const link of localLinks(fs.readFileSync(path.join(root, document), "utf8"))) {
        const [file = "", anchor] = link.split("#");
        const target = file
          ? path.resolve(path.dirname(path.join(root, document)), decodeURIComponent(file))
          : path.join(root, document);
        if (!target.startsWith(root) || !fs.existsSync(target)) {
          broken.push(`${link}: no such file`);
          continue;
        }
        if (anchor !== undefined && !anchorsOf(fs.readFileSync(target, "utf8")).has(anchor))
          broken.push(`${link}: no such heading`);
      }
      expect(broken).toEqual([]);
    });
  }
});
