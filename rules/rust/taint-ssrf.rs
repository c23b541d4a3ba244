use axum::extract::Query;
use serde::Deserialize;

#[derive(Deserialize)]
struct Fetch {
    url: String,
}

async fn proxy(Query(params): Query<Fetch>) -> String {
    // ruleid: rust.web.ssrf
    reqwest::get(&params.url).await.unwrap().text().await.unwrap()
}

async fn preview(Query(params): Query<Fetch>, State(state): State<AppState>) -> String {
    let target = params.url.clone();
    // ruleid: rust.web.ssrf
    let resp = state.http_client.get(target).send().await.unwrap();
    resp.text().await.unwrap()
}

async fn fixed() -> String {
    // ok: rust.web.ssrf
    reqwest::get("https://api.example.com/status").await.unwrap().text().await.unwrap()
}

async fn lookup(Query(params): Query<Fetch>, map: std::collections::HashMap<String, String>) -> Option<String> {
    // ok: rust.web.ssrf
    map.get(&params.url).cloned()
}
