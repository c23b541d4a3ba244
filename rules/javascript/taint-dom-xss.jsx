import { useSearchParams } from "next/navigation";

export function SearchResults() {
  const params = useSearchParams();
  const q = params.get("q");
  // ruleid: javascript.browser.dom-xss
  return <div dangerouslySetInnerHTML={{ __html: `Results for <b>${q}</b>` }} />;
}

export default function Page({ searchParams }) {
  // ruleid: javascript.browser.dom-xss
  return <section dangerouslySetInnerHTML={{ __html: searchParams.message }} />;
}

export function SearchResultsSafe() {
  const params = useSearchParams();
  const q = params.get("q");
  // ok: javascript.browser.dom-xss
  return <div>Results for <b>{q}</b></div>;
}

export function Markdown({ html }) {
  // ok: javascript.browser.dom-xss
  return <article dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(html) }} />;
}
