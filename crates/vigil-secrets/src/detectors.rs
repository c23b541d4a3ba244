//! The built-in detectors, as data. Each entry is written from the provider's
//! documented token format (`reference`). Patterns are byte regexes in ASCII
//! mode; the secret is the capture group `s` (`s2`.. for alternatives).
//!
//! Conventions:
//! - `\b` before a prefix that starts with a word character; an explicit
//!   non-token tail (`end!()`) after formats that may end in `-` or `_`.
//! - Context detectors (`Kind::Context`) start at the provider's name and
//!   reach the value through an assignment gap (`gap!()`): `NAME_KEY = "v"`,
//!   `"name_key": "v"`, `name_key: v`, `<add key="NAME_KEY" value="v"/>`,
//!   `#define NAME_KEY "v"`, `setKey("v")`.

use vigil_core::{Confidence as C, Severity as S};

use crate::detector::{Detector, Family as F, Kind, VerifyHint};
use crate::validate::{BASE64_PEM, BASIC, GITHUB_CHECKSUM, JWT, KEY_BODY};

/// Between a provider keyword and its value: the rest of the identifier, an
/// optional closing quote (and XML `value=`), an operator, an optional
/// opening quote or wrapper call, and (YAML) one nested key.
macro_rules! gap {
    () => {
        r#"(?:\\?["'])?(?:\s*value)?\s{0,3}(?::\s{0,3}&?(?:'static\s+)?[A-Za-z_][A-Za-z0-9_<>\[\],.]{0,30}\??\s{0,3}=|=|:=|::=|:|=>|->|<-|\?=|,|\(|\s)\s{0,6}(?:[0-9A-Za-z_\-]{1,32}\\?["']?\s{0,3}[:=]\s{0,4})?(?:\\?["'`]|[A-Za-z_.]{1,30}\(\s*\\?["'])?\s{0,3}"#
    };
}

/// Not followed by another token character.
macro_rules! end {
    () => {
        r"(?:[^0-9A-Za-z_\-]|$)"
    };
}

macro_rules! uuid {
    () => {
        r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
    };
}

/// A context pattern: `(?i:KEYWORDS)` + gap + `(?P<s>VALUE)` + optional tail.
macro_rules! ctxp {
    ($kw:expr, $val:expr) => {
        concat!("(?P<key>(?i:", $kw, r")[0-9A-Za-z_.\-]{0,32})", gap!(), r"\b(?P<s>", $val, r")\b")
    };
    ($kw:expr, $val:expr, $tail:expr) => {
        concat!("(?P<key>(?i:", $kw, r")[0-9A-Za-z_.\-]{0,32})", gap!(), r"(?P<s>", $val, ")", $tail)
    };
}

/// A prefixed token: `\b(?P<s>PATTERN)` + tail.
macro_rules! tok {
    ($val:expr) => {
        concat!(r"\b(?P<s>", $val, r")\b")
    };
    ($val:expr, $tail:expr) => {
        concat!(r"\b(?P<s>", $val, ")", $tail)
    };
}

/// A PEM block of the given type, with the body in raw, JSON-escaped or
/// YAML-indented form; either closed by its END marker or (truncated) not.
macro_rules! pem {
    ($ty:expr) => {
        concat!(
            r"(?P<s>-----BEGIN ",
            $ty,
            r"-----(?:(?:[A-Za-z0-9+/=\s\\,:.'+]|-[A-Za-z0-9])*?-----END ",
            $ty,
            r"-----|(?:[A-Za-z0-9+/=\s\\,:.]|-[A-Za-z0-9])+))"
        )
    };
}

macro_rules! d {
    ($id:literal, $fam:ident, $name:literal, [$($kw:literal),* $(,)?], $pat:expr $(, $field:ident : $val:expr)* $(,)?) => {
        Detector {
            id: $id,
            family: F::$fam,
            name: $name,
            keywords: &[$($kw),*],
            pattern: $pat,
            $($field: $val,)*
            ..Detector::DEFAULT
        }
    };
}

/// A context detector: medium confidence, keyword at the start of the match.
macro_rules! c {
    ($id:literal, $fam:ident, $name:literal, [$($kw:literal),* $(,)?], $pat:expr $(, $field:ident : $val:expr)* $(,)?) => {
        Detector {
            id: $id,
            family: F::$fam,
            name: $name,
            keywords: &[$($kw),*],
            pattern: $pat,
            $($field: $val,)*
            ..CONTEXT
        }
    };
}

const CONTEXT: Detector =
    Detector { kind: Kind::Context, confidence: C::Medium, reach_before: 0, reach_after: 200, ..Detector::DEFAULT };

const fn hint(method: &'static str, url: &'static str, auth: &'static str) -> Option<VerifyHint> {
    Some(VerifyHint { method, url, auth, ok_status: &[200] })
}

