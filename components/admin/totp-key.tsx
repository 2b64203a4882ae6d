"use client";

import { useTranslations } from "next-intl";
import { CopyTextButton } from "@/components/copy-text-button";

/**
 * The authenticator app's key, to type by hand: in groups of four for the
 * eye, but the gaps are margins, not spaces, so selecting it (one tap
 * selects it all) or the copy button gives the key as one string.
 */
export function TotpKey({ value }: { value: string }) {
  const t = useTranslations("Account");
  return (
    <div className="mt-1">
      <p className="font-mono text-lg select-all" data-testid="totp-key">
        {value.match(/.{1,4}/g)!.map((group, index) => (
          <span key={index} className="mr-[0.75ch] inline-block">
            {group}
          </span>
        ))}
      </p>
      <CopyTextButton
        text={value}
        labels={{ copy: t("totpKeyCopy"), copied: t("totpKeyCopied"), failed: t("totpKeyCopyFailed") }}
      />
    </div>
  );
}
