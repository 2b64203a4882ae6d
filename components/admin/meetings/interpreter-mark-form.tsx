"use client";

import { StaffForm, useStaffForm, type StaffFormAction } from "@/components/admin/staff-form";
import { interpreterMarkSchema } from "@/lib/attendance/schema";

type Props = { action: StaffFormAction; language: string; arranged: boolean; version: number; label: string };

/** One button: marks an interpreter arranged for a language, or removes the mark. */
export function InterpreterMarkForm({ action, language, arranged, version, label }: Props) {
  const form = useStaffForm({ action, schema: interpreterMarkSchema });
  return (
    <StaffForm form={form} labelFor={() => null} idPrefix={`interpreter-${language}`}>
      <input type="hidden" name="language" value={language} />
      <input type="hidden" name="arranged" value={arranged ? "no" : "yes"} />
      <input type="hidden" name="version" value={String(version)} />
      <button type="submit" disabled={form.pending} className="min-h-11 rounded-md border border-slate-500 px-3 font-semibold">
        {label}
      </button>
    </StaffForm>
  );
}