pub(crate) static DETECTORS: &[Detector] = &[
    // ───────────────────────────── Cloud ─────────────────────────────
    d!("aws-access-key-id", Cloud, "AWS access key ID", ["AKIA", "ASIA", "ABIA", "ACCA", "A3T"],
        tok!(r"(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}"),
        reference: "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds-programmatic-access.html"),
    c!("aws-secret-access-key", Cloud, "AWS secret access key", ["aws", "secret_access", "secretaccess", "secret-access", "SecretAccessKey"],
        concat!(r"(?P<key>(?i:(?:aws|amazon)[0-9A-Za-z_.\- ]{0,24}?secret|secret[_.\- ]?access[_.\- ]?key)[0-9A-Za-z_.\- ]{0,32}?)", gap!(), r"(?P<s>[A-Za-z0-9/+]{40})(?:[^A-Za-z0-9/+=]|$)"),
        severity: S::Critical, min_entropy: 3.5, reach_before: 40,
        reference: "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html"),
    d!("aws-session-token", Cloud, "AWS temporary session token", ["IQoJb3JpZ2lu", "FwoGZXIvYXdz", "FQoGZXIvYXdz"],
        tok!(r"(?:IQoJb3JpZ2luX2V|FwoGZXIvYXdzE|FQoGZXIvYXdzE)[A-Za-z0-9/+]{100,2000}={0,2}", r"(?:[^A-Za-z0-9/+=]|$)"),
        reach_after: 2400, reference: "https://docs.aws.amazon.com/STS/latest/APIReference/API_Credentials.html"),
    d!(
        "aws-mws-auth-token",
        Cloud,
        "Amazon Marketplace Web Service auth token",
        ["amzn.mws."],
        tok!(concat!(r"amzn\.mws\.", uuid!()))
    ),
    d!("aws-bedrock-api-key", Cloud, "Amazon Bedrock long-term API key", ["ABSKQmVkcm9ja0FQSUtleS"],
        tok!(r"ABSKQmVkcm9ja0FQSUtleS[A-Za-z0-9+/]{80,260}={0,2}", r"(?:[^A-Za-z0-9+/=]|$)"),
        reference: "https://docs.aws.amazon.com/bedrock/latest/userguide/api-keys.html"),
    c!("google-gemini-api-key", AiProvider, "Google AI Studio (Gemini) API key in a Gemini setting", ["gemini", "google_ai", "genai"],
        ctxp!(r"gemini|google[_.\-]?ai|genai", r"AIza[0-9A-Za-z_\-]{35}", end!()), confidence: C::High, kind: Kind::Prefixed),
    d!("gcp-api-key", Cloud, "Google Cloud / Firebase API key", ["AIza"],
        tok!(r"AIza[0-9A-Za-z_\-]{35}", end!()), severity: S::Medium,
        reference: "https://cloud.google.com/docs/authentication/api-keys"),
    d!(
        "gcp-oauth-client-secret",
        Cloud,
        "Google OAuth client secret",
        ["GOCSPX-"],
        tok!(r"GOCSPX-[0-9A-Za-z_\-]{28}", end!())
    ),
    d!("google-oauth-access-token", Cloud, "Google OAuth access token", ["ya29."],
        tok!(r"ya29\.[0-9A-Za-z_\-]{30,2048}", end!()), reach_after: 2100,
        verify: hint("GET", "https://oauth2.googleapis.com/tokeninfo", "query:access_token")),
    d!("google-oauth-refresh-token", Cloud, "Google OAuth refresh token", ["1//0"],
        concat!(r"(?:^|[^0-9A-Za-z/])(?P<s>1//0[0-9A-Za-z_\-]{40,400})", end!()), reach_before: 2),
    d!("firebase-cloud-messaging-server-key", Cloud, "Firebase Cloud Messaging legacy server key", [":APA91b"],
        tok!(r"AAAA[A-Za-z0-9_\-]{7}:APA91b[A-Za-z0-9_\-]{134}", end!()), reach_before: 16),
    d!("azure-storage-account-key", Cloud, "Azure Storage / Cosmos DB account key in a connection string", ["AccountKey", "accountkey"],
        r"(?i:AccountKey)\s*=\s*(?P<s>[A-Za-z0-9+/]{86}==)", severity: S::Critical,
        reference: "https://learn.microsoft.com/azure/storage/common/storage-configure-connection-string"),
    d!("azure-storage-identifiable-key", Cloud, "Azure Storage account key (identifiable)", ["+ASt"],
        r"(?:^|[^A-Za-z0-9+/])(?P<s>[A-Za-z0-9+/]{76}\+ASt[A-Za-z0-9+/]{5}[AQgw]==)", severity: S::Critical, reach_before: 80,
        reference: "https://learn.microsoft.com/purview/sit-defn-azure-storage-account-key"),
    d!("azure-cosmosdb-identifiable-key", Cloud, "Azure Cosmos DB key (identifiable)", ["ACDb"],
        r"(?:^|[^A-Za-z0-9+/])(?P<s>[A-Za-z0-9+/]{76}ACDb[A-Za-z0-9+/]{5}[AQgw]==)", severity: S::Critical, reach_before: 80),
    d!("azure-service-bus-identifiable-key", Cloud, "Azure Service Bus shared access key (identifiable)", ["+ASb"],
        r"(?:^|[^A-Za-z0-9+/])(?P<s>[A-Za-z0-9+/]{33}\+ASb[A-Za-z0-9+/]{5}=)", reach_before: 40),
    d!("azure-event-hub-identifiable-key", Cloud, "Azure Event Hubs shared access key (identifiable)", ["+AEh"],
        r"(?:^|[^A-Za-z0-9+/])(?P<s>[A-Za-z0-9+/]{33}\+AEh[A-Za-z0-9+/]{5}=)", reach_before: 40),
    d!("azure-relay-identifiable-key", Cloud, "Azure Relay shared access key (identifiable)", ["+ARm"],
        r"(?:^|[^A-Za-z0-9+/])(?P<s>[A-Za-z0-9+/]{33}\+ARm[A-Za-z0-9+/]{5}=)", reach_before: 40),
    d!(
        "azure-shared-access-key",
        Cloud,
        "Azure Service Bus / Event Hubs / IoT Hub SharedAccessKey",
        ["SharedAccessKey="],
        r"SharedAccessKey=(?P<s>[A-Za-z0-9+/]{42,43}=)"
    ),
    d!("azure-function-key", Cloud, "Azure Functions key (identifiable)", ["AzFu"],
        r"(?:^|[^A-Za-z0-9_\-])(?P<s>[A-Za-z0-9_\-]{44}AzFu[A-Za-z0-9_\-]{5}[AQgw]==)", reach_before: 48),
    d!("azure-search-admin-key", Cloud, "Azure AI Search admin key (identifiable)", ["AzSe"],
        r"\b(?P<s>[A-Za-z0-9]{42}AzSe[A-D][A-Za-z0-9]{5})\b", reach_before: 46),
    d!("azure-container-registry-key", Cloud, "Azure Container Registry key (identifiable)", ["+ACR"],
        r"(?:^|[^A-Za-z0-9+/])(?P<s>[A-Za-z0-9+/]{42}\+ACR[A-D][A-Za-z0-9+/]{5})(?:[^A-Za-z0-9+/]|$)", reach_before: 46),
    d!("azure-apim-key", Cloud, "Azure API Management key (identifiable)", ["APIM"],
        r"\b(?P<s>[A-Za-z0-9]{76}APIM[A-Za-z0-9]{5}[AQgw]==)", reach_before: 80),
    d!("azure-sas-token", Cloud, "Azure shared access signature", ["sig="],
        r"(?:sv=\d{4}-\d{2}-\d{2}[^\s'<>]{0,400}?[&;]sig=(?P<s>[A-Za-z0-9%+/]{40,70}(?:%3D|=)?)|[?&]sig=(?P<s2>[A-Za-z0-9%+/]{40,70}(?:%3D|=)?)[^\s'<>]{0,400}?[&;]sv=\d{4}-\d{2}-\d{2})",
        reach_before: 420, reach_after: 480, severity: S::High,
        reference: "https://learn.microsoft.com/azure/storage/common/storage-sas-overview"),
    d!("azure-ad-client-secret", Cloud, "Microsoft Entra ID (Azure AD) client secret", ["Q~"],
        r#"(?:^|[\\'"`\s>=:(,)])(?P<s>[a-zA-Z0-9_~.]{3}\dQ~[a-zA-Z0-9_~.\-]{31,34})(?:$|[\\'"`\s<),;])"#, reach_before: 6, reach_after: 48,
        reference: "https://learn.microsoft.com/entra/identity-platform/howto-create-service-principal-portal"),
    c!(
        "azure-devops-pat",
        SourceHosting,
        "Azure DevOps personal access token (legacy)",
        ["azure_devops", "devops", "ado_pat", "ado_token", "vsts", "azdo"],
        ctxp!(r"azure[_.\-]?devops|devops|ado[_.\-]?pat|ado[_.\-]?token|vsts|azdo", r"[a-z2-7]{52}")
    ),
    d!("azure-devops-identifiable-pat", SourceHosting, "Azure DevOps personal access token", ["AZDO"],
        r"\b(?P<s>[A-Za-z0-9]{52}JQQJ9[9DH][A-Za-z0-9]{18}AZDO[A-Za-z0-9]{4})\b", reach_before: 80),
    c!(
        "azure-openai-api-key",
        AiProvider,
        "Azure OpenAI / Cognitive Services key",
        ["azure_openai", "azure-openai", "azureopenai", "openai.azure", "cognitive", "ocp-apim-subscription-key"],
        ctxp!(r"azure[_.\-]?openai|openai\.azure|cognitive[_.\-]?services?|ocp-apim-subscription-key", r"[a-f0-9]{32}")
    ),
    d!("digitalocean-pat", Cloud, "DigitalOcean personal access token", ["dop_v1_"], tok!(r"dop_v1_[a-f0-9]{64}"),
        verify: hint("GET", "https://api.digitalocean.com/v2/account", "bearer")),
    d!("digitalocean-oauth-token", Cloud, "DigitalOcean OAuth token", ["doo_v1_"], tok!(r"doo_v1_[a-f0-9]{64}")),
    d!("digitalocean-refresh-token", Cloud, "DigitalOcean refresh token", ["dor_v1_"], tok!(r"dor_v1_[a-f0-9]{64}")),
    d!("alibaba-access-key-id", Cloud, "Alibaba Cloud AccessKey ID", ["LTAI"], tok!(r"LTAI[A-Za-z0-9]{12,20}"), severity: S::Medium),
    c!("alibaba-access-key-secret", Cloud, "Alibaba Cloud AccessKey secret", ["alibaba", "aliyun", "alicloud"],
        ctxp!(r"alibaba|aliyun|alicloud", r"[A-Za-z0-9]{30}"), severity: S::Critical),
    d!("tencent-cloud-secret-id", Cloud, "Tencent Cloud SecretId", ["AKID"], tok!(r"AKID[A-Za-z0-9]{32}"), severity: S::Medium),
    c!(
        "tencent-cloud-secret-key",
        Cloud,
        "Tencent Cloud SecretKey",
        ["tencent", "secretkey", "secret_key", "qcloud"],
        ctxp!(r"tencent[0-9A-Za-z_.\-]{0,20}?secret|qcloud[0-9A-Za-z_.\-]{0,20}?secret", r"[A-Za-z0-9]{32}")
    ),
    c!(
        "ibm-cloud-api-key",
        Cloud,
        "IBM Cloud API key",
        ["ibm", "bluemix"],
        ctxp!(r"ibm[_.\-]?cloud|ibm[_.\-]?api|bluemix", r"[A-Za-z0-9_\-]{44}", end!())
    ),
    c!("heroku-api-key", Cloud, "Heroku API key (legacy UUID form)", ["heroku"], ctxp!("heroku", uuid!()),
        verify: hint("GET", "https://api.heroku.com/account", "bearer")),
    d!("heroku-api-key-v2", Cloud, "Heroku API key", ["HRKU-"], tok!(r"HRKU-AA[0-9A-Za-z_\-]{58}", end!())),
    c!(
        "cloudflare-api-token",
        Cloud,
        "Cloudflare API token",
        ["cloudflare", "cf_api", "cf-api", "cfapi"],
        ctxp!(r"cloudflare|cf[_.\-]?api", r"[A-Za-z0-9_\-]{40}", end!())
    ),
    c!("cloudflare-global-api-key", Cloud, "Cloudflare global API key", ["cloudflare", "cf_api", "x-auth-key"],
        ctxp!(r"cloudflare|cf[_.\-]?api|x-auth-key", r"[a-f0-9]{37}"), severity: S::Critical),
    d!(
        "cloudflare-origin-ca-key",
        Cloud,
        "Cloudflare Origin CA key",
        ["v1.0-"],
        tok!(r"v1\.0-[a-f0-9]{24}-[a-f0-9]{146}")
    ),
    c!("fastly-api-token", Cloud, "Fastly API token", ["fastly"], ctxp!("fastly", r"[A-Za-z0-9_\-]{32}", end!())),
    c!("linode-api-token", Cloud, "Linode (Akamai) API token", ["linode"], ctxp!("linode", r"[a-f0-9]{64}")),
    c!("vultr-api-key", Cloud, "Vultr API key", ["vultr"], ctxp!("vultr", r"[A-Z0-9]{36}")),
    c!(
        "scaleway-secret-key",
        Cloud,
        "Scaleway secret key",
        ["scaleway", "scw_secret"],
        ctxp!(r"scaleway|scw[_.\-]?secret", uuid!())
    ),
    d!("flyio-access-token", Cloud, "Fly.io access token", ["fo1_", "fm1a_", "fm1r_", "fm2_"],
        tok!(r"(?:fo1_[A-Za-z0-9_\-]{43}|fm[12][ar]?_[A-Za-z0-9+/]{100,1500}={0,3})", r"(?:[^A-Za-z0-9+/=_\-]|$)"), reach_after: 1600),
    d!("yandex-api-key", Cloud, "Yandex Cloud API key", ["AQVN"], tok!(r"AQVN[A-Za-z0-9_\-]{35,38}", end!())),
    d!(
        "yandex-iam-token",
        Cloud,
        "Yandex Cloud IAM token",
        ["t1."],
        tok!(r"t1\.[A-Z0-9a-z_\-]+={0,2}\.[A-Z0-9a-z_\-]{86}={0,2}", r"(?:[^A-Za-z0-9_\-=]|$)")
    ),
    c!(
        "yandex-access-key",
        Cloud,
        "Yandex Cloud static access key",
        ["yandex"],
        ctxp!("yandex", r"YC[A-Za-z0-9_\-]{38}", end!())
    ),
    c!("oracle-cloud-auth-token", Cloud, "Oracle Cloud (OCI) auth token", ["oci_auth", "oci_api", "oracle_cloud"],
        ctxp!(r"oci[_.\-]?auth|oracle[_.\-]?cloud|oci[_.\-]?api", r"[A-Za-z0-9+:;.()<>\[\]_\-]{20}", r#"(?:["'\s]|$)"#), severity: S::Medium),
    // ─────────────────────── Infrastructure, CI, observability ───────────────────────
    d!("hashicorp-vault-service-token", Infrastructure, "HashiCorp Vault service token", ["hvs."], tok!(r"hvs\.[A-Za-z0-9_\-]{90,120}", end!()), severity: S::Critical),
    d!(
        "hashicorp-vault-batch-token",
        Infrastructure,
        "HashiCorp Vault batch token",
        ["hvb."],
        tok!(r"hvb\.[A-Za-z0-9_\-]{138,300}", end!())
    ),
    c!(
        "hashicorp-vault-legacy-token",
        Infrastructure,
        "HashiCorp Vault token (legacy s. form)",
        ["vault"],
        ctxp!("vault", r"s\.[A-Za-z0-9]{24}")
    ),
    d!("terraform-cloud-token", Infrastructure, "Terraform Cloud / Enterprise API token", [".atlasv1."],
        tok!(r"[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=\-]{60,70}", r"(?:[^A-Za-z0-9_=\-]|$)"), reach_before: 16),
    d!("pulumi-access-token", Infrastructure, "Pulumi access token", ["pul-"], tok!(r"pul-[a-f0-9]{40}")),
    d!(
        "doppler-token",
        Infrastructure,
        "Doppler token",
        ["dp.pt.", "dp.st.", "dp.sa.", "dp.ct.", "dp.scim.", "dp.audit."],
        tok!(r"dp\.(?:pt|st|sa|ct|scim|audit)\.(?:[a-z0-9_\-]{2,35}\.)?[A-Za-z0-9]{40,44}")
    ),
    d!(
        "grafana-cloud-api-token",
        Infrastructure,
        "Grafana Cloud access policy token",
        ["glc_"],
        tok!(r"glc_[A-Za-z0-9+/]{32,400}={0,2}", r"(?:[^A-Za-z0-9+/=]|$)")
    ),
    d!(
        "grafana-service-account-token",
        Infrastructure,
        "Grafana service account token",
        ["glsa_"],
        tok!(r"glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}")
    ),
    d!(
        "grafana-api-key",
        Infrastructure,
        "Grafana API key (legacy)",
        ["eyJrIjoi"],
        tok!(r"eyJrIjoi[A-Za-z0-9]{70,400}={0,2}", r"(?:[^A-Za-z0-9=]|$)")
    ),
    d!("new-relic-user-api-key", Infrastructure, "New Relic user API key", ["NRAK-"], tok!(r"NRAK-[A-Z0-9]{27}")),
    d!(
        "new-relic-insert-key",
        Infrastructure,
        "New Relic Insights insert key",
        ["NRII-"],
        tok!(r"NRII-[A-Za-z0-9_\-]{32}", end!())
    ),
    d!(
        "new-relic-query-key",
        Infrastructure,
        "New Relic Insights query key",
        ["NRIQ-"],
        tok!(r"NRIQ-[A-Za-z0-9_\-]{32}", end!())
    ),
    d!("new-relic-browser-api-token", Infrastructure, "New Relic browser API token", ["NRJS-"], tok!(r"NRJS-[a-f0-9]{19}"), severity: S::Medium),
    d!("new-relic-license-key", Infrastructure, "New Relic ingest license key", ["NRAL"], tok!(r"[a-f0-9]{36}NRAL"), reach_before: 40),
    c!(
        "datadog-api-key",
        Infrastructure,
        "Datadog API key",
        ["datadog", "dd_api", "dd-api", "ddapi"],
        ctxp!(r"datadog|dd[_.\-]?api", r"[a-f0-9]{32}")
    ),
    c!(
        "datadog-app-key",
        Infrastructure,
        "Datadog application key",
        ["datadog", "dd_app", "dd-app", "ddapp"],
        ctxp!(r"datadog|dd[_.\-]?app(?:lication)?", r"[a-f0-9]{40}")
    ),
    d!(
        "sentry-org-token",
        Infrastructure,
        "Sentry organization auth token",
        ["sntrys_"],
        tok!(r"sntrys_eyJ[A-Za-z0-9+/=_\-]{60,400}", r"(?:[^A-Za-z0-9+/=_\-]|$)")
    ),
    d!("sentry-user-token", Infrastructure, "Sentry user auth token", ["sntryu_"], tok!(r"sntryu_[a-f0-9]{64}")),
    c!("sentry-auth-token", Infrastructure, "Sentry auth token (legacy)", ["sentry"], ctxp!("sentry", r"[a-f0-9]{64}")),
    d!(
        "dynatrace-api-token",
        Infrastructure,
        "Dynatrace API token",
        ["dt0c01."],
        tok!(r"dt0c01\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{64}")
    ),
    d!(
        "circleci-personal-token",
        Infrastructure,
        "CircleCI personal API token",
        ["CCIPAT_"],
        tok!(r"CCIPAT_[A-Za-z0-9]{22}_[a-f0-9]{40}")
    ),
    c!(
        "circleci-token",
        Infrastructure,
        "CircleCI API token (legacy)",
        ["circle"],
        ctxp!(r"circle[_.\-]?ci|circle[_.\-]?token", r"[a-f0-9]{40}")
    ),
    d!("buildkite-token", Infrastructure, "Buildkite API token", ["bkua_"], tok!(r"bkua_[a-f0-9]{40}")),
    d!(
        "sonarqube-token",
        Infrastructure,
        "SonarQube / SonarCloud token",
        ["sqp_", "squ_", "sqa_"],
        tok!(r"sq[pau]_[a-f0-9]{40}")
    ),
    d!("octopus-deploy-api-key", Infrastructure, "Octopus Deploy API key", ["API-"], tok!(r"API-[A-Z0-9]{26}"), severity: S::Medium),
    c!("snyk-api-token", Infrastructure, "Snyk API token", ["snyk"], ctxp!("snyk", uuid!())),
    c!(
        "travis-ci-token",
        Infrastructure,
        "Travis CI API token",
        ["travis"],
        ctxp!("travis", r"[A-Za-z0-9_\-]{22}", end!())
    ),
    c!("codecov-token", Infrastructure, "Codecov upload token", ["codecov"], ctxp!("codecov", uuid!()), severity: S::Medium),
    c!("jenkins-api-token", Infrastructure, "Jenkins API token", ["jenkins"], ctxp!("jenkins", r"11[a-f0-9]{32}")),
    d!("netlify-pat", Infrastructure, "Netlify personal access token", ["nfp_"], tok!(r"nfp_[A-Za-z0-9]{36}")),
    c!(
        "netlify-access-token",
        Infrastructure,
        "Netlify access token (legacy)",
        ["netlify"],
        ctxp!("netlify", r"[A-Za-z0-9_\-]{40,46}", end!())
    ),
    c!("vercel-token", Infrastructure, "Vercel access token", ["vercel"], ctxp!("vercel", r"[A-Za-z0-9]{24}")),
    d!("supabase-access-token", Infrastructure, "Supabase personal access token", ["sbp_"], tok!(r"sbp_[a-f0-9]{40}")),
    d!("supabase-secret-key", Infrastructure, "Supabase secret API key", ["sb_secret_"], tok!(r"sb_secret_[A-Za-z0-9_\-]{31,64}", end!()), severity: S::Critical),
    d!(
        "planetscale-token",
        Infrastructure,
        "PlanetScale service token or password",
        ["pscale_"],
        tok!(r"pscale_(?:tkn|pw|oauth)_[A-Za-z0-9_.\-]{32,64}", r"(?:[^A-Za-z0-9_.\-]|$)")
    ),
    d!("render-api-key", Infrastructure, "Render API key", ["rnd_"], tok!(r"rnd_[A-Za-z0-9]{32}")),
    d!(
        "databricks-token",
        Infrastructure,
        "Databricks personal access token",
        ["dapi"],
        tok!(r"dapi[a-f0-9]{32}(?:-\d)?")
    ),
    d!("openshift-token", Infrastructure, "OpenShift user token", ["sha256~"],
        r"(?:^|[^A-Za-z0-9])(?P<s>sha256~[A-Za-z0-9_\-]{43})(?:[^A-Za-z0-9_\-]|$)", reach_before: 2),
    d!(
        "docker-hub-pat",
        PackageRegistry,
        "Docker Hub personal or organization access token",
        ["dckr_pat_", "dckr_oat_"],
        tok!(r"dckr_(?:pat|oat)_[A-Za-z0-9_\-]{27,36}", end!())
    ),
    d!("docker-config-auth", PackageRegistry, "Docker registry credentials in config.json", ["\"auths\""],
        r#""auth"\s*:\s*"(?P<s>[A-Za-z0-9+/]{8,512}={0,2})""#, validator: Some(BASIC),
        floating: true, reach_after: 20_000, min_entropy: 2.5),
    c!(
        "ngrok-authtoken",
        Infrastructure,
        "ngrok authtoken",
        ["ngrok"],
        ctxp!("ngrok", r"[0-9A-Za-z]{20,30}_[0-9A-Za-z]{15,30}")
    ),
    d!(
        "tailscale-key",
        Infrastructure,
        "Tailscale auth or API key",
        ["tskey-"],
        tok!(r"tskey-(?:api|auth|client|scim|webhook)-[A-Za-z0-9]{8,20}-[A-Za-z0-9]{20,40}")
    ),
    d!(
        "harness-pat",
        Infrastructure,
        "Harness personal access token",
        ["pat."],
        tok!(r"pat\.[A-Za-z0-9_\-]{22}\.[a-f0-9]{24}\.[A-Za-z0-9]{20}")
    ),
    d!("infracost-api-key", Infrastructure, "Infracost API key", ["ico-"], tok!(r"ico-[A-Za-z0-9]{32}"), severity: S::Medium),
    d!(
        "scalingo-api-token",
        Infrastructure,
        "Scalingo API token",
        ["tk-us-"],
        tok!(r"tk-us-[A-Za-z0-9_\-]{48}", end!())
    ),
    d!("prefect-api-key", Infrastructure, "Prefect API key", ["pnu_"], tok!(r"pnu_[A-Za-z0-9]{36}")),
    d!("onepassword-service-account-token", Infrastructure, "1Password service account token", ["ops_eyJ"],
        tok!(r"ops_eyJ[A-Za-z0-9+/]{250,1200}={0,3}", r"(?:[^A-Za-z0-9+/=]|$)"), severity: S::Critical, reach_after: 1300),
    d!("onepassword-secret-key", Infrastructure, "1Password account secret key", ["A3-"],
        tok!(r"A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}"), severity: S::Critical),
    c!(
        "pagerduty-api-key",
        Infrastructure,
        "PagerDuty API key",
        ["pagerduty", "pager_duty"],
        ctxp!(r"pager[_.\-]?duty", r"[A-Za-z0-9_+\-]{20}", r"(?:[^A-Za-z0-9_+\-]|$)")
    ),
    c!("opsgenie-api-key", Infrastructure, "Opsgenie API key", ["opsgenie"], ctxp!("opsgenie", uuid!())),
    c!("rollbar-access-token", Infrastructure, "Rollbar access token", ["rollbar"], ctxp!("rollbar", r"[a-f0-9]{32}")),
    c!("bugsnag-api-key", Infrastructure, "Bugsnag API key", ["bugsnag"], ctxp!("bugsnag", r"[a-f0-9]{32}"), severity: S::Medium),
    c!(
        "honeycomb-api-key",
        Infrastructure,
        "Honeycomb API key",
        ["honeycomb"],
        ctxp!("honeycomb", r"(?:hc[a-z]{2}[a-z]_[A-Za-z0-9]{58}|[A-Za-z0-9]{22,32})")
    ),
    d!(
        "launchdarkly-access-token",
        Infrastructure,
        "LaunchDarkly API access token or server SDK key",
        ["api-", "sdk-"],
        tok!(concat!(r"(?:api|sdk)-", uuid!()))
    ),
    c!("cisco-meraki-api-key", Infrastructure, "Cisco Meraki API key", ["meraki"], ctxp!("meraki", r"[a-f0-9]{40}")),
    d!("postman-api-key", Infrastructure, "Postman API key", ["PMAK-"], tok!(r"PMAK-[a-f0-9]{24}-[a-f0-9]{34}")),
    c!("sidekiq-enterprise-credentials", PackageRegistry, "Sidekiq Pro/Enterprise gem server credentials", ["contribsys"],
        ctxp!(r"contribsys[_.\-]*com", r"[a-f0-9]{8}:[a-f0-9]{8}"), min_entropy: 2.5),
    d!("age-secret-key", PrivateKey, "age encryption secret key", ["AGE-SECRET-KEY-1"],
        tok!(r"AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}"), severity: S::Critical),
    // ───────────────────────────── Source hosting ─────────────────────────────
    d!("github-pat", SourceHosting, "GitHub personal access token (classic)", ["ghp_"], tok!(r"ghp_[A-Za-z0-9]{36}"),
        validator: Some(GITHUB_CHECKSUM), severity: S::Critical,
        reference: "https://github.blog/engineering/platform-security/behind-githubs-new-authentication-token-formats/",
        verify: hint("GET", "https://api.github.com/user", "bearer")),
    d!("github-fine-grained-pat", SourceHosting, "GitHub fine-grained personal access token", ["github_pat_"],
        tok!(r"github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}"), severity: S::Critical,
        verify: hint("GET", "https://api.github.com/user", "bearer")),
    d!("github-oauth-token", SourceHosting, "GitHub OAuth access token", ["gho_"], tok!(r"gho_[A-Za-z0-9]{36}"), validator: Some(GITHUB_CHECKSUM),
        verify: hint("GET", "https://api.github.com/user", "bearer")),
    d!("github-user-to-server-token", SourceHosting, "GitHub App user-to-server token", ["ghu_"], tok!(r"ghu_[A-Za-z0-9]{36}"), validator: Some(GITHUB_CHECKSUM)),
    d!("github-server-to-server-token", SourceHosting, "GitHub App installation token", ["ghs_"], tok!(r"ghs_[A-Za-z0-9]{36}"), validator: Some(GITHUB_CHECKSUM)),
    d!("github-refresh-token", SourceHosting, "GitHub App refresh token", ["ghr_"], tok!(r"ghr_[A-Za-z0-9]{36,76}")),
    c!("github-legacy-token", SourceHosting, "GitHub token (legacy 40-hex form)", ["github", "gh_token", "gh-token"],
        ctxp!(r"github|gh[_.\-]?token", r"[a-f0-9]{40}"), confidence: C::Low, severity: S::Medium),
    d!("gitlab-pat", SourceHosting, "GitLab personal, project or group access token", ["glpat-"],
        tok!(r"glpat-[A-Za-z0-9_\-]{20}(?:[A-Za-z0-9_\-.]{0,300}[A-Za-z0-9_\-])?", end!()), severity: S::Critical,
        reference: "https://docs.gitlab.com/ee/security/tokens/", verify: hint("GET", "https://gitlab.com/api/v4/user", "header:PRIVATE-TOKEN")),
    d!(
        "gitlab-deploy-token",
        SourceHosting,
        "GitLab deploy token",
        ["gldt-"],
        tok!(r"gldt-[A-Za-z0-9_\-]{20}", end!())
    ),
    d!(
        "gitlab-pipeline-trigger-token",
        SourceHosting,
        "GitLab pipeline trigger token",
        ["glptt-"],
        tok!(r"glptt-[a-f0-9]{40}")
    ),
    d!(
        "gitlab-runner-registration-token",
        SourceHosting,
        "GitLab runner registration token",
        ["GR1348941"],
        tok!(r"GR1348941[A-Za-z0-9_\-]{20}", end!())
    ),
    d!(
        "gitlab-runner-auth-token",
        SourceHosting,
        "GitLab runner authentication token",
        ["glrt-"],
        tok!(r"glrt-[A-Za-z0-9_\-]{20}(?:[A-Za-z0-9_.\-]{0,60}[A-Za-z0-9_\-])?", end!())
    ),
    d!("gitlab-feed-token", SourceHosting, "GitLab feed token", ["glft-"], tok!(r"glft-[A-Za-z0-9_\-]{20}", end!()), severity: S::Medium),
    d!(
        "gitlab-oauth-app-secret",
        SourceHosting,
        "GitLab OAuth application secret",
        ["gloas-"],
        tok!(r"gloas-[A-Za-z0-9_\-]{64}", end!())
    ),
    d!(
        "gitlab-scim-token",
        SourceHosting,
        "GitLab SCIM token",
        ["glsoat-"],
        tok!(r"glsoat-[A-Za-z0-9_\-]{20}", end!())
    ),
    d!("gitlab-incoming-mail-token", SourceHosting, "GitLab incoming e-mail token", ["glimt-"], tok!(r"glimt-[A-Za-z0-9_\-]{25}", end!()), severity: S::Medium),
    d!(
        "gitlab-agent-token",
        SourceHosting,
        "GitLab agent for Kubernetes token",
        ["glagent-"],
        tok!(r"glagent-[A-Za-z0-9_\-]{50}", end!())
    ),
    d!(
        "gitlab-ci-build-token",
        SourceHosting,
        "GitLab CI/CD job token",
        ["glcbt-"],
        tok!(r"glcbt-[A-Za-z0-9]{1,5}_[A-Za-z0-9_\-]{20}", end!())
    ),
    d!("gitlab-feature-flag-client-token", SourceHosting, "GitLab feature flag client token", ["glffct-"], tok!(r"glffct-[A-Za-z0-9_\-]{20}", end!()), severity: S::Medium),
    d!(
        "gitlab-session-cookie",
        SourceHosting,
        "GitLab session cookie",
        ["_gitlab_session"],
        r"_gitlab_session=(?P<s>[0-9a-z]{32})\b"
    ),
    d!(
        "bitbucket-app-password",
        SourceHosting,
        "Bitbucket app password",
        ["ATBB"],
        tok!(r"ATBB[A-Za-z0-9_=.\-]{32,40}", r"(?:[^A-Za-z0-9_=.\-]|$)")
    ),
    d!(
        "bitbucket-access-token",
        SourceHosting,
        "Bitbucket repository/workspace access token",
        ["ATCTT3xFfGN0"],
        tok!(r"ATCTT3xFfGN0[A-Za-z0-9_=\-]{100,300}", r"(?:[^A-Za-z0-9_=\-]|$)")
    ),
    c!(
        "bitbucket-client-secret",
        SourceHosting,
        "Bitbucket OAuth consumer secret",
        ["bitbucket"],
        ctxp!("bitbucket", r"[A-Za-z0-9_=\-]{32,64}", r"(?:[^A-Za-z0-9_=\-]|$)")
    ),
    d!(
        "atlassian-api-token",
        SourceHosting,
        "Atlassian (Jira, Confluence) API token",
        ["ATATT3"],
        tok!(r"ATATT3[A-Za-z0-9_=\-]{186}", r"(?:[^A-Za-z0-9_=\-]|$)")
    ),
    c!(
        "atlassian-api-token-legacy",
        SourceHosting,
        "Atlassian API token (legacy)",
        ["atlassian", "confluence", "jira"],
        ctxp!(r"atlassian|confluence|jira", r"[A-Za-z0-9]{24}")
    ),
    c!(
        "gitea-token",
        SourceHosting,
        "Gitea / Forgejo access token",
        ["gitea", "forgejo"],
        ctxp!(r"gitea|forgejo", r"[a-f0-9]{40}")
    ),
    d!(
        "sourcegraph-access-token",
        SourceHosting,
        "Sourcegraph access token",
        ["sgp_"],
        tok!(r"sgp_(?:[a-fA-F0-9]{16}|local)_[a-fA-F0-9]{40}")
    ),
    // ───────────────────────────── Chat ─────────────────────────────
    d!("slack-bot-token", Chat, "Slack bot token", ["xoxb-"], tok!(r"xoxb-[0-9]{8,14}-[0-9]{8,14}-[A-Za-z0-9]{20,34}"),
        reference: "https://api.slack.com/authentication/token-types", verify: hint("POST", "https://slack.com/api/auth.test", "bearer")),
    d!("slack-user-token", Chat, "Slack user token", ["xoxp-", "xoxe-"], tok!(r"xox[pe]-[0-9]{8,14}-[0-9]{8,14}-[0-9]{8,14}-[a-f0-9]{28,34}"),
        verify: hint("POST", "https://slack.com/api/auth.test", "bearer")),
    d!(
        "slack-app-token",
        Chat,
        "Slack app-level token",
        ["xapp-"],
        tok!(r"xapp-\d-[A-Z0-9]{9,12}-\d{10,14}-[a-f0-9]{60,70}")
    ),
    d!(
        "slack-config-access-token",
        Chat,
        "Slack configuration access token",
        ["xoxe.xox"],
        tok!(r"xoxe\.xox[bp]-\d-[A-Z0-9]{155,170}")
    ),
    d!(
        "slack-config-refresh-token",
        Chat,
        "Slack configuration refresh token",
        ["xoxe-"],
        tok!(r"xoxe-\d-[A-Z0-9]{140,150}")
    ),
    d!(
        "slack-legacy-token",
        Chat,
        "Slack legacy workspace or bot token",
        ["xoxa-", "xoxo-", "xoxr-", "xoxs-"],
        tok!(r"xox[aors]-(?:\d+-){1,3}[A-Za-z0-9]{8,64}")
    ),
    d!("slack-webhook-url", Chat, "Slack incoming webhook URL", ["hooks.slack.com"],
        r"hooks\.slack\.com/(?:services/(?P<s>T[A-Z0-9]{8,12}/B[A-Z0-9]{8,12}/[A-Za-z0-9]{24})|(?:workflows|triggers)/(?P<s2>T[A-Z0-9]{8,12}/[A-Za-z0-9]{8,14}/[0-9]{6,20}/[A-Za-z0-9]{24,32}))\b",
        severity: S::Medium),
    d!("discord-bot-token", Chat, "Discord bot token", ["discord"],
        r"\b(?P<s>[MNO][A-Za-z0-9_\-]{23,25}\.[A-Za-z0-9_\-]{6}\.[A-Za-z0-9_\-]{27,38})(?:[^A-Za-z0-9_\-.]|$)", reach_before: 4000, reach_after: 4000,
        confidence: C::Medium, verify: hint("GET", "https://discord.com/api/v10/users/@me", "header:Authorization=Bot")),
    d!("discord-webhook-url", Chat, "Discord webhook URL", ["discord.com/api/webhooks", "discordapp.com/api/webhooks"],
        concat!(r"discord(?:app)?\.com/api/webhooks/[0-9]{17,20}/(?P<s>[A-Za-z0-9_\-]{60,68})", end!()), severity: S::Medium),
    c!(
        "discord-client-secret",
        Chat,
        "Discord OAuth client secret",
        ["discord"],
        ctxp!("discord", r"[A-Za-z0-9_\-]{32}", end!())
    ),
    d!("telegram-bot-token", Chat, "Telegram bot token", [":AA"],
        concat!(r"(?:^|[^0-9A-Za-z_])(?P<s>[0-9]{8,10}:AA[A-Za-z0-9_\-]{33})", end!()), reach_before: 12,
        verify: hint("GET", "https://api.telegram.org/bot{secret}/getMe", "url")),
    d!("microsoft-teams-webhook", Chat, "Microsoft Teams incoming webhook URL", ["webhook.office.com"],
        concat!(r"[a-z0-9\-]+\.webhook\.office\.com/webhookb2/(?P<s>", uuid!(), "@", uuid!(), r"/IncomingWebhook/[a-f0-9]{32}/", uuid!(), r"(?:/[A-Za-z0-9_\-]{20,})?)"),
        reach_before: 40, severity: S::Medium),
    c!(
        "mattermost-access-token",
        Chat,
        "Mattermost access token",
        ["mattermost"],
        ctxp!("mattermost", r"[a-z0-9]{26}")
    ),
    c!("twitch-api-token", Chat, "Twitch API token", ["twitch"], ctxp!("twitch", r"[a-z0-9]{30}")),
    c!("gitter-access-token", Chat, "Gitter access token", ["gitter"], ctxp!("gitter", r"[a-z0-9_\-]{40}", end!())),
    c!(
        "intercom-access-token",
        Chat,
        "Intercom access token",
        ["intercom"],
        ctxp!("intercom", r"[A-Za-z0-9=_\-]{60}", r"(?:[^A-Za-z0-9=_\-]|$)")
    ),
    c!("zendesk-api-token", Chat, "Zendesk API token", ["zendesk"], ctxp!("zendesk", r"[A-Za-z0-9]{40}")),
    c!("sendbird-api-token", Chat, "Sendbird API token", ["sendbird"], ctxp!("sendbird", r"[a-f0-9]{40}")),
    // ───────────────────────────── Payments ─────────────────────────────
    d!("stripe-secret-key", Payments, "Stripe live secret key", ["sk_live_"], tok!(r"sk_live_[A-Za-z0-9]{20,247}"), severity: S::Critical,
        reference: "https://docs.stripe.com/keys", verify: hint("GET", "https://api.stripe.com/v1/balance", "basic-user")),
    d!("stripe-test-secret-key", Payments, "Stripe test-mode secret key", ["sk_test_"], tok!(r"sk_test_[A-Za-z0-9]{20,247}"), severity: S::Low),
    d!("stripe-restricted-key", Payments, "Stripe live restricted key", ["rk_live_"], tok!(r"rk_live_[A-Za-z0-9]{20,247}"), severity: S::High),
    d!("stripe-test-restricted-key", Payments, "Stripe test-mode restricted key", ["rk_test_"], tok!(r"rk_test_[A-Za-z0-9]{20,247}"), severity: S::Low),
    d!(
        "stripe-webhook-secret",
        Payments,
        "Stripe webhook signing secret",
        ["whsec_"],
        tok!(r"whsec_[A-Za-z0-9+/=]{32,64}", r"(?:[^A-Za-z0-9+/=]|$)")
    ),
    d!("square-access-token", Payments, "Square production access token", ["EAAA"], tok!(r"EAAA[A-Za-z0-9_\-]{60}", end!()),
        reference: "https://developer.squareup.com/docs/build-basics/access-tokens"),
    d!(
        "square-legacy-access-token",
        Payments,
        "Square access token (legacy sq0atp)",
        ["sq0atp-"],
        tok!(r"sq0atp-[A-Za-z0-9_\-]{22}", end!())
    ),
    d!(
        "square-oauth-secret",
        Payments,
        "Square OAuth application secret",
        ["sq0csp-"],
        tok!(r"sq0csp-[A-Za-z0-9_\-]{43}", end!())
    ),
    d!("braintree-access-token", Payments, "PayPal Braintree access token", ["access_token$"],
        r"\b(?P<s>access_token\$(?:production|sandbox)\$[a-z0-9]{16}\$[a-f0-9]{32})\b", severity: S::Critical),
    c!(
        "paypal-client-secret",
        Payments,
        "PayPal REST client secret",
        ["paypal"],
        ctxp!("paypal", r"E[A-Za-z0-9_\-]{79}", end!())
    ),
    c!(
        "adyen-api-key",
        Payments,
        "Adyen API key",
        ["adyen"],
        ctxp!("adyen", r"AQE[A-Za-z0-9+/_.=\-]{60,250}", r"(?:[^A-Za-z0-9+/_.=\-]|$)")
    ),
    c!("razorpay-key-secret", Payments, "Razorpay key secret", ["razorpay"], ctxp!("razorpay", r"[A-Za-z0-9]{24}")),
    d!(
        "flutterwave-secret-key",
        Payments,
        "Flutterwave secret key",
        ["FLWSECK"],
        tok!(r"FLWSECK(?:_TEST)?-[a-f0-9]{32}-X")
    ),
    d!(
        "flutterwave-encryption-key",
        Payments,
        "Flutterwave encryption key",
        ["FLWSECK"],
        tok!(r"FLWSECK(?:_TEST)?[a-f0-9]{12}")
    ),
    d!(
        "plaid-access-token",
        Payments,
        "Plaid access token",
        ["access-production-", "access-development-", "access-sandbox-"],
        tok!(concat!(r"access-(?:production|development|sandbox)-", uuid!()))
    ),
    c!("plaid-secret", Payments, "Plaid API secret", ["plaid"], ctxp!("plaid", r"[a-f0-9]{30}")),
    c!(
        "gocardless-access-token",
        Payments,
        "GoCardless access token",
        ["gocardless"],
        ctxp!("gocardless", r"(?:live|sandbox)_[A-Za-z0-9_=\-]{40}", r"(?:[^A-Za-z0-9_=\-]|$)")
    ),
    d!("shippo-api-token", Payments, "Shippo API token", ["shippo_"], tok!(r"shippo_(?:live|test)_[a-f0-9]{40}")),
    d!("easypost-api-key", Payments, "EasyPost API key", ["EZAK", "EZTK"], tok!(r"EZ[AT]K[A-Za-z0-9]{54}")),
    d!(
        "paddle-api-key",
        Payments,
        "Paddle API key",
        ["pdl_live_apikey_", "pdl_sdbx_apikey_"],
        tok!(r"pdl_(?:live|sdbx)_apikey_[a-z0-9]{26}_[A-Za-z0-9]{22}_[A-Za-z0-9]{3}")
    ),
    d!(
        "duffel-api-token",
        Payments,
        "Duffel API token",
        ["duffel_"],
        tok!(r"duffel_(?:test|live)_[A-Za-z0-9_=\-]{43}", r"(?:[^A-Za-z0-9_=\-]|$)")
    ),
    c!("mollie-api-key", Payments, "Mollie API key", ["mollie"], ctxp!("mollie", r"(?:live|test)_[A-Za-z0-9]{30}")),
    d!("clickup-api-token", Saas, "ClickUp personal API token", ["pk_"], tok!(r"pk_[0-9]{6,9}_[A-Z0-9]{32}")),
    // ───────────────────────────── AI providers ─────────────────────────────
    d!("openai-service-account-key", AiProvider, "OpenAI service account key", ["sk-svcacct-"], tok!(r"sk-svcacct-[A-Za-z0-9_\-]{58,200}", end!()), severity: S::Critical),
    d!("openai-admin-key", AiProvider, "OpenAI admin key", ["sk-admin-"], tok!(r"sk-admin-[A-Za-z0-9_\-]{58,200}", end!()), severity: S::Critical),
    d!("openai-api-key", AiProvider, "OpenAI API key", ["T3BlbkFJ"],
        tok!(r"sk-(?:proj-|None-)?[A-Za-z0-9_\-]{20,200}T3BlbkFJ[A-Za-z0-9_\-]{20,200}", end!()), severity: S::Critical,
        reach_before: 220, reach_after: 220, verify: hint("GET", "https://api.openai.com/v1/models", "bearer")),
    d!("openai-project-key", AiProvider, "OpenAI project API key", ["sk-proj-"], tok!(r"sk-proj-[A-Za-z0-9_\-]{100,200}", end!()), severity: S::Critical,
        verify: hint("GET", "https://api.openai.com/v1/models", "bearer")),
    d!("anthropic-api-key", AiProvider, "Anthropic API key", ["sk-ant-api"], tok!(r"sk-ant-api0\d-[A-Za-z0-9_\-]{86,100}AA", end!()), severity: S::Critical,
        reference: "https://docs.anthropic.com/en/api/getting-started", verify: hint("GET", "https://api.anthropic.com/v1/models", "header:x-api-key")),
    d!("anthropic-admin-key", AiProvider, "Anthropic admin API key", ["sk-ant-admin"], tok!(r"sk-ant-admin0\d-[A-Za-z0-9_\-]{86,100}AA", end!()), severity: S::Critical),
    d!("huggingface-token", AiProvider, "Hugging Face access token", ["hf_"], tok!(r"hf_[A-Za-z]{34}"), min_entropy: 3.5,
        verify: hint("GET", "https://huggingface.co/api/whoami-v2", "bearer")),
    d!("huggingface-org-token", AiProvider, "Hugging Face organization API token", ["api_org_"], tok!(r"api_org_[A-Za-z]{34}"), min_entropy: 3.5),
    c!(
        "cohere-api-key",
        AiProvider,
        "Cohere API key",
        ["cohere", "co_api_key"],
        ctxp!(r"cohere|co_api_key", r"[A-Za-z0-9]{40}")
    ),
    c!("mistral-api-key", AiProvider, "Mistral AI API key", ["mistral"], ctxp!("mistral", r"[A-Za-z0-9]{32}")),
    d!("groq-api-key", AiProvider, "Groq API key", ["gsk_"], tok!(r"gsk_[A-Za-z0-9]{52}")),
    d!("replicate-api-token", AiProvider, "Replicate API token", ["r8_"], tok!(r"r8_[A-Za-z0-9]{37}")),
    d!("perplexity-api-key", AiProvider, "Perplexity API key", ["pplx-"], tok!(r"pplx-[A-Za-z0-9]{48}")),
    d!("xai-api-key", AiProvider, "xAI (Grok) API key", ["xai-"], tok!(r"xai-[A-Za-z0-9]{80}")),
    c!("deepseek-api-key", AiProvider, "DeepSeek API key", ["deepseek"], ctxp!("deepseek", r"sk-[a-f0-9]{32}")),
    d!("openrouter-api-key", AiProvider, "OpenRouter API key", ["sk-or-v1-"], tok!(r"sk-or-v1-[a-f0-9]{64}")),
    d!(
        "langsmith-api-key",
        AiProvider,
        "LangSmith API key",
        ["lsv2_"],
        tok!(r"lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}")
    ),
    d!("langfuse-secret-key", AiProvider, "Langfuse secret key", ["sk-lf-"], tok!(concat!(r"sk-lf-", uuid!()))),
    d!(
        "pinecone-api-key",
        AiProvider,
        "Pinecone API key",
        ["pcsk_"],
        tok!(r"pcsk_[A-Za-z0-9]{5,7}_[A-Za-z0-9]{50,80}")
    ),
    c!(
        "pinecone-api-key-legacy",
        AiProvider,
        "Pinecone API key (legacy UUID)",
        ["pinecone"],
        ctxp!("pinecone", uuid!())
    ),
    c!(
        "together-api-key",
        AiProvider,
        "Together AI API key",
        ["together_ai", "together_api", "together_key"],
        ctxp!(r"together[_.\-]?(?:ai|api|key)", r"(?:tgp_v1_[A-Za-z0-9_\-]{43}|[a-f0-9]{64})", end!())
    ),
    c!(
        "fireworks-api-key",
        AiProvider,
        "Fireworks AI API key",
        ["fireworks"],
        ctxp!("fireworks", r"(?:fw_[A-Za-z0-9]{20,30}|[A-Za-z0-9]{48})")
    ),
    c!(
        "elevenlabs-api-key",
        AiProvider,
        "ElevenLabs API key",
        ["elevenlabs", "eleven_labs", "xi-api-key", "xi_api_key"],
        ctxp!(r"eleven[_.\-]?labs|xi[_.\-]?api[_.\-]?key", r"(?:sk_[a-f0-9]{48}|[a-f0-9]{32})")
    ),
    c!(
        "assemblyai-api-key",
        AiProvider,
        "AssemblyAI API key",
        ["assemblyai", "assembly_ai"],
        ctxp!(r"assembly[_.\-]?ai", r"[a-f0-9]{32}")
    ),
    c!("deepgram-api-key", AiProvider, "Deepgram API key", ["deepgram"], ctxp!("deepgram", r"[a-f0-9]{40}")),
    c!(
        "stability-api-key",
        AiProvider,
        "Stability AI API key",
        ["stability", "dreamstudio"],
        ctxp!(r"stability|dreamstudio", r"sk-[A-Za-z0-9]{48}")
    ),
    c!("wandb-api-key", AiProvider, "Weights & Biases API key", ["wandb"], ctxp!("wandb", r"[a-f0-9]{40}")),
    c!("clarifai-api-key", AiProvider, "Clarifai API key", ["clarifai"], ctxp!("clarifai", r"[a-f0-9]{32}")),
    c!(
        "voyage-api-key",
        AiProvider,
        "Voyage AI API key",
        ["voyage"],
        ctxp!("voyage", r"pa-[A-Za-z0-9_\-]{43}", end!())
    ),
    d!("tavily-api-key", AiProvider, "Tavily API key", ["tvly-"], tok!(r"tvly-(?:dev-|prod-)?[A-Za-z0-9]{32}")),
    c!("firecrawl-api-key", AiProvider, "Firecrawl API key", ["firecrawl"], ctxp!("firecrawl", r"fc-[a-f0-9]{32}")),
    d!("nvidia-api-key", AiProvider, "NVIDIA API key", ["nvapi-"], tok!(r"nvapi-[A-Za-z0-9_\-]{64}", end!())),
    // ───────────────────────────── Messaging and e-mail ─────────────────────────────
    d!("twilio-api-key", Messaging, "Twilio API key SID", [], tok!(r"SK[0-9a-fA-F]{32}"), confidence: C::Medium, severity: S::Medium),
    c!("twilio-auth-token", Messaging, "Twilio auth token", ["twilio"], ctxp!("twilio", r"[a-f0-9]{32}"), severity: S::Critical),
    d!("sendgrid-api-key", Messaging, "SendGrid API key", ["SG."], tok!(r"SG\.[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]{43}", end!()),
        verify: hint("GET", "https://api.sendgrid.com/v3/scopes", "bearer")),
    d!("mailgun-api-key", Messaging, "Mailgun API key (key- form)", ["key-"], tok!(r"key-[0-9a-f]{32}")),
    c!(
        "mailgun-private-key",
        Messaging,
        "Mailgun private API key or webhook signing key",
        ["mailgun"],
        ctxp!("mailgun", r"[a-f0-9]{32}-[a-f0-9]{8}-[a-f0-9]{8}")
    ),
    d!("mailchimp-api-key", Messaging, "Mailchimp API key", ["-us"], tok!(r"[0-9a-f]{32}-us[0-9]{1,2}"), reach_before: 36),
    c!(
        "mandrill-api-key",
        Messaging,
        "Mandrill API key",
        ["mandrill"],
        ctxp!("mandrill", r"(?:md-)?[A-Za-z0-9_\-]{22}", end!())
    ),
    c!("postmark-server-token", Messaging, "Postmark server token", ["postmark"], ctxp!("postmark", uuid!())),
    c!("sparkpost-api-key", Messaging, "SparkPost API key", ["sparkpost"], ctxp!("sparkpost", r"[a-f0-9]{40}")),
    d!(
        "brevo-api-key",
        Messaging,
        "Brevo (Sendinblue) API key",
        ["xkeysib-"],
        tok!(r"xkeysib-[a-f0-9]{64}-[A-Za-z0-9]{16}")
    ),
    d!(
        "brevo-smtp-key",
        Messaging,
        "Brevo (Sendinblue) SMTP key",
        ["xsmtpsib-"],
        tok!(r"xsmtpsib-[a-f0-9]{64}-[A-Za-z0-9]{16}")
    ),
    c!(
        "mailjet-api-key",
        Messaging,
        "Mailjet API key or secret",
        ["mailjet", "mj_apikey"],
        ctxp!(r"mailjet|mj_apikey", r"[a-f0-9]{32}")
    ),
    c!("resend-api-key", Messaging, "Resend API key", ["resend"], ctxp!("resend", r"re_[A-Za-z0-9_]{20,40}")),
    c!("vonage-api-secret", Messaging, "Vonage (Nexmo) API secret", ["vonage", "nexmo"], ctxp!(r"vonage|nexmo", r"[A-Za-z0-9]{16}"), min_entropy: 3.0),
    c!(
        "messagebird-api-key",
        Messaging,
        "MessageBird API key",
        ["messagebird", "message_bird"],
        ctxp!(r"message[_.\-]?bird", r"[A-Za-z0-9]{25}")
    ),
    c!("plivo-auth-token", Messaging, "Plivo auth token", ["plivo"], ctxp!("plivo", r"[A-Za-z0-9]{40}")),
    d!("telnyx-api-key", Messaging, "Telnyx API v2 key", ["KEY"], tok!(r"KEY[0-9A-F]{32}_[A-Za-z0-9]{22}")),
    c!("pusher-secret", Messaging, "Pusher Channels app secret", ["pusher"], ctxp!("pusher", r"[a-f0-9]{20}"), min_entropy: 2.8),
    c!(
        "ably-api-key",
        Messaging,
        "Ably API key",
        ["ably_api", "ably_key", "ably_secret"],
        ctxp!("ably", r"[A-Za-z0-9_\-]{6}\.[A-Za-z0-9_\-]{6}:[A-Za-z0-9_\-]{43}", end!())
    ),
    c!(
        "onesignal-api-key",
        Messaging,
        "OneSignal REST API key",
        ["onesignal"],
        ctxp!("onesignal", r"(?:os_v2_app_[a-z0-9]{100,130}|[A-Za-z0-9]{48})")
    ),
    // ───────────────────────────── Package registries ─────────────────────────────
    d!("npm-access-token", PackageRegistry, "npm access token", ["npm_"], tok!(r"npm_[A-Za-z0-9]{36}"), validator: Some(GITHUB_CHECKSUM), severity: S::Critical,
        reference: "https://github.blog/security/announcing-npms-new-access-token-format/", verify: hint("GET", "https://registry.npmjs.org/-/whoami", "bearer")),
    d!("npmrc-auth-token", PackageRegistry, "npm/yarn registry auth token in .npmrc or .yarnrc", ["_authToken", "npmAuthToken"],
        r#"(?:_authToken|npmAuthToken)["']?\s*[=:]\s*["']?(?P<s>[A-Za-z0-9_\-.+/=]{16,512})"#, kind: Kind::Context, confidence: C::Medium, min_entropy: 3.2, reach_before: 0),
    d!("npmrc-auth", PackageRegistry, "npm registry basic auth in .npmrc", ["_auth", "_password"],
        r#"\b_(?:auth|password)\s*=\s*["']?(?P<s>[A-Za-z0-9+/]{8,512}={0,2})"#, kind: Kind::Context, confidence: C::Medium, min_entropy: 2.5),
    d!("pypi-upload-token", PackageRegistry, "PyPI / TestPyPI upload token", ["pypi-AgEIcHlwaS5vcmc", "pypi-AgENdGVzdC5weXBpLm9yZw"],
        tok!(r"pypi-(?:AgEIcHlwaS5vcmc|AgENdGVzdC5weXBpLm9yZw)[A-Za-z0-9_\-]{50,300}", end!()), severity: S::Critical,
        reference: "https://pypi.org/help/#apitoken"),
    d!("crates-io-api-token", PackageRegistry, "crates.io API token", ["cio"], tok!(r"cio[A-Za-z0-9]{32}"), min_entropy: 3.3,
        reference: "https://doc.rust-lang.org/cargo/reference/registry-web-api.html"),
    d!("rubygems-api-key", PackageRegistry, "RubyGems API key", ["rubygems_"], tok!(r"rubygems_[a-f0-9]{48}")),
    d!("nuget-api-key", PackageRegistry, "NuGet API key", ["oy2"], tok!(r"oy2[a-z0-9]{43}")),
    d!("clojars-deploy-token", PackageRegistry, "Clojars deploy token", ["CLOJARS_"], tok!(r"CLOJARS_[a-z0-9]{60}")),
    d!("jfrog-api-key", PackageRegistry, "JFrog Artifactory API key", ["AKCp"], tok!(r"AKCp[A-Za-z0-9]{69}")),
    d!(
        "jfrog-identity-token",
        PackageRegistry,
        "JFrog Artifactory identity/reference token",
        ["cmVmdGtu"],
        tok!(r"cmVmdGtu[A-Za-z0-9]{56}")
    ),
    c!(
        "gradle-publish-secret",
        PackageRegistry,
        "Gradle Plugin Portal publish key or secret",
        ["gradle.publish", "gradle_publish"],
        ctxp!(r"gradle[_.\-]?publish[_.\-]?(?:key|secret)", r"[A-Za-z0-9]{32}")
    ),
    c!(
        "hex-pm-api-key",
        PackageRegistry,
        "Hex.pm API key",
        ["hex_api_key", "hexapikey", "hex.api.key", "hexpm"],
        ctxp!(r"hex[_.\-]?api[_.\-]?key|hexpm", r"[a-f0-9]{32}")
    ),
    // ───────────────────────────── Private keys ─────────────────────────────
    d!("rsa-private-key", PrivateKey, "RSA private key (PEM)", ["-----BEGIN RSA PRIVATE KEY-----"], pem!("RSA PRIVATE KEY"),
        kind: Kind::Block, validator: Some(KEY_BODY), severity: S::Critical, reach_before: 0, reach_after: 65_536),
    d!("ec-private-key", PrivateKey, "EC private key (PEM)", ["-----BEGIN EC PRIVATE KEY-----"], pem!("EC PRIVATE KEY"),
        kind: Kind::Block, validator: Some(KEY_BODY), severity: S::Critical, reach_before: 0, reach_after: 65_536),
    d!("dsa-private-key", PrivateKey, "DSA private key (PEM)", ["-----BEGIN DSA PRIVATE KEY-----"], pem!("DSA PRIVATE KEY"),
        kind: Kind::Block, validator: Some(KEY_BODY), severity: S::Critical, reach_before: 0, reach_after: 65_536),
    d!("pkcs8-private-key", PrivateKey, "PKCS#8 private key (PEM)", ["-----BEGIN PRIVATE KEY-----"], pem!("PRIVATE KEY"),
        kind: Kind::Block, validator: Some(KEY_BODY), severity: S::Critical, reach_before: 0, reach_after: 65_536),
    d!("encrypted-private-key", PrivateKey, "Encrypted PKCS#8 private key (PEM)", ["-----BEGIN ENCRYPTED PRIVATE KEY-----"], pem!("ENCRYPTED PRIVATE KEY"),
        kind: Kind::Block, validator: Some(KEY_BODY), severity: S::Medium, reach_before: 0, reach_after: 65_536),
    d!("openssh-private-key", PrivateKey, "OpenSSH private key", ["-----BEGIN OPENSSH PRIVATE KEY-----"], pem!("OPENSSH PRIVATE KEY"),
        kind: Kind::Block, validator: Some(KEY_BODY), severity: S::Critical, reach_before: 0, reach_after: 65_536),
    d!("pgp-private-key-block", PrivateKey, "PGP private key block", ["-----BEGIN PGP PRIVATE KEY BLOCK-----"], pem!("PGP PRIVATE KEY BLOCK"),
        kind: Kind::Block, validator: Some(KEY_BODY), severity: S::Critical, reach_before: 0, reach_after: 65_536),
    d!("ssh2-private-key", PrivateKey, "SSH2 (SECSH) encrypted private key", ["---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----"],
        r"(?P<s>---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----(?:[A-Za-z0-9+/=\s\\:,.\x22]|-[A-Za-z0-9])*?---- END SSH2 ENCRYPTED PRIVATE KEY ----)",
        kind: Kind::Block, validator: Some(KEY_BODY), severity: S::High, reach_before: 0, reach_after: 65_536),
    d!("putty-private-key", PrivateKey, "PuTTY private key (.ppk)", ["PuTTY-User-Key-File-"],
        r"(?P<s>PuTTY-User-Key-File-[23]: [^\r\n\\]{1,64}(?:\\r)?(?:\\n|\r?\n)(?:[^\r\n\\]{0,200}(?:\\r)?(?:\\n|\r?\n)){2,300}?[ \t]*Private-MAC: [0-9a-fA-F]{40,64})",
        kind: Kind::Block, severity: S::Critical, reach_before: 0, reach_after: 65_536, min_entropy: 3.0),
    d!("base64-private-key", PrivateKey, "Base64-encoded PEM private key (kubeconfig, Kubernetes secret)", ["LS0tLS1CRUdJTi"],
        tok!(r"LS0tLS1CRUdJTi(?:BSU0EgUFJJVkFURSBLRV|BFQyBQUklWQVRFIEtFW|BEU0EgUFJJVkFURSBLRV|BPUEVOU1NIIFBSSVZBVEUgS0VZ|BFTkNSWVBURUQgUFJJVkFURSBLRV|BQUklWQVRFIEtFW)[A-Za-z0-9+/]{100,}={0,2}", r"(?:[^A-Za-z0-9+/=]|$)"),
        kind: Kind::Block, validator: Some(BASE64_PEM), severity: S::Critical, reach_before: 0, reach_after: 131_072),
    // ───────────────────────────── Tokens ─────────────────────────────
    d!("jwt", Token, "JSON Web Token", ["eyJ"],
        concat!(r"\b(?P<s>eyJ[A-Za-z0-9_\-]{10,4000}\.eyJ[A-Za-z0-9_\-]{4,8000}\.[A-Za-z0-9_\-]{16,2000})", r"(?:[^A-Za-z0-9_\-.]|$)"),
        validator: Some(JWT), severity: S::Medium, confidence: C::Medium, reach_after: 14_000),
    d!("bearer-token-header", Token, "Bearer token in an Authorization header", ["authorization"],
        r#"(?i:authorization)["']?\s{0,3}[:=,]\s{0,3}(?:\\?["'])?\s{0,2}(?i:bearer|token)\s+(?P<s>[A-Za-z0-9_\-.~+/]{20,1024}=*)(?:[^A-Za-z0-9_\-.~+/=]|$)"#,
        kind: Kind::Context, confidence: C::Medium, severity: S::High, min_entropy: 3.5, reach_before: 0, reach_after: 1200),
    d!("basic-auth-header", Token, "HTTP Basic credentials in an Authorization header", ["authorization"],
        r#"(?i:authorization)["']?\s{0,3}[:=,]\s{0,3}(?:\\?["'])?\s{0,2}(?i:basic)\s+(?P<s>[A-Za-z0-9+/]{8,512}={0,2})(?:[^A-Za-z0-9+/=]|$)"#,
        kind: Kind::Context, confidence: C::Medium, validator: Some(BASIC), min_entropy: 2.5, reach_after: 600),
    d!("curl-user-password", Token, "Password in a curl -u / --user argument", ["curl"],
        r#"\bcurl\b[^\n]{0,200}?\s(?:-u|--user)[\s=]+["']?[^\s:'"$]{1,64}:(?P<s>[^\s'"]{3,128})"#,
        kind: Kind::Password, confidence: C::Medium, min_entropy: 0.0, reach_before: 0, reach_after: 400),
    // ───────────────────────────── Connection strings ─────────────────────────────
    d!("database-uri-password", ConnectionString, "Password in a database URL",
        ["postgres", "pgsql", "mysql", "mariadb", "mongodb", "redis", "mssql", "sqlserver", "oracle", "cockroachdb", "clickhouse", "couchdb",
         "couchbase", "neo4j", "bolt", "cassandra", "db2", "snowflake", "timescaledb", "influxdb", "memcached", "elasticsearch", "opensearch"],
        r#"(?i:\b(?:postgres(?:ql)?|pgsql|mysql|mysqlx|mariadb|mongodb(?:\+srv)?|redis|rediss|mssql|sqlserver|oracle|cockroachdb|clickhouse|couchdb|couchbase|neo4j(?:\+s)?|bolt|cassandra|db2|snowflake|timescaledb|influxdb|memcached|elasticsearch|opensearch)(?:\+[a-z0-9]+)?://)[^\s:/@'"`]{0,64}:(?P<s>[^\s/@'"`]{1,128})@[^\s/@'"`:]+"#,
        kind: Kind::Password, confidence: C::High, severity: S::Critical, min_entropy: 0.0, reach_after: 300),
    d!("broker-uri-password", ConnectionString, "Password in a message broker URL", ["amqp", "mqtt", "nats", "kafka", "stomp", "activemq", "rabbitmq", "sqs"],
        r#"(?i:\b(?:amqps?|mqtts?|nats|kafka|stomp|activemq|rabbitmq|sqs)://)[^\s:/@'"`]{0,64}:(?P<s>[^\s/@'"`]{1,128})@[^\s/@'"`:]+"#,
        kind: Kind::Password, confidence: C::High, severity: S::High, min_entropy: 0.0, reach_after: 300),
    d!("service-uri-password", ConnectionString, "Password in an FTP, SMTP, LDAP, SSH or other service URL",
        ["ftp", "sftp", "smtp", "imap", "pop3", "ldap", "ssh", "svn", "git", "rtsp", "socks", "telnet", "webdav", "dav", "sip"],
        r#"(?i:\b(?:s?ftps?|smtps?|imaps?|pop3s?|ldaps?|ssh|svn|git|rtsp|socks[45]?h?|telnet|webdav|davs?|sip)://)[^\s:/@'"`]{1,64}:(?P<s>[^\s/@'"`]{1,128})@[^\s/@'"`:]+"#,
        kind: Kind::Password, confidence: C::Medium, severity: S::High, min_entropy: 0.0, reach_after: 300),
    d!("http-uri-password", ConnectionString, "Password in an HTTP(S) URL", ["http"],
        r#"(?i:\bhttps?://)[^\s:/@'"`<>()\[\]{},]{1,64}:(?P<s>[^\s/@'"`<>()\[\]{},:]{3,128})@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}"#,
        kind: Kind::Password, confidence: C::Medium, severity: S::High, min_entropy: 0.0, reach_after: 300),
    d!("jdbc-connection-password", ConnectionString, "Password in a JDBC URL", ["jdbc:"],
        r#"jdbc:[a-z0-9]+:[^\s'"`]*?[;?&:](?i:password|pwd)=(?P<s>[^;&\s'"`]{3,128})"#,
        kind: Kind::Password, confidence: C::High, severity: S::Critical, min_entropy: 0.0, reach_before: 0, reach_after: 600),
    d!("connection-string-password", ConnectionString, "Password in an ADO.NET / ODBC connection string", ["password=", "pwd="],
        r#"(?i:(?:server|data source|host|address|addr|dsn|driver|database|initial catalog|user id|uid)\s*=[^;'"\n]{1,200};[^'"\n]{0,300}?\b(?:password|pwd)\s*=\s*)(?P<s>[^;'"\s{}]{3,128})"#,
        kind: Kind::Password, confidence: C::High, severity: S::Critical, min_entropy: 0.0, reach_before: 520, reach_after: 200),
    // ───────────────────────────── SaaS ─────────────────────────────
    d!("shopify-access-token", Saas, "Shopify Admin API access token", ["shpat_"], tok!(r"shpat_[a-fA-F0-9]{32}")),
    d!("shopify-custom-app-token", Saas, "Shopify custom app access token", ["shpca_"], tok!(r"shpca_[a-fA-F0-9]{32}")),
    d!(
        "shopify-private-app-token",
        Saas,
        "Shopify private app access token",
        ["shppa_"],
        tok!(r"shppa_[a-fA-F0-9]{32}")
    ),
    d!("shopify-shared-secret", Saas, "Shopify app shared secret", ["shpss_"], tok!(r"shpss_[a-fA-F0-9]{32}")),
    d!(
        "hubspot-private-app-token",
        Saas,
        "HubSpot private app access token",
        ["pat-na", "pat-eu"],
        tok!(concat!(r"pat-(?:na|eu)[0-9]-", uuid!()))
    ),
    c!(
        "hubspot-api-key",
        Saas,
        "HubSpot API key (legacy hapikey)",
        ["hubspot", "hapikey"],
        ctxp!(r"hubspot|hapikey", uuid!())
    ),
    d!("notion-api-token", Saas, "Notion integration token", ["ntn_"], tok!(r"ntn_[0-9]{11}[A-Za-z0-9]{32,36}")),
    d!("notion-integration-secret", Saas, "Notion integration secret (legacy secret_ form)", ["secret_"], tok!(r"secret_[A-Za-z0-9]{43}"), min_entropy: 3.8),
    d!("airtable-pat", Saas, "Airtable personal access token", [], tok!(r"pat[A-Za-z0-9]{14}\.[a-f0-9]{64}")),
    c!("airtable-api-key", Saas, "Airtable API key (legacy)", ["airtable"], ctxp!("airtable", r"key[A-Za-z0-9]{14}")),
    d!("figma-pat", Saas, "Figma personal access token", ["figd_"], tok!(r"figd_[A-Za-z0-9_\-]{40}", end!())),
    d!("linear-api-key", Saas, "Linear API key", ["lin_api_"], tok!(r"lin_api_[A-Za-z0-9]{40}")),
    d!(
        "mapbox-secret-token",
        Saas,
        "Mapbox secret access token",
        ["sk.eyJ"],
        tok!(r"sk\.eyJ[A-Za-z0-9_\-]{20,400}\.[A-Za-z0-9_\-]{22}", end!())
    ),
    c!("algolia-admin-key", Saas, "Algolia admin API key", ["algolia"], ctxp!("algolia", r"[a-f0-9]{32}")),
    c!("okta-api-token", Saas, "Okta API token", ["okta"], ctxp!("okta", r"00[A-Za-z0-9_\-]{40}", end!()), severity: S::Critical),
    c!("auth0-client-secret", Saas, "Auth0 client secret", ["auth0"], ctxp!("auth0", r"[A-Za-z0-9_\-]{64}", end!())),
    d!(
        "salesforce-access-token",
        Saas,
        "Salesforce access token",
        ["00D"],
        tok!(r"00D[A-Za-z0-9]{12,15}![A-Za-z0-9_.]{90,100}", r"(?:[^A-Za-z0-9_.]|$)")
    ),
    d!(
        "typeform-api-token",
        Saas,
        "Typeform personal access token",
        ["tfp_"],
        tok!(r"tfp_[A-Za-z0-9_\-=.]{59}", r"(?:[^A-Za-z0-9_\-=.]|$)")
    ),
    d!(
        "contentful-pat",
        Saas,
        "Contentful personal access token",
        ["CFPAT-"],
        tok!(r"CFPAT-[A-Za-z0-9_\-]{43}", end!())
    ),
    d!(
        "frameio-api-token",
        Saas,
        "Frame.io API token",
        ["fio-u-"],
        tok!(r"fio-u-[A-Za-z0-9_=\-]{64}", r"(?:[^A-Za-z0-9_=\-]|$)")
    ),
    d!("readme-api-key", Saas, "ReadMe API key", ["rdme_"], tok!(r"rdme_[a-z0-9]{70}")),
    d!("zapier-webhook-url", Saas, "Zapier catch hook URL", ["hooks.zapier.com"], r"hooks\.zapier\.com/hooks/catch/[0-9]+/(?P<s>[a-z0-9]{6,})\b", severity: S::Medium, min_entropy: 2.0),
    c!(
        "trello-api-token",
        Saas,
        "Trello API token",
        ["trello"],
        ctxp!("trello", r"(?:ATTA[a-f0-9]{60,72}|[a-f0-9]{64}|[a-f0-9]{32})")
    ),
    c!("twitter-api-secret", Saas, "X (Twitter) API secret", ["twitter"], ctxp!("twitter", r"[A-Za-z0-9]{50}")),
    d!("twitter-bearer-token", Saas, "X (Twitter) app bearer token", ["AAAAAAAAAAAAAAAAAAAAA"], tok!(r"A{20,22}[A-Za-z0-9%]{80,120}"), min_entropy: 3.0),
    c!(
        "twitter-access-token",
        Saas,
        "X (Twitter) user access token",
        ["twitter"],
        ctxp!("twitter", r"[0-9]{15,25}-[A-Za-z0-9]{20,40}")
    ),
    d!(
        "facebook-access-token",
        Saas,
        "Facebook / Meta Graph API access token",
        ["EAA"],
        tok!(r"EAA[A-Za-z0-9]{100,400}")
    ),
    c!(
        "facebook-app-secret",
        Saas,
        "Facebook / Meta app secret",
        ["facebook", "fb_app", "fb_secret", "meta_app"],
        ctxp!(r"facebook|fb[_.\-]?(?:app|secret)|meta[_.\-]?app", r"[a-f0-9]{32}")
    ),
    d!("dropbox-short-lived-token", Saas, "Dropbox short-lived access token", ["sl."], tok!(r"sl\.(?:u\.)?[A-Za-z0-9_\-]{130,1400}", end!()), reach_after: 1500),
    c!("dropbox-long-lived-token", Saas, "Dropbox long-lived access token", ["dropbox"], ctxp!("dropbox", r"[a-z0-9]{11}AAAAAAAAAA[a-z0-9_\-]{43}", end!()), infix: "AAAAAAAAAA"),
    c!(
        "asana-pat",
        Saas,
        "Asana personal access token",
        ["asana"],
        ctxp!("asana", r"[0-9]/[0-9]{10,20}(?:/[0-9]{10,20})?:[a-f0-9]{32}")
    ),
    c!("spotify-client-secret", Saas, "Spotify client secret", ["spotify"], ctxp!("spotify", r"[a-f0-9]{32}")),
    c!("lokalise-api-token", Saas, "Lokalise API token", ["lokalise"], ctxp!("lokalise", r"[a-f0-9]{40}")),
    c!(
        "shortcut-api-token",
        Saas,
        "Shortcut (Clubhouse) API token",
        ["shortcut", "clubhouse"],
        ctxp!(r"shortcut[_.\-]?api|clubhouse", uuid!())
    ),
    c!(
        "beamer-api-token",
        Saas,
        "Beamer API token",
        ["beamer"],
        ctxp!("beamer", r"b_[A-Za-z0-9=_\-]{44}", r"(?:[^A-Za-z0-9=_\-]|$)")
    ),
    c!("etsy-api-key", Saas, "Etsy API key", ["etsy"], ctxp!("etsy", r"[a-z0-9]{24}")),
    c!(
        "segment-write-key",
        Saas,
        "Segment write key",
        ["segment_write", "segment-write", "segmentwrite"],
        ctxp!(r"segment[_.\-]?write", r"[A-Za-z0-9]{32}")
    ),
    c!("mixpanel-api-secret", Saas, "Mixpanel API secret", ["mixpanel"], ctxp!("mixpanel", r"[a-f0-9]{32}")),
    // ───────────────────────────── Generic ─────────────────────────────
    d!("xml-password-element", Generic, "Password or secret in an XML element (Maven settings.xml, web.config)", ["<password>", "<secret>", "<apikey>", "<api_key>", "<token>", "<passwd>"],
        r#"<(?P<key>(?i:password|passwd|secret|api[_.\-]?key|token|client[_.\-]?secret))>(?P<s>[^<>\s${}]{6,256})</"#,
        kind: Kind::Generic, confidence: C::Low, severity: S::Medium, min_entropy: 2.5, reach_before: 0, reach_after: 300),
    d!("url-query-secret", Generic, "Secret in a URL query string", ["password=", "passwd=", "pwd=", "api_key=", "apikey=", "access_token=", "client_secret=", "token=", "secret="],
        r#"[?&](?P<key>(?i:password|passwd|pwd|pass|api[_.\-]?key|access[_.\-]?token|auth[_.\-]?token|client[_.\-]?secret|secret|token))=(?P<s>[^&\s"'#<>`]{8,256})"#,
        kind: Kind::Generic, confidence: C::Low, severity: S::Medium, min_entropy: 3.3, reach_before: 20, reach_after: 300),
    d!("generic-password", Generic, "Hard-coded password", ["pass", "pwd"], crate::generic::PASSWORD_PATTERN,
        kind: Kind::Generic, confidence: C::Low, severity: S::Medium, min_entropy: 2.5, reach_before: 48, reach_after: 320, anchor_identifier: true),
    d!("generic-secret", Generic, "Hard-coded secret, token or API key", ["secret", "token", "key", "credential"], crate::generic::SECRET_PATTERN,
        kind: Kind::Generic, confidence: C::Low, severity: S::High, min_entropy: 3.3, reach_before: 48, reach_after: 320, anchor_identifier: true),
];
