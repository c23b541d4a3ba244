use std::sync::Arc;

pub fn client() -> reqwest::Result<reqwest::Client> {
    reqwest::Client::builder()
        // ruleid: rust.tls.verification-disabled
        .danger_accept_invalid_certs(true)
        .build()
}

pub fn connector() -> native_tls::Result<native_tls::TlsConnector> {
    let mut builder = native_tls::TlsConnector::builder();
    // ruleid: rust.tls.verification-disabled
    builder.danger_accept_invalid_hostnames(true);
    builder.build()
}

pub fn openssl_connector() -> Result<openssl::ssl::SslConnector, openssl::error::ErrorStack> {
    let mut b = openssl::ssl::SslConnector::builder(openssl::ssl::SslMethod::tls())?;
    // ruleid: rust.tls.verification-disabled
    b.set_verify(openssl::ssl::SslVerifyMode::NONE);
    Ok(b.build())
}

pub fn rustls_config(verifier: Arc<AcceptAll>) -> rustls::ClientConfig {
    let mut config = rustls::ClientConfig::builder()
        .with_root_certificates(rustls::RootCertStore::empty())
        .with_no_client_auth();
    // ruleid: rust.tls.verification-disabled
    config.dangerous().set_certificate_verifier(verifier);
    config
}

pub fn safe_client(ca: reqwest::Certificate) -> reqwest::Result<reqwest::Client> {
    reqwest::Client::builder()
        // ok: rust.tls.verification-disabled
        .danger_accept_invalid_certs(false)
        .add_root_certificate(ca)
        .build()
}

pub fn safe_openssl() -> Result<openssl::ssl::SslConnector, openssl::error::ErrorStack> {
    let mut b = openssl::ssl::SslConnector::builder(openssl::ssl::SslMethod::tls())?;
    // ok: rust.tls.verification-disabled
    b.set_verify(openssl::ssl::SslVerifyMode::PEER);
    Ok(b.build())
}
