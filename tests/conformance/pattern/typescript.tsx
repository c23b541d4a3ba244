export function View(props: { html: string }) {
  // ruleid: conf.pattern.typescript
  const safe = sanitizer.bypassSecurityTrustHtml(props.html);
  // ok: conf.pattern.typescript
  const other = sanitizer.sanitize(props.html);
  return <div>{safe}{other}</div>;
}
