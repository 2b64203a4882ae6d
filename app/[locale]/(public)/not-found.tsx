import { NotFoundMessage } from "@/components/not-found-message";

// Shown (after hydration) when a page calls notFound(), e.g. an unknown meeting slug.
export default function LocalizedNotFound() {
  return <NotFoundMessage />;
}
