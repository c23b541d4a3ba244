//! A deterministic, labelled test corpus for the secret detectors.
//!
//! Positives: for every detector, fake secrets generated in the provider's
//! documented format (never real: random characters from a seeded PRNG, with
//! checksums computed where the format has one), embedded in snippets of many
//! languages and configuration formats. Each case records where the secret
//! is and which detector must report it.
//!
//! Bait: text that must produce no finding: hashes, UUIDs, base64 images,
//! lock files, minified bundles, documented example keys, placeholders,
//! references, code about passwords, public keys and certificates.
//!
//! Shared by `tests/accuracy.rs` and `examples/gen_corpus.rs`.
#![allow(dead_code)]

use std::fmt::Write as _;

/// splitmix64: small, fast, deterministic.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    pub fn pick(&mut self, set: &[u8]) -> u8 {
        set[self.below(set.len())]
    }
    pub fn string(&mut self, set: &[u8], n: usize) -> String {
        (0..n).map(|_| self.pick(set) as char).collect()
    }
}

const ALNUM: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const LOWER_ALNUM: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";
const UPPER_ALNUM: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
const HEX: &[u8] = b"0123456789abcdef";
const HEX_UPPER: &[u8] = b"0123456789ABCDEF";
const DIGITS: &[u8] = b"0123456789";
const UPPER: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LOWER: &[u8] = b"abcdefghijklmnopqrstuvwxyz";
const LETTERS: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const B64: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const B64URL: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
const B32: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
const B32_LOWER: &[u8] = b"abcdefghijklmnopqrstuvwxyz234567";
/// Password characters that need no escaping in URLs, code strings or XML.
const PASSWORD: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*_-.~+";

fn class(c: char) -> &'static [u8] {
    match c {
        'a' => ALNUM,
        'l' => LOWER_ALNUM,
        'u' => UPPER_ALNUM,
        'h' => HEX,
        'H' => HEX_UPPER,
        'd' => DIGITS,
        'A' => UPPER,
        'L' => LOWER,
        'm' => LETTERS,
        'b' => B64,
        'w' => B64URL,
        '3' => B32,
        'c' => B32_LOWER,
        'p' => PASSWORD,
        _ => panic!("unknown class {c}"),
    }
}

fn parse_set(spec: &str) -> Vec<u8> {
    let b = spec.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if i + 2 < b.len() && b[i + 1] == b'-' {
            for c in b[i]..=b[i + 2] {
                out.push(c);
            }
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    out
}

fn b64(data: &[u8], url: bool, pad: bool) -> String {
    let set = if url { B64URL } else { B64 };
    let mut out = String::new();
    for chunk in data.chunks(3) {
        let n = chunk.len();
        let v =
            (chunk[0] as u32) << 16 | (*chunk.get(1).unwrap_or(&0) as u32) << 8 | *chunk.get(2).unwrap_or(&0) as u32;
        for k in 0..4 {
            if k <= n {
                out.push(set[((v >> (18 - 6 * k)) & 63) as usize] as char);
            } else if pad {
                out.push('=');
            }
        }
    }
    out
}

fn pem(rng: &mut Rng, ty: &str, lines: usize) -> String {
    let mut s = format!("-----BEGIN {ty}-----\n");
    if ty == "ENCRYPTED PRIVATE KEY" || ty == "RSA PRIVATE KEY" && rng.below(3) == 0 {
        // sometimes a legacy encrypted header
        if ty == "RSA PRIVATE KEY" {
            let _ = writeln!(s, "Proc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,{}\n", rng.string(HEX_UPPER, 32));
        }
    }
    let prefix = if ty == "OPENSSH PRIVATE KEY" { "b3BlbnNzaC1rZXktdjEAAAAA" } else { "MII" };
    let mut body = prefix.to_string();
    body.push_str(&rng.string(B64, lines * 64 - prefix.len() - 2));
    body.push_str("==");
    for chunk in body.as_bytes().chunks(64) {
        s.push_str(std::str::from_utf8(chunk).unwrap());
        s.push('\n');
    }
    let _ = write!(s, "-----END {ty}-----");
    s
}

/// Expands a template: literal text with `{CLASS N}` (`{a36}`), custom sets
/// `{[a-z0-9]12}`, and generators: `{uuid}`, `{crc:ghp_}`, `{jwt}`,
/// `{pem:TYPE}`, `{pgp}`, `{ssh2}`, `{putty}`, `{b64pem}`, `{basic}`.
/// `«` and `»` mark the secret's bounds when it is only part of the value.
pub fn expand(rng: &mut Rng, template: &str) -> String {
    let mut out = String::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let next = rest[open + 1..].chars().next();
        if !next.is_some_and(|c| c.is_ascii_alphanumeric() || c == '[') {
            // A literal brace (JSON, code).
            out.push('{');
            rest = &rest[open + 1..];
            continue;
        }
        let close = open + rest[open..].find('}').expect("closed brace");
        let spec = &rest[open + 1..close];
        rest = &rest[close + 1..];
        out.push_str(&generate(rng, spec));
    }
    out.push_str(rest);
    out
}

