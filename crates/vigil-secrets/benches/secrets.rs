//! Criterion benchmarks: scanning and redacting a 100 KB prompt (prose,
//! code and configuration with a few secrets), a small snippet, and code.
//!
//! `cargo bench -p vigil-secrets --bench secrets`

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;
use vigil_secrets::{unredact, RedactOptions, SecretScanner};

const PROSE: &str = "I'm debugging a deployment problem and could use a second pair of eyes. The service reads its \
configuration from the environment, talks to Postgres and Redis, and calls a payment provider. Since the last \
release, requests time out after about thirty seconds and the logs show retries. Below are the relevant files; \
please tell me what is wrong and suggest a fix. Contact me at dana.whitfield@corp-mail.io or +44 20 7946 0958 if \
anything is unclear. The token refresh logic is in auth.py and the password reset flow lives in views.py.\n\n";

const CODE: &str = r#"```python
import os
import requests

API_BASE = "https://api.payments.example.net/v1"
TIMEOUT = int(os.environ.get("TIMEOUT", "30"))

def charge(customer_id: str, amount_cents: int) -> dict:
    headers = {"Authorization": f"Bearer {os.environ['PAY_TOKEN']}", "Idempotency-Key": customer_id}
    resp = requests.post(f"{API_BASE}/charges", json={"amount": amount_cents}, headers=headers, timeout=TIMEOUT)
    resp.raise_for_status()
    return resp.json()

class TokenCache:
    def __init__(self, ttl=300):
        self.ttl = ttl
        self._cache = {}

    def get(self, key):
        return self._cache.get(key)
```

```yaml
service:
  name: billing
  replicas: 3
  database:
    host: db.internal
    user: billing
    password: ${DB_PASSWORD}
```

"#;

const SECRETS: &str = "Here is my .env (I know, I know):\n\n```\nAWS_ACCESS_KEY_ID=AKIAZ7Q2WXRT5MBNLK4P\nAWS_SECRET_ACCESS_KEY=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\nSTRIPE_SECRET_KEY=sk_live_51Hx9Qm2eZvKYlo2C8dJrT4wPnB6sLa0F\nDATABASE_URL=postgres://billing:Vx7-kq2Lm9pZ@db.internal:5432/billing\n```\n\n";

fn prompt(size: usize) -> String {
    let mut s = String::with_capacity(size + 4096);
    let mut i = 0;
    while s.len() < size {
        s.push_str(PROSE);
        s.push_str(CODE);
        if i % 8 == 0 {
            s.push_str(SECRETS);
        }
        i += 1;
    }
    s
}

fn bench(c: &mut Criterion) {
    let scanner = SecretScanner::new();
    scanner.precompile();
    let big = prompt(100_000);
    let snippet = prompt(1_000);
    let mut g = c.benchmark_group("secrets");
    g.throughput(Throughput::Bytes(big.len() as u64));
    g.bench_function("scan_prompt_100k", |b| b.iter(|| scanner.scan(black_box(&big))));
    g.bench_function("redact_prompt_100k", |b| b.iter(|| scanner.redact(black_box(&big), &RedactOptions::default())));
    g.bench_function("redact_prompt_100k_with_pii", |b| {
        b.iter(|| scanner.redact(black_box(&big), &RedactOptions::all()))
    });
    let r = scanner.redact(&big, &RedactOptions::all());
    g.bench_function("unredact_prompt_100k", |b| b.iter(|| unredact(black_box(&r.text), &r.mapping)));
    g.throughput(Throughput::Bytes(snippet.len() as u64));
    g.bench_function("scan_snippet_1k", |b| b.iter(|| scanner.scan(black_box(&snippet))));
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
