"use client";

import { useTranslations } from "next-intl";
import type { TotpEnrolment } from "@/lib/second-factor/data";
import { CODE_SHAPE, codeSchema, PASSWORD_AGAIN_SHAPE, passwordAgainSchema } from "@/lib/second-factor/schema";
import { BackupCodes } from "./backup-codes";
import { TextInput } from "./inputs";
import { StaffForm, useStaffForm, type StaffFormAction } from "./staff-form";

type Props = { status: TotpEnrolment; backupCodes: string[] | null; start: StaffFormAction; confirm: StaffFormAction; disable: StaffFormAction };

const primary = "min-h-11 rounded-md bg-brand-800 px-5 font-semibold text-white hover:bg-brand-900 disabled:opacity-70";

/**
 * The authenticator app, in plain forms (they work without JavaScript):
 * the password again, then the first code from the app (then the page
 * shows the backup codes once), or the password to turn it off.
 */
export function TotpSetup({ status, backupCodes, start, confirm, disable }: Props) {
  const t = useTranslations("Account");
  const startForm = useStaffForm({ action: start, schema: passwordAgainSchema, shape: PASSWORD_AGAIN_SHAPE });
  const confirmForm = useStaffForm({ action: confirm, schema: codeSchema, shape: CODE_SHAPE });
  const disableForm = useStaffForm({ action: disable, schema: passwordAgainSchema, shape: PASSWORD_AGAIN_SHAPE });
  const passwordLabel = (field: string) => (field === "password" ? t("passwordAgain") : null);

  if (backupCodes) return <BackupCodes codes={backupCodes} />;
  if (status.state === "on") {
    return (
      <>
        <p className="mt-2">{t("totpOn", { count: status.backupCodesLeft })}</p>
        <StaffForm form={disableForm} labelFor={passwordLabel} idPrefix="totp-off" className="mt-4 max-w-sm space-y-4">
          <TextInput name="password" id="totp-off-password" type="password" label={t("passwordAgain")} error={disableForm.error("password")} autoComplete="current-password" required />
          <button type="submit" disabled={disableForm.pending} className="min-h-11 rounded-md border border-slate-500 px-5 font-semibold text-slate-900 hover:bg-slate-100">
            {t("totpTurnOff")}
          </button>
        </StaffForm>
      </>
    );
  }
  if (status.state === "pending") {
    return (
      <>
        <p className="mt-2">{t("totpScan")}</p>
        <div role="img" aria-label={t("totpQrLabel")} className="mt-3 w-56 max-w-full border border-slate-300 bg-white" dangerouslySetInnerHTML={{ __html: status.qrSvg }} />
        <p className="mt-3">{t("totpKeyIntro")}</p>
        <p className="mt-1 font-mono text-lg break-all select-all" data-testid="totp-key">{status.key}</p>
        <StaffForm form={confirmForm} labelFor={(field) => (field === "code" ? t("totpCode") : null)} idPrefix="totp" className="mt-4 max-w-sm space-y-4">
          <TextInput name="code" id="totp-code" label={t("totpCode")} hint={t("totpCodeHint")} error={confirmForm.error("code")} autoComplete="one-time-code" inputMode="numeric" maxLength={20} required />
          <button type="submit" disabled={confirmForm.pending} className={primary}>{t("totpConfirm")}</button>
        </StaffForm>
      </>
    );
  }
  return (
    <>
      <p className="mt-2">{t("totpOffIntro")}</p>
      <StaffForm form={startForm} labelFor={passwordLabel} idPrefix="totp-on" className="mt-4 max-w-sm space-y-4">
        <TextInput name="password" id="totp-on-password" type="password" label={t("passwordAgain")} error={startForm.error("password")} autoComplete="current-password" required />
        <button type="submit" disabled={startForm.pending} className={primary}>{t("totpStart")}</button>
      </StaffForm>
    </>
  );
}