fn generate(rng: &mut Rng, spec: &str) -> String {
    if let Some(prefix) = spec.strip_prefix("crc:") {
        let random = rng.string(ALNUM, 30);
        let check = vigil_secrets::base62(vigil_secrets::crc32(random.as_bytes()) as u64, 6);
        return format!("{prefix}{random}{check}");
    }
    if let Some(ty) = spec.strip_prefix("pem:") {
        let lines = 6 + rng.below(20);
        return pem(rng, ty, lines);
    }
    match spec {
        "uuid" => {
            let h = rng.string(HEX, 32);
            return format!(
                "{}-{}-4{}-{}{}-{}",
                &h[..8],
                &h[8..12],
                &h[13..16],
                ["8", "9", "a", "b"][rng.below(4)],
                &h[17..20],
                &h[20..]
            );
        }
        "jwt" => {
            let header = b64(br#"{"alg":"HS256","typ":"JWT"}"#, true, false);
            let payload = format!(
                r#"{{"sub":"{}","name":"{}","iat":{},"exp":{}}}"#,
                rng.string(DIGITS, 10),
                rng.string(LOWER, 8),
                1_700_000_000 + rng.below(50_000_000),
                1_800_000_000 + rng.below(50_000_000)
            );
            let payload = b64(payload.as_bytes(), true, false);
            return format!("{header}.{payload}.{}", rng.string(B64URL, 43));
        }
        "pgp" => {
            let mut s = String::from("-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlQOYBGX");
            for i in 0..12 {
                s.push_str(&rng.string(B64, if i == 0 { 57 } else { 64 }));
                s.push('\n');
            }
            let _ = write!(s, "={}\n-----END PGP PRIVATE KEY BLOCK-----", rng.string(B64, 4));
            return s;
        }
        "ssh2" => {
            let mut s =
                String::from("---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\nComment: \"rsa-key-20240101\"\nP2/56wAAA");
            for i in 0..10 {
                s.push_str(&rng.string(B64, if i == 0 { 61 } else { 70 }));
                s.push('\n');
            }
            s.push_str("---- END SSH2 ENCRYPTED PRIVATE KEY ----");
            return s;
        }
        "putty" => {
            let mut s = String::from(
                "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: eddsa-key-20240101\nPublic-Lines: 2\n",
            );
            let _ = writeln!(s, "AAAAC3NzaC1lZDI1NTE5AAAAI{}", rng.string(B64, 39));
            let _ = writeln!(s, "{}", rng.string(B64, 20));
            s.push_str("Private-Lines: 1\n");
            let _ = writeln!(s, "AAAAI{}", rng.string(B64, 43));
            let _ = write!(s, "Private-MAC: {}", rng.string(HEX, 64));
            return s;
        }
        "b64pem" => {
            let inner = pem(rng, "RSA PRIVATE KEY", 8);
            return b64(format!("{inner}\n").as_bytes(), false, true);
        }
        "basic" => {
            let user = format!("svc{}", rng.string(LOWER, 4));
            let pass = rng.string(ALNUM, 16);
            return b64(format!("{user}:{pass}").as_bytes(), false, true);
        }
        _ => {}
    }
    if let Some(inner) = spec.strip_prefix('[') {
        let end = inner.rfind(']').expect("custom set closed");
        let set = parse_set(&inner[..end]);
        let n: usize = inner[end + 1..].parse().expect("count after set");
        return rng.string(&set, n);
    }
    let mut chars = spec.chars();
    let c = chars.next().expect("class");
    let n: usize = chars.as_str().parse().unwrap_or_else(|_| panic!("bad spec {spec}"));
    rng.string(class(c), n)
}

/// One detector's sample: a setting name (alternatives separated by `|`)
/// and a template; or, with `raw`, a whole snippet (file extension, text
/// with `«secret»` marked).
pub struct Sample {
    pub id: &'static str,
    pub var: &'static str,
    pub template: &'static str,
    pub raw: Option<&'static str>,
}

const fn s(id: &'static str, var: &'static str, template: &'static str) -> Sample {
    Sample { id, var, template, raw: None }
}

const fn raw(id: &'static str, ext: &'static str, template: &'static str) -> Sample {
    Sample { id, var: "", template, raw: Some(ext) }
}

/// Formats written from the providers' documentation, one or more per
/// detector. Independent of the detectors' regexes.
pub const SAMPLES: &[Sample] = &[
    // Cloud
    s("aws-access-key-id", "aws_access_key_id|AWS_ACCESS_KEY_ID", "AKIA{316}"),
    s("aws-access-key-id", "accessKeyId", "ASIA{316}"),
    s("aws-secret-access-key", "aws_secret_access_key|AWS_SECRET_ACCESS_KEY|awsSecretAccessKey", "{b40}"),
    s("aws-session-token", "aws_session_token", "IQoJb3JpZ2luX2VjE{b340}"),
    s("aws-mws-auth-token", "mws_auth_token", "amzn.mws.{uuid}"),
    s("aws-bedrock-api-key", "AWS_BEARER_TOKEN_BEDROCK", "ABSKQmVkcm9ja0FQSUtleS{b112}"),
    s("gcp-api-key", "GOOGLE_MAPS_API_KEY|firebaseApiKey", "AIza{w35}"),
    s("gcp-oauth-client-secret", "client_secret", "GOCSPX-{w28}"),
    s("google-oauth-access-token", "access_token", "ya29.a0{w160}"),
    s("google-oauth-refresh-token", "refresh_token", "1//0{w100}"),
    s("firebase-cloud-messaging-server-key", "FCM_SERVER_KEY", "AAAA{w7}:APA91b{w134}"),
    s("azure-storage-account-key", "AZURE_STORAGE_CONNECTION_STRING", "DefaultEndpointsProtocol=https;AccountName=prod{l6};AccountKey=«{b86}==»;EndpointSuffix=core.windows.net"),
    s("azure-storage-identifiable-key", "storage_key", "{b76}+ASt{b5}{[AQgw]1}=="),
    s("azure-cosmosdb-identifiable-key", "COSMOS_KEY", "{b76}ACDb{b5}{[AQgw]1}=="),
    s("azure-service-bus-identifiable-key", "SERVICEBUS_KEY", "{b33}+ASb{b5}="),
    s("azure-event-hub-identifiable-key", "EVENTHUB_KEY", "{b33}+AEh{b5}="),
    s("azure-relay-identifiable-key", "RELAY_KEY", "{b33}+ARm{b5}="),
    s("azure-shared-access-key", "SERVICEBUS_CONNECTION", "Endpoint=sb://{l8}.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=«{b43}=»"),
    s("azure-function-key", "FUNCTION_KEY", "{w44}AzFu{w5}{[AQgw]1}=="),
    s("azure-search-admin-key", "SEARCH_ADMIN_KEY", "{a42}AzSe{[A-D]1}{a5}"),
    s("azure-container-registry-key", "ACR_PASSWORD", "{b42}+ACR{[A-D]1}{b5}"),
    s("azure-apim-key", "APIM_SUBSCRIPTION", "{a76}APIM{a5}{[AQgw]1}=="),
    s("azure-sas-token", "BLOB_SAS_URL", "https://{l10}.blob.core.windows.net/{l6}?sv=2022-11-02&ss=b&srt=sco&sp=rl&se=2026-01-01T00:00:00Z&spr=https&sig=«{a42}%3D»"),
    s("azure-ad-client-secret", "AZURE_CLIENT_SECRET", "{[a-zA-Z0-9_~.]3}{d1}Q~{[a-zA-Z0-9_~.-]34}"),
    s("azure-devops-pat", "AZURE_DEVOPS_PAT|azureDevopsToken", "{c52}"),
    s("azure-devops-identifiable-pat", "ADO_TOKEN", "{a52}JQQJ9{[9DH]1}{a18}AZDO{a4}"),
    s("azure-openai-api-key", "AZURE_OPENAI_API_KEY|azureOpenaiKey", "{h32}"),
    s("digitalocean-pat", "DIGITALOCEAN_TOKEN", "dop_v1_{h64}"),
    s("digitalocean-oauth-token", "DO_OAUTH_TOKEN", "doo_v1_{h64}"),
    s("digitalocean-refresh-token", "DO_REFRESH_TOKEN", "dor_v1_{h64}"),
    s("alibaba-access-key-id", "ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAI{a20}"),
    s("alibaba-access-key-secret", "ALIBABA_CLOUD_ACCESS_KEY_SECRET|aliyunSecret", "{a30}"),
    s("tencent-cloud-secret-id", "TENCENTCLOUD_SECRET_ID", "AKID{a32}"),
    s("tencent-cloud-secret-key", "TENCENTCLOUD_SECRET_KEY", "{a32}"),
    s("ibm-cloud-api-key", "IBM_CLOUD_API_KEY|ibmcloud_apikey", "{w44}"),
    s("heroku-api-key", "HEROKU_API_KEY|herokuToken", "{uuid}"),
    s("heroku-api-key-v2", "HEROKU_API_KEY", "HRKU-AA{w58}"),
    s("cloudflare-api-token", "CLOUDFLARE_API_TOKEN|cf_api_token", "{w40}"),
    s("cloudflare-global-api-key", "CLOUDFLARE_API_KEY", "{h37}"),
    s("cloudflare-origin-ca-key", "CF_ORIGIN_CA_KEY", "v1.0-{h24}-{h146}"),
    s("fastly-api-token", "FASTLY_API_TOKEN", "{w32}"),
    s("linode-api-token", "LINODE_TOKEN", "{h64}"),
    s("vultr-api-key", "VULTR_API_KEY", "{u36}"),
    s("scaleway-secret-key", "SCW_SECRET_KEY|scaleway_secret_key", "{uuid}"),
    s("flyio-access-token", "FLY_API_TOKEN", "fo1_{w43}"),
    s("flyio-access-token", "FLY_API_TOKEN", "fm2_{b180}"),
    s("yandex-api-key", "YC_API_KEY", "AQVN{w36}"),
    s("yandex-iam-token", "YC_IAM_TOKEN", "t1.{w24}.{w86}"),
    s("yandex-access-key", "YANDEX_ACCESS_KEY", "YC{w38}"),
    s("oracle-cloud-auth-token", "OCI_AUTH_TOKEN", "{[A-Za-z0-9+:;.()_-]20}"),
    // Infrastructure
    s("hashicorp-vault-service-token", "VAULT_TOKEN", "hvs.{w95}"),
    s("hashicorp-vault-batch-token", "VAULT_TOKEN", "hvb.{w150}"),
    s("hashicorp-vault-legacy-token", "VAULT_TOKEN|vaultToken", "s.{a24}"),
    s("terraform-cloud-token", "TFE_TOKEN", "{a14}.atlasv1.{w67}"),
    s("pulumi-access-token", "PULUMI_ACCESS_TOKEN", "pul-{h40}"),
    s("doppler-token", "DOPPLER_TOKEN", "dp.st.prd.{a43}"),
    s("doppler-token", "DOPPLER_TOKEN", "dp.pt.{a43}"),
    s("grafana-cloud-api-token", "GRAFANA_CLOUD_TOKEN", "glc_eyJvIjoi{b100}"),
    s("grafana-service-account-token", "GRAFANA_SA_TOKEN", "glsa_{a32}_{h8}"),
    s("grafana-api-key", "GRAFANA_API_KEY", "eyJrIjoi{a80}"),
    s("new-relic-user-api-key", "NEW_RELIC_API_KEY", "NRAK-{u27}"),
    s("new-relic-insert-key", "NEW_RELIC_INSERT_KEY", "NRII-{w32}"),
    s("new-relic-query-key", "NEW_RELIC_QUERY_KEY", "NRIQ-{w32}"),
    s("new-relic-browser-api-token", "NEW_RELIC_BROWSER_KEY", "NRJS-{h19}"),
    s("new-relic-license-key", "NEW_RELIC_LICENSE_KEY", "{h36}NRAL"),
    s("datadog-api-key", "DD_API_KEY|datadogApiKey", "{h32}"),
    s("datadog-app-key", "DD_APP_KEY|datadog_application_key", "{h40}"),
    s("sentry-org-token", "SENTRY_AUTH_TOKEN", "sntrys_eyJpYXQiOjE3{b140}"),
    s("sentry-user-token", "SENTRY_AUTH_TOKEN", "sntryu_{h64}"),
    s("sentry-auth-token", "SENTRY_AUTH_TOKEN|sentryToken", "{h64}"),
    s("dynatrace-api-token", "DT_API_TOKEN", "dt0c01.{u24}.{u64}"),
    s("circleci-personal-token", "CIRCLECI_TOKEN", "CCIPAT_{a22}_{h40}"),
    s("circleci-token", "CIRCLE_TOKEN|circleci_api_token", "{h40}"),
    s("buildkite-token", "BUILDKITE_API_TOKEN", "bkua_{h40}"),
    s("sonarqube-token", "SONAR_TOKEN", "sqp_{h40}"),
    s("octopus-deploy-api-key", "OCTOPUS_API_KEY", "API-{u26}"),
    s("snyk-api-token", "SNYK_TOKEN", "{uuid}"),
    s("travis-ci-token", "TRAVIS_TOKEN", "{w22}"),
    s("codecov-token", "CODECOV_TOKEN", "{uuid}"),
    s("jenkins-api-token", "JENKINS_API_TOKEN", "11{h32}"),
    s("netlify-pat", "NETLIFY_AUTH_TOKEN", "nfp_{a36}"),
    s("netlify-access-token", "NETLIFY_AUTH_TOKEN", "{w43}"),
    s("vercel-token", "VERCEL_TOKEN", "{a24}"),
    s("supabase-access-token", "SUPABASE_ACCESS_TOKEN", "sbp_{h40}"),
    s("supabase-secret-key", "SUPABASE_SECRET_KEY", "sb_secret_{w40}"),
    s("planetscale-token", "PLANETSCALE_SERVICE_TOKEN", "pscale_tkn_{w43}"),
    s("render-api-key", "RENDER_API_KEY", "rnd_{a32}"),
    s("databricks-token", "DATABRICKS_TOKEN", "dapi{h32}"),
    s("openshift-token", "OPENSHIFT_TOKEN", "sha256~{w43}"),
    s("docker-hub-pat", "DOCKERHUB_TOKEN", "dckr_pat_{w27}"),
    raw("docker-config-auth", "json", "{\n  \"auths\": {\n    \"https://index.docker.io/v1/\": {\n      \"auth\": \"«{basic}»\"\n    }\n  }\n}\n"),
    s("ngrok-authtoken", "NGROK_AUTHTOKEN", "{d1}{a26}_{a21}"),
    s("tailscale-key", "TS_AUTHKEY", "tskey-auth-{a12}-{a30}"),
    s("harness-pat", "HARNESS_API_KEY", "pat.{w22}.{h24}.{a20}"),
    s("infracost-api-key", "INFRACOST_API_KEY", "ico-{a32}"),
    s("scalingo-api-token", "SCALINGO_API_TOKEN", "tk-us-{w48}"),
    s("prefect-api-key", "PREFECT_API_KEY", "pnu_{a36}"),
    s("onepassword-service-account-token", "OP_SERVICE_ACCOUNT_TOKEN", "ops_eyJ{b300}"),
    s("onepassword-secret-key", "OP_SECRET_KEY", "A3-{u6}-{u6}-{u5}-{u5}-{u5}-{u5}"),
    s("pagerduty-api-key", "PAGERDUTY_API_KEY", "u+{[A-Za-z0-9_+-]18}"),
    s("opsgenie-api-key", "OPSGENIE_API_KEY", "{uuid}"),
    s("rollbar-access-token", "ROLLBAR_ACCESS_TOKEN", "{h32}"),
    s("bugsnag-api-key", "BUGSNAG_API_KEY", "{h32}"),
    s("honeycomb-api-key", "HONEYCOMB_API_KEY", "{a32}"),
    s("launchdarkly-access-token", "LD_SDK_KEY", "sdk-{uuid}"),
    s("cisco-meraki-api-key", "MERAKI_DASHBOARD_API_KEY", "{h40}"),
    s("postman-api-key", "POSTMAN_API_KEY", "PMAK-{h24}-{h34}"),
    s("sidekiq-enterprise-credentials", "BUNDLE_ENTERPRISE__CONTRIBSYS__COM", "{h8}:{h8}"),
    s("age-secret-key", "AGE_SECRET_KEY", "AGE-SECRET-KEY-1{[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]58}"),
    // Source hosting
    s("github-pat", "GITHUB_TOKEN|ghToken", "{crc:ghp_}"),
    s("github-fine-grained-pat", "GITHUB_TOKEN", "github_pat_11{A1}{a19}_{a59}"),
    s("github-oauth-token", "GH_OAUTH_TOKEN", "{crc:gho_}"),
    s("github-user-to-server-token", "GH_USER_TOKEN", "{crc:ghu_}"),
    s("github-server-to-server-token", "GH_INSTALLATION_TOKEN", "{crc:ghs_}"),
    s("github-refresh-token", "GH_REFRESH_TOKEN", "ghr_{a76}"),
    s("github-legacy-token", "GITHUB_TOKEN|github_oauth_token", "{h40}"),
    s("gitlab-pat", "GITLAB_TOKEN|gitlabToken", "glpat-{w20}"),
    s("gitlab-deploy-token", "GITLAB_DEPLOY_TOKEN", "gldt-{w20}"),
    s("gitlab-pipeline-trigger-token", "CI_TRIGGER_TOKEN", "glptt-{h40}"),
    s("gitlab-runner-registration-token", "RUNNER_REGISTRATION_TOKEN", "GR1348941{w20}"),
    s("gitlab-runner-auth-token", "RUNNER_TOKEN", "glrt-{w20}"),
    s("gitlab-feed-token", "GITLAB_FEED_TOKEN", "glft-{w20}"),
    s("gitlab-oauth-app-secret", "GITLAB_OAUTH_SECRET", "gloas-{w64}"),
    s("gitlab-scim-token", "GITLAB_SCIM_TOKEN", "glsoat-{w20}"),
    s("gitlab-incoming-mail-token", "INCOMING_EMAIL_TOKEN", "glimt-{w25}"),
    s("gitlab-agent-token", "AGENT_TOKEN", "glagent-{w50}"),
    s("gitlab-ci-build-token", "CI_BUILD_TOKEN", "glcbt-{a2}_{w20}"),
    s("gitlab-feature-flag-client-token", "UNLEASH_INSTANCE_ID", "glffct-{w20}"),
    s("gitlab-session-cookie", "COOKIE", "_gitlab_session=«{l32}»"),
    s("bitbucket-app-password", "BITBUCKET_APP_PASSWORD", "ATBB{a32}"),
    s("bitbucket-access-token", "BITBUCKET_ACCESS_TOKEN", "ATCTT3xFfGN0{w180}"),
    s("bitbucket-client-secret", "BITBUCKET_CLIENT_SECRET|bitbucketSecret", "{a32}"),
    s("atlassian-api-token", "JIRA_API_TOKEN", "ATATT3{w186}"),
    s("atlassian-api-token-legacy", "JIRA_API_TOKEN|confluence_token", "{a24}"),
    s("gitea-token", "GITEA_TOKEN", "{h40}"),
    s("sourcegraph-access-token", "SRC_ACCESS_TOKEN", "sgp_{h16}_{h40}"),
    // Chat
    s("slack-bot-token", "SLACK_BOT_TOKEN", "xoxb-{d12}-{d13}-{a24}"),
    s("slack-user-token", "SLACK_USER_TOKEN", "xoxp-{d12}-{d12}-{d13}-{h32}"),
    s("slack-app-token", "SLACK_APP_TOKEN", "xapp-1-{u11}-{d13}-{h64}"),
    s("slack-config-access-token", "SLACK_CONFIG_TOKEN", "xoxe.xoxp-1-{u163}"),
    s("slack-config-refresh-token", "SLACK_CONFIG_REFRESH_TOKEN", "xoxe-1-{u146}"),
    s("slack-legacy-token", "SLACK_LEGACY_TOKEN", "xoxs-{d10}-{d10}-{d10}-{h64}"),
    s("slack-webhook-url", "SLACK_WEBHOOK_URL", "https://hooks.slack.com/services/«T{u10}/B{u10}/{a24}»"),
    s("discord-bot-token", "DISCORD_BOT_TOKEN|discordToken", "{[MNO]1}{w24}.{w6}.{w38}"),
    s("discord-webhook-url", "DISCORD_WEBHOOK", "https://discord.com/api/webhooks/{d18}/«{w68}»"),
    s("discord-client-secret", "DISCORD_CLIENT_SECRET", "{w32}"),
    s("telegram-bot-token", "TELEGRAM_BOT_TOKEN|bot_token", "{d10}:AA{w33}"),
    s("microsoft-teams-webhook", "TEAMS_WEBHOOK_URL", "https://contoso.webhook.office.com/webhookb2/«{uuid}@{uuid}/IncomingWebhook/{h32}/{uuid}»"),
    s("mattermost-access-token", "MATTERMOST_TOKEN", "{l26}"),
    s("twitch-api-token", "TWITCH_TOKEN", "{l30}"),
    s("gitter-access-token", "GITTER_TOKEN", "{l40}"),
    s("intercom-access-token", "INTERCOM_ACCESS_TOKEN", "{a60}"),
    s("zendesk-api-token", "ZENDESK_API_TOKEN", "{a40}"),
    s("sendbird-api-token", "SENDBIRD_API_TOKEN", "{h40}"),
    // Payments
    s("stripe-secret-key", "STRIPE_SECRET_KEY|stripe.api_key", "sk_live_51{a97}"),
    s("stripe-secret-key", "STRIPE_SECRET_KEY", "sk_live_{a24}"),
    s("stripe-test-secret-key", "STRIPE_SECRET_KEY", "sk_test_51{a97}"),
    s("stripe-restricted-key", "STRIPE_RESTRICTED_KEY", "rk_live_51{a97}"),
    s("stripe-test-restricted-key", "STRIPE_RESTRICTED_KEY", "rk_test_51{a97}"),
    s("stripe-webhook-secret", "STRIPE_WEBHOOK_SECRET", "whsec_{a32}"),
    s("square-access-token", "SQUARE_ACCESS_TOKEN", "EAAA{w60}"),
    s("square-legacy-access-token", "SQUARE_ACCESS_TOKEN", "sq0atp-{w22}"),
    s("square-oauth-secret", "SQUARE_APPLICATION_SECRET", "sq0csp-{w43}"),
    s("braintree-access-token", "BRAINTREE_ACCESS_TOKEN", "access_token$production${l16}${h32}"),
    s("paypal-client-secret", "PAYPAL_CLIENT_SECRET|paypalSecret", "E{w79}"),
    s("adyen-api-key", "ADYEN_API_KEY", "AQE{L1}{b120}"),
    s("razorpay-key-secret", "RAZORPAY_KEY_SECRET", "{a24}"),
    s("flutterwave-secret-key", "FLW_SECRET_KEY", "FLWSECK-{h32}-X"),
    s("flutterwave-encryption-key", "FLW_ENCRYPTION_KEY", "FLWSECK_TEST{h12}"),
    s("plaid-access-token", "PLAID_ACCESS_TOKEN", "access-production-{uuid}"),
    s("plaid-secret", "PLAID_SECRET", "{h30}"),
    s("gocardless-access-token", "GOCARDLESS_ACCESS_TOKEN", "live_{w40}"),
    s("shippo-api-token", "SHIPPO_API_KEY", "shippo_live_{h40}"),
    s("easypost-api-key", "EASYPOST_API_KEY", "EZAK{a54}"),
    s("paddle-api-key", "PADDLE_API_KEY", "pdl_live_apikey_{l26}_{a22}_{a3}"),
    s("duffel-api-token", "DUFFEL_ACCESS_TOKEN", "duffel_live_{w43}"),
    s("mollie-api-key", "MOLLIE_API_KEY", "live_{a30}"),
    s("clickup-api-token", "CLICKUP_API_TOKEN", "pk_{d8}_{u32}"),
    // AI providers
    s("openai-api-key", "OPENAI_API_KEY|openai.api_key", "sk-{a20}T3BlbkFJ{a20}"),
    s("openai-api-key", "OPENAI_API_KEY", "sk-proj-{w74}T3BlbkFJ{w74}"),
    s("openai-project-key", "OPENAI_API_KEY", "sk-proj-{w156}"),
    s("openai-service-account-key", "OPENAI_API_KEY", "sk-svcacct-{w74}T3BlbkFJ{w74}"),
    s("openai-admin-key", "OPENAI_ADMIN_KEY", "sk-admin-{w74}T3BlbkFJ{w74}"),
    s("anthropic-api-key", "ANTHROPIC_API_KEY|anthropicApiKey", "sk-ant-api03-{w93}AA"),
    s("anthropic-admin-key", "ANTHROPIC_ADMIN_KEY", "sk-ant-admin01-{w93}AA"),
    s("huggingface-token", "HF_TOKEN|HUGGINGFACEHUB_API_TOKEN", "hf_{m34}"),
    s("huggingface-org-token", "HF_ORG_TOKEN", "api_org_{m34}"),
    s("cohere-api-key", "COHERE_API_KEY", "{a40}"),
    s("mistral-api-key", "MISTRAL_API_KEY", "{a32}"),
    s("groq-api-key", "GROQ_API_KEY", "gsk_{a52}"),
    s("replicate-api-token", "REPLICATE_API_TOKEN", "r8_{a37}"),
    s("perplexity-api-key", "PERPLEXITY_API_KEY", "pplx-{a48}"),
    s("xai-api-key", "XAI_API_KEY", "xai-{a80}"),
    s("deepseek-api-key", "DEEPSEEK_API_KEY", "sk-{h32}"),
    s("openrouter-api-key", "OPENROUTER_API_KEY", "sk-or-v1-{h64}"),
    s("langsmith-api-key", "LANGSMITH_API_KEY", "lsv2_pt_{h32}_{h10}"),
    s("langfuse-secret-key", "LANGFUSE_SECRET_KEY", "sk-lf-{uuid}"),
    s("pinecone-api-key", "PINECONE_API_KEY", "pcsk_{a6}_{a63}"),
    s("pinecone-api-key-legacy", "PINECONE_API_KEY", "{uuid}"),
    s("together-api-key", "TOGETHER_API_KEY", "{h64}"),
    s("fireworks-api-key", "FIREWORKS_API_KEY", "fw_{a24}"),
    s("elevenlabs-api-key", "ELEVENLABS_API_KEY", "sk_{h48}"),
    s("assemblyai-api-key", "ASSEMBLYAI_API_KEY", "{h32}"),
    s("deepgram-api-key", "DEEPGRAM_API_KEY", "{h40}"),
    s("stability-api-key", "STABILITY_API_KEY", "sk-{a48}"),
    s("wandb-api-key", "WANDB_API_KEY", "{h40}"),
    s("clarifai-api-key", "CLARIFAI_PAT", "{h32}"),
    s("voyage-api-key", "VOYAGE_API_KEY", "pa-{w43}"),
    s("tavily-api-key", "TAVILY_API_KEY", "tvly-dev-{a32}"),
    s("firecrawl-api-key", "FIRECRAWL_API_KEY", "fc-{h32}"),
    s("nvidia-api-key", "NVIDIA_API_KEY", "nvapi-{w64}"),
    s("google-gemini-api-key", "GEMINI_API_KEY|GOOGLE_AI_API_KEY", "AIza{w35}"),
    // Messaging
    s("twilio-api-key", "TWILIO_API_KEY", "SK{h32}"),
    s("twilio-auth-token", "TWILIO_AUTH_TOKEN|twilioAuthToken", "{h32}"),
    s("sendgrid-api-key", "SENDGRID_API_KEY", "SG.{w22}.{w43}"),
    s("mailgun-api-key", "MAILGUN_API_KEY", "key-{h32}"),
    s("mailgun-private-key", "MAILGUN_API_KEY", "{h32}-{h8}-{h8}"),
    s("mailchimp-api-key", "MAILCHIMP_API_KEY", "{h32}-us{[1-9]1}"),
    s("mandrill-api-key", "MANDRILL_API_KEY", "md-{w22}"),
    s("postmark-server-token", "POSTMARK_SERVER_TOKEN", "{uuid}"),
    s("sparkpost-api-key", "SPARKPOST_API_KEY", "{h40}"),
    s("brevo-api-key", "BREVO_API_KEY", "xkeysib-{h64}-{a16}"),
    s("brevo-smtp-key", "BREVO_SMTP_KEY", "xsmtpsib-{h64}-{a16}"),
    s("mailjet-api-key", "MAILJET_API_SECRET", "{h32}"),
    s("resend-api-key", "RESEND_API_KEY", "re_{a8}_{a24}"),
    s("vonage-api-secret", "VONAGE_API_SECRET", "{a16}"),
    s("messagebird-api-key", "MESSAGEBIRD_API_KEY", "{a25}"),
    s("plivo-auth-token", "PLIVO_AUTH_TOKEN", "{a40}"),
    s("telnyx-api-key", "TELNYX_API_KEY", "KEY{H32}_{a22}"),
    s("pusher-secret", "PUSHER_APP_SECRET", "{h20}"),
    s("ably-api-key", "ABLY_API_KEY", "{w6}.{w6}:{w43}"),
    s("onesignal-api-key", "ONESIGNAL_REST_API_KEY", "{a48}"),
    // Package registries
    s("npm-access-token", "NPM_TOKEN", "{crc:npm_}"),
    raw("npmrc-auth-token", "npmrc", "registry=https://npm.acmecorp.io/\n//npm.acmecorp.io/:_authToken=«{a40}»\nalways-auth=true\n"),
    raw("npmrc-auth-token", "yml", "npmRegistryServer: \"https://npm.acmecorp.io\"\nnpmAuthToken: \"«{w48}»\"\n"),
    raw("npmrc-auth", "npmrc", "registry=https://npm.acmecorp.io/\n_auth=«{basic}»\nalways-auth=true\n"),
    s("pypi-upload-token", "PYPI_TOKEN|TWINE_PASSWORD", "pypi-AgEIcHlwaS5vcmc{w150}"),
    s("crates-io-api-token", "CARGO_REGISTRY_TOKEN", "cio{a32}"),
    s("rubygems-api-key", "GEM_HOST_API_KEY", "rubygems_{h48}"),
    s("nuget-api-key", "NUGET_API_KEY", "oy2{l43}"),
    s("clojars-deploy-token", "CLOJARS_TOKEN", "CLOJARS_{l60}"),
    s("jfrog-api-key", "ARTIFACTORY_API_KEY", "AKCp{a69}"),
    s("jfrog-identity-token", "JFROG_ACCESS_TOKEN", "cmVmdGtu{a56}"),
    s("gradle-publish-secret", "gradle.publish.secret|GRADLE_PUBLISH_SECRET", "{a32}"),
    s("hex-pm-api-key", "HEX_API_KEY", "{h32}"),
    // Private keys
    s("rsa-private-key", "private_key|SSL_KEY", "{pem:RSA PRIVATE KEY}"),
    s("ec-private-key", "ec_private_key", "{pem:EC PRIVATE KEY}"),
    s("dsa-private-key", "dsa_key", "{pem:DSA PRIVATE KEY}"),
    s("pkcs8-private-key", "private_key", "{pem:PRIVATE KEY}"),
    s("encrypted-private-key", "encrypted_key", "{pem:ENCRYPTED PRIVATE KEY}"),
    s("openssh-private-key", "ssh_private_key|DEPLOY_KEY", "{pem:OPENSSH PRIVATE KEY}"),
    s("pgp-private-key-block", "pgp_private_key", "{pgp}"),
    s("ssh2-private-key", "ssh2_key", "{ssh2}"),
    s("putty-private-key", "ppk", "{putty}"),
    s("base64-private-key", "client-key-data|tls.key", "{b64pem}"),
    s("age-secret-key", "SOPS_AGE_KEY", "AGE-SECRET-KEY-1{[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]58}"),
    // Tokens
    s("jwt", "id_token|session", "{jwt}"),
    raw("bearer-token-header", "sh", "curl -sS -H \"Authorization: Bearer «{a40}»\" https://api.acmecorp.io/v1/items\n"),
    raw("bearer-token-header", "py", "import requests\n\nheaders = {\"Authorization\": \"Bearer «{w48}»\"}\nrequests.get(URL, headers=headers, timeout=10)\n"),
    raw("basic-auth-header", "py", "headers = {\"Authorization\": \"Basic «{basic}»\", \"Accept\": \"application/json\"}\n"),
    raw("basic-auth-header", "http", "GET /v1/status HTTP/1.1\nHost: api.acmecorp.io\nAuthorization: Basic «{basic}»\n\n"),
    raw("curl-user-password", "sh", "#!/bin/sh\ncurl -fsS -u deploy:«{a18}» https://ci.acmecorp.io/api/job/build\n"),
    // Connection strings
    s("database-uri-password", "DATABASE_URL|db_url", "postgres://app_user:«{p20}»@db.internal.corp:5432/app"),
    s("database-uri-password", "MONGO_URI", "mongodb+srv://svc:«{a20}»@cluster0.ab12c.mongodb.net/prod?retryWrites=true"),
    s("database-uri-password", "REDIS_URL", "redis://:«{a24}»@cache.internal:6379/0"),
    s("database-uri-password", "SQLALCHEMY_DATABASE_URI", "mysql+pymysql://report:«{p16}»@10.0.3.4/reports"),
    s("broker-uri-password", "AMQP_URL|CELERY_BROKER_URL", "amqps://svc:«{p20}»@mq.acmecorp.io:5671/vhost"),
    s("service-uri-password", "SMTP_URL", "smtps://mailer:«{p18}»@smtp.acmecorp.io:465"),
    s("service-uri-password", "FTP_URL", "ftp://backup:«{a16}»@files.acmecorp.io/incoming"),
    s("http-uri-password", "PIP_INDEX_URL|proxy", "https://build:«{p18}»@repo.acmecorp.io/simple"),
    s("jdbc-connection-password", "JDBC_URL|spring.datasource.url", "jdbc:sqlserver://db.acmecorp.io:1433;databaseName=app;user=svc;password=«{p18}»"),
    s("jdbc-connection-password", "JDBC_URL", "jdbc:mysql://db.acmecorp.io:3306/app?user=svc&password=«{a18}»&useSSL=true"),
    s("connection-string-password", "ConnectionString|DefaultConnection", "Server=tcp:db.acmecorp.io,1433;Database=app;User Id=svc;Password=«{p18}»;Encrypt=true"),
    // SaaS
    s("shopify-access-token", "SHOPIFY_ACCESS_TOKEN", "shpat_{h32}"),
    s("shopify-custom-app-token", "SHOPIFY_ACCESS_TOKEN", "shpca_{h32}"),
    s("shopify-private-app-token", "SHOPIFY_PASSWORD", "shppa_{h32}"),
    s("shopify-shared-secret", "SHOPIFY_API_SECRET", "shpss_{h32}"),
    s("hubspot-private-app-token", "HUBSPOT_ACCESS_TOKEN", "pat-na1-{uuid}"),
    s("hubspot-api-key", "HUBSPOT_API_KEY|hapikey", "{uuid}"),
    s("notion-api-token", "NOTION_TOKEN", "ntn_{d11}{a35}"),
    s("notion-integration-secret", "NOTION_TOKEN", "secret_{a43}"),
    s("airtable-pat", "AIRTABLE_TOKEN", "pat{a14}.{h64}"),
    s("airtable-api-key", "AIRTABLE_API_KEY", "key{a14}"),
    s("figma-pat", "FIGMA_TOKEN", "figd_{w40}"),
    s("linear-api-key", "LINEAR_API_KEY", "lin_api_{a40}"),
    s("mapbox-secret-token", "MAPBOX_SECRET_TOKEN", "sk.eyJ1{w60}.{w22}"),
    s("algolia-admin-key", "ALGOLIA_ADMIN_KEY", "{h32}"),
    s("okta-api-token", "OKTA_API_TOKEN", "00{w40}"),
    s("auth0-client-secret", "AUTH0_CLIENT_SECRET", "{w64}"),
    s("salesforce-access-token", "SF_ACCESS_TOKEN", "00D{a15}!{[A-Za-z0-9_.]96}"),
    s("typeform-api-token", "TYPEFORM_TOKEN", "tfp_{w59}"),
    s("contentful-pat", "CONTENTFUL_MANAGEMENT_TOKEN", "CFPAT-{w43}"),
    s("frameio-api-token", "FRAMEIO_TOKEN", "fio-u-{w64}"),
    s("readme-api-key", "README_API_KEY", "rdme_{l70}"),
    s("zapier-webhook-url", "ZAPIER_HOOK", "https://hooks.zapier.com/hooks/catch/{d7}/«{l7}»/"),
    s("trello-api-token", "TRELLO_TOKEN", "ATTA{h64}"),
    s("twitter-api-secret", "TWITTER_API_SECRET", "{a50}"),
    s("twitter-bearer-token", "TWITTER_BEARER_TOKEN", "AAAAAAAAAAAAAAAAAAAAA{[A-Z]1}{a90}"),
    s("twitter-access-token", "TWITTER_ACCESS_TOKEN", "{d19}-{a40}"),
    s("facebook-access-token", "FB_ACCESS_TOKEN", "EAA{[B-Z]1}{a180}"),
    s("facebook-app-secret", "FACEBOOK_APP_SECRET", "{h32}"),
    s("dropbox-short-lived-token", "DROPBOX_TOKEN", "sl.{w140}"),
    s("dropbox-long-lived-token", "DROPBOX_TOKEN", "{l11}AAAAAAAAAA{l43}"),
    s("asana-pat", "ASANA_TOKEN", "1/{d16}:{h32}"),
    s("spotify-client-secret", "SPOTIFY_CLIENT_SECRET", "{h32}"),
    s("lokalise-api-token", "LOKALISE_API_TOKEN", "{h40}"),
    s("shortcut-api-token", "SHORTCUT_API_TOKEN", "{uuid}"),
    s("beamer-api-token", "BEAMER_API_KEY", "b_{w44}"),
    s("etsy-api-key", "ETSY_API_KEY", "{l24}"),
    s("segment-write-key", "SEGMENT_WRITE_KEY", "{a32}"),
    s("mixpanel-api-secret", "MIXPANEL_API_SECRET", "{h32}"),
    // Generic
    s("generic-password", "db_password|ADMIN_PASSWORD|smtpPassword|password", "{p14}"),
    s("generic-secret", "api_key|SECRET_KEY|client_secret|authToken", "{a32}"),
    raw("xml-password-element", "xml", "<settings>\n  <servers>\n    <server>\n      <id>corp</id>\n      <username>deploy</username>\n      <password>«{p16}»</password>\n    </server>\n  </servers>\n</settings>\n"),
    raw("url-query-secret", "js", "const res = await fetch(`https://api.acmecorp.io/v2/items?limit=10&api_key=«{a32}»`);\n"),
];

/// A labelled text.
pub struct Case {
    /// File name (the extension tells the format).
    pub name: String,
    pub text: String,
    /// (start, end, detector id) of every planted secret.
    pub labels: Vec<(usize, usize, &'static str)>,
}

fn upper(var: &str) -> String {
    var.replace(['.', '-'], "_").to_ascii_uppercase()
}

fn lower(var: &str) -> String {
    var.replace(['.', '-'], "_").to_ascii_lowercase()
}

fn camel(var: &str) -> String {
    if !var.contains(['_', '.', '-']) && var.bytes().any(|b| b.is_ascii_lowercase()) {
        return var.to_string();
    }
    let mut out = String::new();
    for (i, part) in var.split(['_', '.', '-']).filter(|p| !p.is_empty()).enumerate() {
        let p = part.to_ascii_lowercase();
        if i == 0 {
            out.push_str(&p);
        } else {
            out.push_str(&p[..1].to_ascii_uppercase());
            out.push_str(&p[1..]);
        }
    }
    out
}

fn pascal(var: &str) -> String {
    let c = camel(var);
    c[..1].to_ascii_uppercase() + &c[1..]
}

fn dotted(var: &str) -> String {
    lower(var).replace('_', ".")
}

/// Single-line formats: (extension, template with `{V}` for the value and
/// a setting-name placeholder).
/// A format: file extension and how a setting is written in it.
type Format = (&'static str, fn(&str, &str) -> String);

fn single_line_formats() -> Vec<Format> {
    vec![
        ("py", |n, v| {
            format!("import os\n\n# service configuration\n{} = \"{v}\"\nclient = Client(timeout=30)\n", upper(n))
        }),
        ("js", |n, v| {
            format!("'use strict';\nconst {} = '{v}';\nmodule.exports = {{ region: 'eu-west-1' }};\n", camel(n))
        }),
        ("ts", |n, v| format!("export const config = {{\n  region: \"eu-west-1\",\n  {}: \"{v}\",\n}};\n", camel(n))),
        ("go", |n, v| {
            format!("package config\n\nconst {} = \"{v}\"\n\nfunc Region() string {{ return \"eu\" }}\n", pascal(n))
        }),
        ("java", |n, v| {
            format!("public final class Config {{\n    private static final String {} = \"{v}\";\n}}\n", upper(n))
        }),
        ("cs", |n, v| format!("class Settings\n{{\n    private const string {} = \"{v}\";\n}}\n", pascal(n))),
        ("rb", |n, v| format!("# frozen_string_literal: true\n{} = '{v}'.freeze\n", upper(n))),
        ("php", |n, v| format!("<?php\ndefine('{}', '{v}');\n", upper(n))),
        ("rs", |n, v| format!("const {}: &str = \"{v}\";\n", upper(n))),
        ("sh", |n, v| format!("#!/bin/sh\nexport {}=\"{v}\"\n./deploy.sh\n", upper(n))),
        ("env", |n, v| format!("APP_ENV=production\n{}={v}\nLOG_LEVEL=info\n", upper(n))),
        ("yaml", |n, v| format!("service:\n  name: billing\n  {}: \"{v}\"\n", lower(n))),
        ("yml", |n, v| format!("env:\n  - name: {}\n    value: {v}\n", upper(n))),
        ("json", |n, v| format!("{{\n  \"name\": \"billing\",\n  \"{}\": \"{v}\"\n}}\n", camel(n))),
        ("properties", |n, v| format!("app.name=billing\n{}={v}\n", dotted(n))),
        ("toml", |n, v| format!("[service]\nname = \"billing\"\n{} = \"{v}\"\n", lower(n))),
        ("config", |n, v| {
            format!("<configuration>\n  <appSettings>\n    <add key=\"{}\" value=\"{v}\" />\n  </appSettings>\n</configuration>\n", upper(n))
        }),
        ("Dockerfile", |n, v| format!("FROM python:3.12-slim\nENV {}={v}\nCMD [\"python\", \"app.py\"]\n", upper(n))),
        ("ipynb", |n, v| {
            format!("{{\"cells\": [{{\"cell_type\": \"code\", \"source\": [\"import os\\n\", \"{} = \\\"{v}\\\"\\n\"]}}]}}\n", upper(n))
        }),
        ("md", |n, v| {
            format!("Here is the fixed client setup:\n\n```python\n{} = \"{v}\"\nclient = Client()\n```\n", upper(n))
        }),
        ("c", |n, v| format!("#include <stdio.h>\n#define {} \"{v}\"\n", upper(n))),
        ("kt", |n, v| format!("object Config {{\n    val {} = \"{v}\"\n}}\n", camel(n))),
    ]
}

/// Multi-line formats for key blocks: the value is placed as is, escaped
/// for JSON, or indented for YAML.
fn multi_line_formats() -> Vec<Format> {
    vec![
        ("pem", |_, v| format!("{v}\n")),
        ("py", |n, v| format!("{} = \"\"\"{v}\n\"\"\"\n", upper(n))),
        ("yaml", |n, v| format!("tls:\n  {}: |\n    {}\n", lower(n), v.replace('\n', "\n    "))),
        ("json", |n, v| {
            format!("{{\n  \"type\": \"service_account\",\n  \"{}\": \"{}\\n\"\n}}\n", lower(n), v.replace('\n', "\\n"))
        }),
        ("js", |n, v| format!("const {} = `{v}`;\n", camel(n))),
        ("go", |n, v| format!("package keys\n\nvar {} = []byte(`{v}`)\n", pascal(n))),
        ("tf", |n, v| format!("resource \"tls_key\" \"k\" {{\n  {} = <<EOF\n{v}\nEOF\n}}\n", lower(n))),
        ("env", |n, v| format!("{}=\"{}\"\n", upper(n), v.replace('\n', "\\n"))),
    ]
}

/// Splits a value with `«»` markers into (value, secret range within it).
fn mark(value: &str) -> (String, usize, usize) {
    match (value.find('«'), value.find('»')) {
        (Some(a), Some(b)) => {
            let v = format!("{}{}{}", &value[..a], &value[a + '«'.len_utf8()..b], &value[b + '»'.len_utf8()..]);
            (v, a, b - '«'.len_utf8())
        }
        _ => (value.to_string(), 0, value.len()),
    }
}

/// Every positive case: `per_detector` samples of every sample template,
/// each in every format.
pub fn positives(seed: u64, per_sample: usize) -> Vec<Case> {
    let mut rng = Rng::new(seed);
    let mut cases = Vec::new();
    let single = single_line_formats();
    let multi = multi_line_formats();
    for (si, sample) in SAMPLES.iter().enumerate() {
        for k in 0..per_sample {
            if let Some(ext) = sample.raw {
                let (text, a, b) = mark(&expand(&mut rng, sample.template));
                cases.push(Case {
                    name: format!("{}-{si}-{k}.{ext}", sample.id),
                    labels: vec![(a, b, sample.id)],
                    text,
                });
                continue;
            }
            let vars: Vec<&str> = sample.var.split('|').collect();
            let multiline =
                sample.template.starts_with("{pem:") || ["{pgp}", "{ssh2}", "{putty}"].contains(&sample.template);
            let formats = if multiline { &multi } else { &single };
            for (fi, (ext, f)) in formats.iter().enumerate() {
                let var = vars[(k + fi) % vars.len()];
                let (value, a, b) = mark(&expand(&mut rng, sample.template));
                let text = f(var, &value);
                // Locate the value in the rendered text (escaped for JSON).
                let rendered = if (*ext == "json" || *ext == "env") && multiline {
                    value.replace('\n', "\\n")
                } else if *ext == "yaml" && multiline {
                    value.replace('\n', "\n    ")
                } else {
                    value.clone()
                };
                let at = text.find(&rendered).unwrap_or_else(|| panic!("value placed in {ext} for {}", sample.id));
                let (sa, sb) = if multiline { (at, at + rendered.len()) } else { (at + a, at + b) };
                cases.push(Case {
                    name: format!("{}-{si}-{k}.{ext}", sample.id),
                    labels: vec![(sa, sb, sample.id)],
                    text,
                });
            }
        }
    }
    cases
}

/// Text that must not produce findings.
pub fn bait(seed: u64) -> Vec<Case> {
    let mut rng = Rng::new(seed ^ 0xBA17);
    let mut cases = Vec::new();
    let mut add = |name: &str, text: String| cases.push(Case { name: name.to_string(), text, labels: Vec::new() });
    for i in 0..20 {
        let r = &mut rng;
        // Hashes and digests.
        add(&format!("hashes-{i}.py"), format!(
            "EXPECTED_SHA256 = \"{}\"\nmd5sum = '{}'\ncommit = \"{}\"\nsha512 = \"{}\"\netag = '\"{}\"'\nDIGEST = \"sha256:{}\"\n",
            r.string(HEX, 64), r.string(HEX, 32), r.string(HEX, 40), r.string(HEX, 128), r.string(HEX, 32), r.string(HEX, 64)));
        add(&format!("Cargo-{i}.lock"), (0..30).map(|_| format!(
            "[[package]]\nname = \"{}\"\nversion = \"1.{}.{}\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\nchecksum = \"{}\"\n\n",
            r.string(LOWER, 8), r.below(20), r.below(20), r.string(HEX, 64))).collect());
        add(&format!("package-lock-{i}.json"), {
            let mut s = String::from("{\n  \"name\": \"app\",\n  \"lockfileVersion\": 3,\n  \"packages\": {\n");
            for name in [
                "js-tokens",
                "safe-buffer",
                "@babel/helper-string-parser",
                "tokenizer",
                "keyv",
                "secure-json-parse",
                "passport-jwt",
                "jsonwebtoken",
            ] {
                let _ = write!(s, "    \"node_modules/{name}\": {{\n      \"version\": \"4.0.{}\",\n      \"resolved\": \"https://registry.npmjs.org/{name}/-/{name}-4.0.0.tgz\",\n      \"integrity\": \"sha512-{}==\"\n    }},\n", r.below(9), r.string(B64, 86));
            }
            s.push_str("    \"\": {}\n  }\n}\n");
            s
        });
        add(&format!("yarn-{i}.lock"), (0..10).map(|_| { let n = r.string(LOWER, 7); format!(
            "{n}@^2.0.0:\n  version \"2.0.{}\"\n  resolved \"https://registry.yarnpkg.com/{n}/-/{n}-2.0.0.tgz#{}\"\n  integrity sha1-{}=\n\n",
            r.below(9), r.string(HEX, 40), r.string(B64, 27)) }).collect());
        add(
            &format!("go-{i}.sum"),
            (0..10)
                .map(|_| {
                    format!(
                        "github.com/{}/{} v1.{}.0 h1:{}=\n",
                        r.string(LOWER, 6),
                        r.string(LOWER, 5),
                        r.below(9),
                        r.string(B64, 43)
                    )
                })
                .collect(),
        );
        add(&format!("poetry-{i}.lock"), (0..6).map(|_| format!("[[package]]\nname = \"{}\"\nfiles = [\n    {{file = \"x-1.0-py3-none-any.whl\", hash = \"sha256:{}\"}},\n]\n", r.string(LOWER, 6), r.string(HEX, 64))).collect());
        add(
            &format!("requirements-{i}.txt"),
            format!(
                "requests==2.32.3 \\\n    --hash=sha256:{} \\\n    --hash=sha256:{}\n",
                r.string(HEX, 64),
                r.string(HEX, 64)
            ),
        );
        // UUIDs and identifiers.
        add(&format!("ids-{i}.py"), format!(
            "request_id = \"{}\"\nTENANT_ID = \"{}\"\nsubscription_id: str = \"{}\"\nHEROKU_APP_ID = \"{}\"\nclient_id = \"{}\"\nGITHUB_SHA = \"{}\"\nDATADOG_SITE = \"datadoghq.eu\"\nSENTRY_DSN = \"https://{}@o{}.ingest.sentry.io/{}\"\nTWILIO_ACCOUNT_SID = \"AC{}\"\nCLOUDFLARE_ZONE_ID = \"{}\"\n",
            gen(r, "uuid"), gen(r, "uuid"), gen(r, "uuid"), gen(r, "uuid"), gen(r, "uuid"), r.string(HEX, 40), r.string(HEX, 32), r.string(DIGITS, 6), r.string(DIGITS, 7), r.string(HEX, 32), r.string(HEX, 32)));
        add(&format!("k8s-{i}.yaml"), format!(
            "apiVersion: v1\nkind: Pod\nmetadata:\n  uid: {}\n  annotations:\n    checksum/config: {}\nspec:\n  containers:\n    - image: registry.acmecorp.io/api@sha256:{}\n      env:\n        - name: DB_PASSWORD\n          valueFrom:\n            secretKeyRef:\n              name: db\n              key: password\n",
            gen(r, "uuid"), r.string(HEX, 64), r.string(HEX, 64)));
        // Base64 images and fonts.
        add(
            &format!("inline-{i}.html"),
            format!("<img alt=\"logo\" src=\"data:image/png;base64,iVBORw0KGgo{}\">\n", r.string(B64, 3000)),
        );
        add(&format!("font-{i}.css"), format!("@font-face {{ font-family: X; src: url(data:font/woff2;base64,d09GMgABAAAA{}) format('woff2'); }}\n.a {{ color: #{}; }}\n", r.string(B64, 2000), r.string(HEX, 6)));
        // Minified bundle.
        add(&format!("bundle-{i}.min.js"), {
            let mut s = String::from("!function(e,t){\"use strict\";");
            for _ in 0..200 {
                let a = r.string(LETTERS, 1);
                let b = r.string(LETTERS, 2);
                let _ = write!(s, "var {a}={b}.token||{b}.apiKey,{b}{a}=function(n){{return n.password?{{headers:{{Authorization:\"Bearer \"+n.token}}}}:{{}}}};");
                let _ = write!(
                    s,
                    "{a}.exports={{secret:{b}.secret,key:\"{}\",id:\"{}\"}};",
                    r.string(LOWER, 6),
                    r.string(HEX, 24)
                );
            }
            s.push_str("}(window,document);\n//# sourceMappingURL=data:application/json;base64,");
            s.push_str(&r.string(B64, 1500));
            s.push('\n');
            s
        });
        // Public keys and certificates.
        add(&format!("pub-{i}.pem"), format!("-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8A{}\n-----END PUBLIC KEY-----\n-----BEGIN CERTIFICATE-----\nMIID{}\n-----END CERTIFICATE-----\n", r.string(B64, 200), r.string(B64, 400)));
        add(&format!("authorized_keys-{i}"), format!("ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ{} deploy@build\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{} me@laptop\n", r.string(B64, 300), r.string(B64, 39)));
    }
    // Documented examples, placeholders, references, test values, code about
    // secrets: fixed texts.
    for (name, text) in FIXED_BAIT {
        add(name, text.to_string());
    }
    cases
}

fn gen(rng: &mut Rng, spec: &str) -> String {
    generate(rng, spec)
}

const FIXED_BAIT: &[(&str, &str)] = &[
    ("aws-docs.py", "import boto3\n\n# From the AWS documentation\nclient = boto3.client(\n    \"s3\",\n    aws_access_key_id=\"AKIAIOSFODNN7EXAMPLE\",\n    aws_secret_access_key=\"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\",\n)\n"),
    ("aws-credentials.ini", "[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n[other]\naws_access_key_id = AKIAI44QH8DHBEXAMPLE\naws_secret_access_key = je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY\n"),
    ("azurite.env", "AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;\n"),
    ("jwtio.js", "// the default token from jwt.io\nconst token = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';\n"),
    ("stripe-docs.rb", "Stripe.api_key = 'sk_test_4eC39HqLyjWDarjtT1zdp7dc'\n"),
    ("slack-docs.md", "Call `auth.test` with a bot token such as `xoxb-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy`.\n\nWebhooks look like `https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX`.\n"),
    ("placeholders.env", "OPENAI_API_KEY=sk-...\nOPENAI_API_KEY=your-openai-api-key\nANTHROPIC_API_KEY=<your-anthropic-key>\nGITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nSTRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx\nAWS_ACCESS_KEY_ID=AKIAXXXXXXXXXXXXXXXX\nAWS_SECRET_ACCESS_KEY=${AWS_SECRET_ACCESS_KEY}\nSLACK_BOT_TOKEN=xoxb-your-bot-token\nDB_PASSWORD=changeme\nDB_PASSWORD=\nREDIS_PASSWORD=********\nSECRET_KEY=replace-me-with-a-long-random-string\nJWT_SECRET=your_jwt_secret_here\nHF_TOKEN=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nAPI_KEY=1234567890abcdef\nAPI_KEY=0123456789abcdef0123456789abcdef\nSENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n"),
    ("placeholders.py", "import os\n\napi_key = os.environ[\"API_KEY\"]\npassword = os.getenv(\"DB_PASSWORD\")\ntoken = \"<TOKEN>\"\nsecret = \"{{ secret }}\"\nclient_secret = settings.CLIENT_SECRET\npassword = getpass.getpass()\napi_key = \"your-api-key\"\npassword = \"changeme\"\npassword = \"password123\"\npassword = \"test1234\"\napi_key = \"test-api-key\"\ntoken = \"dummy-token\"\nsecret = \"fake_secret_for_tests\"\nAPI_KEY = \"sk-your-key-here\"\nopenai.api_key = \"sk-...\"\npassword = None\npassword = ''\nif password != confirm_password:\n    raise ValueError(\"Passwords do not match\")\nPASSWORD_MIN_LENGTH = 12\npassword_field = forms.CharField(widget=forms.PasswordInput)\nlabel = \"Password\"\ntoken_type = \"bearer\"\nmax_tokens = 4096\nsecret_name = \"prod/db\"\napi_key_header = \"X-API-Key\"\ntokenizer = AutoTokenizer.from_pretrained(\"bert-base-uncased\")\ncache_key = f\"user:{uid}\"\nprimary_key = \"id\"\npassword_hash = bcrypt.hashpw(password.encode(), bcrypt.gensalt())\nKEY_LENGTH = 32\nauth_token = request.headers.get(\"X-Auth-Token\")\nsecret_key = secrets.token_hex(32)\npassword = f\"{prefix}-{suffix}\"\nnext_page_token = \"CAUQAA\"\npassword_reset_url = \"/accounts/reset/\"\n"),
    ("placeholders.yaml", "database:\n  password: ${DB_PASSWORD}\n  password2: \"{{ .Values.db.password }}\"\n  password3: !vault |\n    $ANSIBLE_VAULT;1.1;AES256\n  api_key: <API_KEY>\n  token: \"%(token)s\"\n  secret: $(cat /run/secrets/app)\n  client_secret: ((client-secret))\n  auth_token: \"#{ENV['TOKEN']}\"\nspring:\n  datasource:\n    password: ${SPRING_DATASOURCE_PASSWORD:}\n"),
    ("placeholders.js", "const apiKey = process.env.STRIPE_KEY;\nconst password = req.body.password;\nconst token = localStorage.getItem('token');\nconst secret = config.get('secret');\nconst config = { apiKey: 'YOUR_API_KEY', authDomain: 'app.firebaseapp.com', password: '' };\nconst headers = { Authorization: `Bearer ${token}` };\nfetch(url, { headers: { 'X-Api-Key': apiKey } });\nconst key = 'sk_live_' + process.env.STRIPE_SUFFIX;\n"),
    ("urls.md", "Connect with `postgres://user:password@localhost:5432/db` or\n`postgresql://postgres:postgres@localhost/test`, `mysql://root:root@127.0.0.1/app`,\n`redis://:${REDIS_PASSWORD}@redis:6379`, `https://user:pass@example.com/`,\n`mongodb://<username>:<password>@cluster0.mongodb.net`, `amqp://guest:guest@localhost:5672/`,\n`http://foo:bar@proxy:8080`, `https://username:$TOKEN@github.com/org/repo.git`,\n`Server=myServer;Database=myDB;User Id=myUsername;Password=myPassword;`,\n`jdbc:mysql://localhost:3306/db?user=root&password=${DB_PASSWORD}`.\nDocs: https://docs.example.com/api?token=abc&page=2 and https://x.example/?password=YOUR_PASSWORD\n"),
    ("keys-doc.md", "A PEM key starts with `-----BEGIN RSA PRIVATE KEY-----` and ends with `-----END RSA PRIVATE KEY-----`:\n\n```\n-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA...\n...\n-----END RSA PRIVATE KEY-----\n```\n\n```\n-----BEGIN OPENSSH PRIVATE KEY-----\nXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\n-----END OPENSSH PRIVATE KEY-----\n```\n"),
    ("pem-parser.py", "PEM_HEADER = \"-----BEGIN PRIVATE KEY-----\"\nPEM_FOOTER = \"-----END PRIVATE KEY-----\"\nRSA_HEADER = b'-----BEGIN RSA PRIVATE KEY-----\\n'\n\ndef is_private(text):\n    return text.startswith(\"-----BEGIN\") and \"PRIVATE KEY-----\" in text\n"),
    ("i18n.json", "{\n  \"password\": \"Mot de passe\",\n  \"password_hint\": \"At least 8 characters\",\n  \"token\": \"Jeton\",\n  \"secret\": \"Secret\",\n  \"api_key\": \"API key\",\n  \"forgotPassword\": \"Forgot password?\",\n  \"newPassword\": \"Neues Passwort\",\n  \"passwordLabel\": \"Passwort\"\n}\n"),
    ("types.ts", "interface Credentials {\n  password: string;\n  apiKey?: string;\n  token: AccessToken | null;\n}\nfunction login(password: string, secret: Buffer): Promise<Token> {}\nconst schema = { password: { type: String, required: true, minlength: 8 } };\n"),
    ("django-settings.py", "SECRET_KEY = os.environ.get(\"DJANGO_SECRET_KEY\", \"\")\nAUTH_PASSWORD_VALIDATORS = [\n    {\"NAME\": \"django.contrib.auth.password_validation.MinimumLengthValidator\"},\n]\nPASSWORD_HASHERS = [\"django.contrib.auth.hashers.Argon2PasswordHasher\"]\nSESSION_COOKIE_NAME = \"sessionid\"\nCSRF_COOKIE_NAME = \"csrftoken\"\n"),
    ("workflow.yml", "jobs:\n  build:\n    steps:\n      - uses: actions/checkout@v4\n      - run: npm publish\n        env:\n          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}\n          GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}\n          password: ${{ secrets.REGISTRY_PASSWORD }}\n"),
    ("tests.py", "def test_login(client):\n    resp = client.post(\"/login\", data={\"username\": \"alice\", \"password\": \"wrong\"})\n    assert resp.status_code == 401\n    user = User(username=\"bob\", password=\"secret\")\n    token = create_token(user)\n    assert token\n"),
    ("versions.toml", "[tool.poetry.dependencies]\npython = \"^3.11\"\npyjwt = \"2.8.0\"\nkeyring = \"24.3.1\"\nsecretstorage = \"3.3.3\"\n[tool.tokens]\nmax = 8192\n"),
    ("prose.md", "To create a token, open Settings → Developer settings → Personal access tokens and click Generate. The token is shown once; copy it into your password manager. Never paste your API key into a chat. Rotate keys every 90 days. The secret sauce is caching.\n"),
    ("chat-answer.md", "Sure! Store the key in an environment variable instead of hard-coding it:\n\n```python\nimport os\nfrom openai import OpenAI\n\nclient = OpenAI(api_key=os.environ[\"OPENAI_API_KEY\"])\n```\n\nThen run `export OPENAI_API_KEY=sk-...` before starting the app.\n"),
];
