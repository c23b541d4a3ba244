import DOMPurify from "dompurify";

type Props = { html: string; label: string };

export function Banner({ html, label }: Props) {
  return (
    <section aria-label={label}>
      <div
        // ruleid: javascript.react.dangerously-set-inner-html
        dangerouslySetInnerHTML={{ __html: html }}
      />
      <div
        // ok: javascript.react.dangerously-set-inner-html
        dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(html) }}
      />
    </section>
  );
}
