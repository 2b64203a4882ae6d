export type AuditValue = string | number | boolean | null;

export type AuditChange = { field: string; before: AuditValue; after: AuditValue };

type Snapshot = Record<string, unknown> | null | undefined;

function plain(value: unknown): AuditValue {
  if (value === undefined || value === null) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (Array.isArray(value)) return value.map((item) => String(item)).join(", ");
  return JSON.stringify(value);
}

function asSnapshot(value: unknown): Snapshot {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/**
 * The fields that differ between an entry's before and after values, in the
 * order they were recorded: every field for a creation, only the changed
 * ones for an edit.
 */
export function auditChanges(before: unknown, after: unknown): AuditChange[] {
  const old = asSnapshot(before);
  const next = asSnapshot(after);
  const fields = [...new Set([...Object.keys(old ?? {}), ...Object.keys(next ?? {})])];
  return fields
    .map((field) => ({ field, before: plain(old?.[field]), after: plain(next?.[field]) }))
    .filter((change) => change.before !== change.after);
}
