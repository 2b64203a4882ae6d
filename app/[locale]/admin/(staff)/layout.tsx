import type { ReactNode } from "react";
import { StaffNav } from "@/components/admin/staff-nav";
import { requireStaffPage } from "@/lib/auth/page-guard";
import { localeParam } from "@/lib/i18n/page-locale";

// Every page below checks its own permission and second factor too; this only adds the menu.
export default async function StaffLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const locale = await localeParam(params);
  const user = await requireStaffPage(locale, undefined, { secondFactorSetup: true });
  return (
    <>
      <StaffNav user={user} locale={locale} />
      {children}
    </>
  );
}
