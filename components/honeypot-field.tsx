import { HONEYPOT_FIELD } from "@/lib/security/honeypot";

/** Never shown to people (display: none); bots that fill every field fill it. `id` differs when two public forms share a page. */
export function HoneypotField({ label, id = HONEYPOT_FIELD }: { label: string; id?: string }) {
  return (
    <div className="hidden">
      <label htmlFor={id}>{label}</label>
      <input id={id} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  );
}
