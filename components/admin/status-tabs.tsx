import { Link } from "@/lib/i18n/navigation";

/** `label` says the status with its count, through an ICU plural ("Nueva (1)", "Nuevas (3)"). */
type Tab = { value: string; label: string };

/** A staff list's tabs by status (questions, requests): each a link, the current one marked for screen readers and in bold. */
export function StatusTabs({
  label,
  pathname,
  tabs,
  current,
}: {
  label: string;
  pathname: "/admin/questions" | "/admin/requests";
  tabs: Tab[];
  current: string;
}) {
  return (
    <nav aria-label={label} className="mt-4">
      <ul className="flex flex-wrap gap-x-5">
        {tabs.map((tab) => (
          <li key={tab.value}>
            <Link
              href={{ pathname, query: { status: tab.value } }}
              aria-current={tab.value === current ? "page" : undefined}
              className={`inline-flex min-h-11 items-center ${tab.value === current ? "font-bold" : ""}`}
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
