"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/button";
import { EDITORS_SETTING_SHAPE, editorsSettingSchema } from "@/lib/second-factor/schema";
import { FormNotice } from "./form-alert";
import { Checkbox } from "./inputs";
import { ActionForm, useFormAction, type FormAction } from "@/components/form-action";

/** The one second-factor setting: admins always need one; this asks it of editors too. */
export function EditorsSettingForm({ action, required }: { action: FormAction; required: boolean }) {
  const t = useTranslations("StaffAdmin");
  const form = useFormAction({
    action,
    initialValues: { requireSecondFactorForEditors: required },
    schema: editorsSettingSchema,
    shape: EDITORS_SETTING_SHAPE,
  });
  return (
    <ActionForm form={form} labelFor={() => null} idPrefix="setting" className="mt-4 max-w-md space-y-3">
      {form.state.done ? <FormNotice>{t("settingSaved")}</FormNotice> : null}
      <p className="text-slate-700">{t("settingIntro")}</p>
      <Checkbox
        name="requireSecondFactorForEditors"
        label={t("settingEditors")}
        checked={form.checked("requireSecondFactorForEditors")}
      />
      <Button type="submit" disabled={form.pending}>
        {t("settingSubmit")}
      </Button>
    </ActionForm>
  );
}
