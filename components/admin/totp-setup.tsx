"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/button";
import type { TotpEnrolment } from "@/lib/second-factor/data";
import { CODE_SHAPE, codeSchema, PASSWORD_AGAIN_SHAPE, passwordAgainSchema } from "@/lib/second-factor/schema";
import { BackupCodes } from "./backup-codes";
import { TextInput } from "./inputs";
import { TotpKey } from "./totp-key";
import { ActionForm, useFormAction, type FormAction } from "@/components/form-action";

type Props = {
  status: TotpEnrolment;
  /** Backup codes to show once, and why: the app was just turned on, or new codes were made. */
  backupCodes: { codes: string[]; reason: "turnedOn" | "newCodes" } | null;
  /** Whether this session may change its second factors now (a recent proof; otherwise the page asks for one). */
  canChange: boolean;
  start: FormAction;
  confirm: FormAction;
  disable: () => Promise<void>;
  newCodes: () => Promise<void>;
};

const secondary = "min-h-11 rounded-md border border-slate-500 px-5 font-semibold text-slate-900 hover:bg-slate-100";

/**
 * The authenticator app, in plain forms (they work without JavaScript):
 * the password again, then the first code from the app (then the page
 * shows the backup codes once); once it is on, turning it off and making
 * new backup codes, after a recent proof.
 */
export function TotpSetup({ status, backupCodes, canChange, start, confirm, disable, newCodes }: Props) {
  const t = useTranslations("Account");
  const startForm = useFormAction({ action: start, schema: passwordAgainSchema, shape: PASSWORD_AGAIN_SHAPE });
  const confirmForm = useFormAction({ action: confirm, schema: codeSchema, shape: CODE_SHAPE });

  if (backupCodes)
    return (
      <BackupCodes
        codes={backupCodes.codes}
        notice={t(backupCodes.reason === "turnedOn" ? "totpTurnedOn" : "backupNewMade")}
      />
    );
  if (status.state === "on") {
    return (
      <>
        <p className="mt-2">{t("totpOn", { count: status.backupCodesLeft })}</p>
        {canChange ? (
          <div className="mt-4 flex flex-wrap gap-3">
            <form action={newCodes}>
              <button type="submit" className={secondary}>
                {t("backupNew")}
              </button>
            </form>
            <form action={disable}>
              <button type="submit" className={secondary}>
                {t("totpTurnOff")}
              </button>
            </form>
          </div>
        ) : null}
      </>
    );
  }
  if (status.state === "pending") {
    return (
      <>
        <p className="mt-2">{t("totpScan")}</p>
        <div
          role="img"
          aria-label={t("totpQrLabel")}
          className="mt-3 w-56 max-w-full border border-slate-300 bg-white"
          dangerouslySetInnerHTML={{ __html: status.qrSvg }}
        />
        <p className="mt-3">{t("totpKeyIntro")}</p>
        <TotpKey value={status.key} />
        <ActionForm
          form={confirmForm}
          labelFor={(field) => (field === "code" ? t("totpCode") : null)}
          idPrefix="totp"
          className="mt-4 max-w-sm space-y-4"
        >
          <TextInput
            name="code"
            id="totp-code"
            label={t("totpCode")}
            hint={t("totpCodeHint")}
            error={confirmForm.error("code")}
            autoComplete="one-time-code"
            inputMode="numeric"
            maxLength={20}
            required
          />
          <Button type="submit" disabled={confirmForm.pending}>
            {t("totpConfirm")}
          </Button>
        </ActionForm>
      </>
    );
  }
  return (
    <>
      <p className="mt-2">{t("totpOffIntro")}</p>
      <ActionForm
        form={startForm}
        labelFor={(field) => (field === "password" ? t("passwordAgain") : null)}
        idPrefix="totp-on"
        className="mt-4 max-w-sm space-y-4"
      >
        <TextInput
          name="password"
          id="totp-on-password"
          type="password"
          label={t("passwordAgain")}
          error={startForm.error("password")}
          autoComplete="current-password"
          required
        />
        <Button type="submit" disabled={startForm.pending}>
          {t("totpStart")}
        </Button>
      </ActionForm>
    </>
  );
}
