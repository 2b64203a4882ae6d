"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/button";
import {
  NOTICE_LOCALES,
  PARTNER_CONTACT_FIELDS,
  PARTNER_CONTACT_LIMITS,
  partnerContactSchema,
  type PartnerContactField,
} from "@/lib/partner-contacts/schema";
import { Select, TextArea, TextInput } from "./inputs";
import { ActionForm, useFormAction, type FormAction } from "@/components/form-action";

const ID_PREFIX = "contact";
const idOf = (field: PartnerContactField) => `${ID_PREFIX}-${field}`;

/** Adds an address to a partner place's notices, with the partner's consent (required). */
export function PartnerContactForm({ action }: { action: FormAction }) {
  const t = useTranslations("VenueAdmin");
  const form = useFormAction({ action, initialValues: { locale: "es" }, schema: partnerContactSchema });
  const labelFor = (field: string) =>
    (PARTNER_CONTACT_FIELDS as readonly string[]).includes(field) ? t(`contact_${field as PartnerContactField}`) : null;
  return (
    <ActionForm
      form={form}
      labelFor={labelFor}
      idPrefix={ID_PREFIX}
      ownFields={PARTNER_CONTACT_FIELDS}
      className="mt-4 space-y-4"
    >
      <TextInput
        id={idOf("address")}
        name="address"
        type="email"
        label={t("contact_address")}
        value={form.text("address")}
        error={form.error("address")}
        maxLength={PARTNER_CONTACT_LIMITS.address}
        required
      />
      <TextInput
        id={idOf("name")}
        name="name"
        label={t("contact_name")}
        value={form.text("name")}
        error={form.error("name")}
        maxLength={PARTNER_CONTACT_LIMITS.name}
      />
      <Select
        id={idOf("locale")}
        name="locale"
        label={t("contact_locale")}
        value={form.text("locale") || "es"}
        error={form.error("locale")}
        hint={t("contact_localeHint")}
      >
        {NOTICE_LOCALES.map((locale) => (
          <option key={locale} value={locale}>
            {t(`contact_locale_${locale}`)}
          </option>
        ))}
      </Select>
      <TextArea
        id={idOf("consentNote")}
        name="consentNote"
        label={t("contact_consentNote")}
        hint={t("contact_consentHint")}
        value={form.text("consentNote")}
        error={form.error("consentNote")}
        rows={3}
      />
      <Button type="submit" disabled={form.pending}>
        {form.pending ? t("pending") : t("contact_submit")}
      </Button>
    </ActionForm>
  );
}
