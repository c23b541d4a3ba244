//! The benchmark's text: a prompt of prose, code and configuration with a
//! few secrets and personal data, repeated to the wanted size. Shared by the
//! criterion benchmark and the `profile_redact` example.

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

pub fn prompt(size: usize) -> String {
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
