class C {
  constructor(private s: DomSanitizer) {}
  show(html: string): SafeHtml {
    // ruleid: conf.pattern.typescript
    return this.s.bypassSecurityTrustHtml(html);
  }
  other(html: string): SafeHtml {
    // ok: conf.pattern.typescript
    return this.s.sanitize(html);
  }
}
// ruleid: conf.pattern.typescript
const x = sanitizer.bypassSecurityTrustHtml(<string>value);
