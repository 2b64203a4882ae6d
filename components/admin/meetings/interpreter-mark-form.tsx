"use client";

import { ActionForm, useFormAction, type FormAction } from "@/components/form-action";
import { interpreterMarkSchema } from "@/lib/attendance/schema";

type Props = { action: FormAction; language: string; arranged: boolean; version: number; label: string };

/** One button: marks an interpreter arranged for a language, or removes the mark. */
export function InterpreterMarkForm({ action, language, arranged, version, label }: Props) {
  const form = useFormAction({ action, schema: interpreterMarkSchema });
  return (
    <ActionForm form={form} labelFor={() => null} idPrefix={`interpreter-${language}`}>
      <input type="hidden" name="language" value={language} />
      <input type="hidden" name="arranged" value={arranged ? "no" : "yes"} />
      <input type="hidden" name="version" value={String(version)} />
      <button
        type="submit"
        disabled={form.pending}
        className="min-h-11 rounded-md border border-slate-500 px-3 font-semibold"
      >
        {label}
      </button>
    </ActionForm>
  );
}
